<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>About</name>
    <message>
        <location filename="../../continuity_app/gui/about.py" line="+23"/>
        <source>Plans for WhatsApp and Meta outages: what they cost, which channels keep you working, and a printable continuity plan. Works offline: nothing you enter leaves this computer.</source>
        <translation>WhatsApp और Meta के आउटेज के लिए योजना: उनसे कितना नुकसान होता है, कौन-से चैनल आपका काम चालू रखते हैं, और प्रिंट करने लायक निरंतरता योजना। बिना इंटरनेट के चलता है: आपकी दर्ज की हुई कोई भी जानकारी इस कंप्यूटर से बाहर नहीं जाती।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference data: %1 outages, %2 channels and %3 countries, each figure with its source and confidence (see the Sources page).</source>
        <translation>संदर्भ डेटा: %1 आउटेज, %2 चैनल और %3 देश, हर आँकड़ा अपने स्रोत और विश्वसनीयता के साथ (स्रोत पेज देखें)।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, SIL Open Font License.</source>
        <translation>लाइसेंस: यह ऐप्लिकेशन — MIT। Qt for Python (PySide6 %1) — LGPLv3। matplotlib, numpy और pandas — BSD-शैली। pydantic — MIT। साथ दिए गए फ़ॉन्ट — SIL Open Font License।</translation>
    </message>
</context>
<context>
    <name>AfterAction</name>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+100"/>
        <source>After-action report of the exercise</source>
        <translation>अभ्यास के बाद की समीक्षा रिपोर्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report of the outage</source>
        <translation>आउटेज के बाद की समीक्षा रिपोर्ट</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>आउटेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} at {time} UTC</source>
        <translation>{day} को {time} UTC पर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise script</source>
        <translation>अभ्यास की स्क्रिप्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan</source>
        <translation>योजना की तुलना में समय</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was missing</source>
        <translation>क्या छूट गया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the plan was done.</source>
        <translation>योजना का हर कदम पूरा हुआ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks</source>
        <translation>फ़ॉलो-अप काम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the action plan when the review is recorded; readiness stays as the plan holds it until a task is marked done.</source>
        <translation>समीक्षा दर्ज होने पर ये एक्शन प्लान में जोड़ दिए जाते हैं; जब तक कोई काम पूरा चिह्नित न हो, तत्परता वैसी ही रहती है जैसी योजना में दर्ज है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up task: no switch was missed.</source>
        <translation>कोई फ़ॉलो-अप काम नहीं: किसी भी चैनल पर जाना नहीं छूटा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was logged.</source>
        <translation>लॉग में कुछ भी दर्ज नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../../continuity_app/core/behaviour.py" line="+65"/>
        <source>how long its customers wait ({value})</source>
        <translation>उसके ग्राहक कितनी देर इंतज़ार करते हैं ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share who come back later ({value})</source>
        <translation>बाद में लौटने वालों का हिस्सा ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share lost for good ({value})</source>
        <translation>हमेशा के लिए खोए ग्राहकों का हिस्सा ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share that cannot wait ({value})</source>
        <translation>इंतज़ार न कर सकने वाली बातचीत का हिस्सा ({value})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{function}” uses assumed values that no study measures: {values}. Enter what you know of your customers on the Functions page.</source>
        <translation>“{function}” में ऐसे माने गए मान इस्तेमाल हुए हैं जिन्हें किसी अध्ययन ने नहीं मापा: {values}। अपने ग्राहकों के बारे में आप जो जानते हैं, उसे कार्य पेज पर दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+217"/>
        <location line="+9"/>
        <source>Business</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The exchange rate to the US dollar, to price SMS and other channels.</source>
        <translation>अमेरिकी डॉलर की विनिमय दर, जिससे SMS और दूसरे चैनलों की कीमत निकलती है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+70"/>
        <source>Where your customers are</source>
        <translation>आपके ग्राहक कहाँ हैं</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+132"/>
        <source>Opening hours</source>
        <translation>खुलने का समय</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+67"/>
        <source>What the business can bear</source>
        <translation>व्यवसाय कितना सह सकता है</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+7"/>
        <source>Model settings</source>
        <translation>मॉडल सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-14"/>
        <source>Share of the people you message in each country; the shares decide which fallback channels reach them and must add up to 100%.</source>
        <translation>हर देश में उन लोगों का हिस्सा जिन्हें आप मैसेज करते हैं; इन्हीं हिस्सों से तय होता है कि कौन-से वैकल्पिक चैनल उन तक पहुँचते हैं। इनका जोड़ 100% होना चाहिए।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.</source>
        <translation>समय इस तरह लिखें: 09:00-13:00, 17:00-21:00; जिस दिन बंद हो, उसे खाली छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+3"/>
        <source>{term} for each activity: the share of its customers you must still serve during an outage, and how soon. 0 means no minimum.</source>
        <translation>हर गतिविधि के लिए {term}: आउटेज के दौरान उसके कितने ग्राहकों को फिर भी सेवा देनी ज़रूरी है, और कितनी जल्दी। 0 का मतलब है कोई न्यूनतम नहीं।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+4"/>
        <location line="+50"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>हिस्सा (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-16"/>
        <source>Country mix</source>
        <translation>देशवार हिस्सा</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="-57"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>देश जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>देश हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>चुना हुआ देश हटाएँ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+9"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+41"/>
        <source>Minimum served (%)</source>
        <translation>न्यूनतम सेवा (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within (h)</source>
        <translation>समय-सीमा (घंटे)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+6"/>
        <source>Minimum service per function</source>
        <translation>हर कार्य की न्यूनतम सेवा</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+4"/>
        <source>Revenue (what customers would have paid)</source>
        <translation>आमदनी (जो ग्राहक चुकाते)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin (revenue × gross margin)</source>
        <translation>मार्जिन (आमदनी × सकल मार्जिन)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>जैसे: अन्नपूर्णा बेकरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>जैसे: बेकरी, क्लिनिक, ऑनलाइन दुकान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-148"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure.</source>
        <translation>एक संख्या लिखें, या पक्का न हो तो कम – संभावित – ज़्यादा (जैसे 40 – 55 – 70)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business this plan is for.</source>
        <translation>वह व्यवसाय जिसके लिए यह योजना है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sector</source>
        <translation>व्यवसाय का प्रकार (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the business does, in a few words.</source>
        <translation>व्यवसाय क्या करता है, कुछ शब्दों में।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency</source>
        <translation>मुद्रा (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every amount in the plan is in this currency.</source>
        <translation>योजना की हर रकम इसी मुद्रा में है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 per US &amp;dollar</source>
        <translation>प्रति अमेरिकी डॉलर %1 (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many %1 one US dollar buys; prices channels that charge in dollars (SMS, business messaging). Leave empty if you do not know it.</source>
        <translation>एक अमेरिकी डॉलर में कितने %1 आते हैं; इससे डॉलर में शुल्क लेने वाले चैनलों (SMS, बिज़नेस मैसेजिंग) की कीमत निकलती है। पता न हो तो खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;taff</source>
        <translation>कर्मचारी (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who work in the business, owner included.</source>
        <translation>व्यवसाय में काम करने वाले लोग, मालिक सहित।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff cost per &amp;hour (%1)</source>
        <translation>प्रति घंटा कर्मचारी लागत (%1) (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an hour of one person&apos;s work costs, wages and charges included.</source>
        <translation>एक व्यक्ति के एक घंटे के काम की लागत, वेतन और अन्य खर्च मिलाकर।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross &amp;margin (%)</source>
        <translation>सकल मार्जिन (%) (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue left after the cost of goods; used when losses are counted as lost margin.</source>
        <translation>माल की लागत के बाद बची आमदनी का हिस्सा; तब काम आता है जब नुकसान को खोए मार्जिन के रूप में गिना जाए।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer &amp;lifetime value (%1)</source>
        <translation>ग्राहक का आजीवन मूल्य (%1) (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a customer brings over all future purchases; lost when a customer leaves for good.</source>
        <translation>एक ग्राहक अपनी आगे की सारी खरीदारी से जितना लाता है; ग्राहक हमेशा के लिए चला जाए तो यह खो जाता है।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{term} ({currency})</source>
        <translation>{term} ({currency})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How soon into an outage the minimum must be served, in hours.</source>
        <translation>आउटेज शुरू होने के कितने घंटों के भीतर न्यूनतम सेवा देनी ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outage to plan for</source>
        <translation>किस आउटेज के लिए योजना बनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of outage whose cost, hour after hour, is compared with the largest loss you can bear: it sets the longest outage you can bear.</source>
        <translation>वह आउटेज जिसकी घंटे-दर-घंटे लागत की तुलना उस सबसे बड़े नुकसान से होती है जो आप सह सकते हैं: इसी से तय होता है कि आप सबसे लंबा कितना आउटेज सह सकते हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More years give steadier figures and take longer.</source>
        <translation>ज़्यादा साल हों तो आँकड़े ज़्यादा स्थिर होते हैं, पर समय ज़्यादा लगता है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+73"/>
        <source>Amounts are not converted: the staff cost, what each activity is worth and the largest loss you can bear keep their numbers: check that they are right in %1.</source>
        <translation>रकमें बदली नहीं गई हैं: कर्मचारी लागत, हर गतिविधि का मूल्य और सबसे बड़ा सहनीय नुकसान अपनी वही संख्याएँ रखते हैं: जाँच लें कि वे %1 में सही हैं।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type how many units of the plan&apos;s currency one US dollar buys (above 0), or leave it empty.</source>
        <translation>लिखें कि एक अमेरिकी डॉलर में योजना की मुद्रा की कितनी इकाइयाँ आती हैं (0 से ज़्यादा), या खाली छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-27"/>
        <source>Count losses as</source>
        <translation>नुकसान ऐसे गिनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue shows what customers would have paid; margin what you keep.</source>
        <translation>आमदनी बताती है कि ग्राहक कितना चुकाते; मार्जिन बताता है कि आपके पास कितना बचता।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="-89"/>
        <source>Opening hours on %1, like 09:00-13:00, 17:00-21:00.</source>
        <translation>%1 को खुलने का समय, जैसे 09:00-13:00, 17:00-21:00।</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>give the business a name (up to 200 characters).</source>
        <translation>व्यवसाय का नाम लिखें (200 अक्षरों तक)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type a percentage from 0 to 100, or low – likely – high in that order.</source>
        <translation>0 से 100 तक प्रतिशत लिखें, या इसी क्रम में कम – संभावित – ज़्यादा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type an amount of 0 or more, or low – likely – high in that order.</source>
        <translation>0 या उससे ज़्यादा रकम लिखें, या इसी क्रम में कम – संभावित – ज़्यादा।</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>write times like 09:00-13:00, 17:00-21:00, each ending after it starts.</source>
        <translation>09:00-13:00, 17:00-21:00 जैसे समय लिखें; हर समय-खंड शुरू होने के बाद ही ख़त्म हो।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+66"/>
        <source>Total: %1%</source>
        <translation>कुल: %1%</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+32"/>
        <source>%1 is listed twice.</source>
        <translation>%1 दो बार लिखा है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every country a share above 0%, or remove it.</source>
        <translation>हर देश को 0% से ज़्यादा हिस्सा दें, या उसे हटा दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1%; they must add up to 100%.</source>
        <translation>हिस्सों का जोड़ %1% है; यह 100% होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+106"/>
        <source>The first scenario (%1)</source>
        <translation>पहला परिदृश्य (%1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+58"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum served for %1</source>
        <translation>%1 के लिए न्यूनतम सेवा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Within hours for %1</source>
        <translation>%1 के लिए समय-सीमा (घंटे)</translation>
    </message>
</context>
<context>
    <name>ChannelMix</name>
    <message>
        <location filename="../../continuity_app/gui/models/channel_mix_model.py" line="+77"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>हिस्सा (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/channel_mix_box.py" line="+73"/>
        <source>Channels of the selected function</source>
        <translation>चुने हुए कार्य के चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove channel</source>
        <translation>चैनल हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel from the mix</source>
        <translation>चुने हुए चैनल को इस कार्य के चैनलों से हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a channel to the mix</source>
        <translation>इस कार्य के चैनलों में एक चैनल जोड़ें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Channels</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels of {name}</source>
        <translation>{name} के चैनल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other channels, which none of the plan&apos;s outages reaches (in person, by phone or elsewhere): {share}</source>
        <translation>दूसरे चैनल, जिन पर योजना के किसी भी आउटेज का असर नहीं पड़ता (आमने-सामने, फ़ोन पर या कहीं और): {share}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every outage of the plan cuts off {share} of these interactions.</source>
        <translation>योजना के हर आउटेज में इनमें से {share} बातचीत कट जाती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} in {outages}</source>
        <translation>{outages} में {share}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut off: {parts}.</source>
        <translation>कटा हिस्सा: {parts}।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a channel…</source>
        <translation>चैनल जोड़ें…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../continuity_app/report/chart_style.py" line="+137"/>
        <source>+ %n more, with smaller losses</source>
        <translation>
            <numerusform>+ %n और, कम नुकसान वाला</numerusform>
            <numerusform>+ %n और, कम नुकसान वाले</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Outage duration</source>
        <translation>आउटेज की अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per outage</source>
        <translation>प्रति आउटेज नुकसान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>15 min</source>
        <translation>15 मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1 घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 h</source>
        <translation>6 घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 हफ़्ता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} ({share})</source>
        <translation>{amount} ({share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} (&lt;{share})</source>
        <translation>{amount} (&lt;{share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {amount}</source>
        <translation>{name}: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest bearable loss per outage {amount}</source>
        <translation>प्रति आउटेज सबसे बड़ा सहनीय नुकसान {amount}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loss in this outage</source>
        <translation>इस आउटेज में नुकसान</translation>
    </message>
    <message numerus="yes">
        <location line="-138"/>
        <source>%n other function(s)</source>
        <translation>
            <numerusform>%n अन्य कार्य</numerusform>
            <numerusform>%n अन्य कार्य</numerusform>
        </translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Largest bearable loss {amount}</source>
        <translation>सबसे बड़ा सहनीय नुकसान {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage {duration}</source>
        <translation>सबसे लंबा सहनीय आउटेज {duration}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss in a year</source>
        <translation>एक साल में नुकसान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance a year loses more</source>
        <translation>साल में इससे ज़्यादा नुकसान की संभावना</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour of day</source>
        <translation>दिन का घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loss</source>
        <translation>कोई नुकसान नहीं</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/chart_view.py" line="+61"/>
        <source>Export chart as PNG…</source>
        <translation>चार्ट PNG के रूप में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG…</source>
        <translation>चार्ट SVG के रूप में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG चित्र (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>चार्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export</source>
        <translation>एक्सपोर्ट नहीं हो सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>चार्ट %1 में सहेजा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/__init__.py" line="+64"/>
        <source>Unknown date order {order}: use dmy, mdy or ymd.</source>
        <translation>तारीख का क्रम {order} समझ नहीं आया: dmy, mdy या ymd इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="+210"/>
        <source>{what} is empty: there is nothing to import.</source>
        <translation>{what} खाली है: इम्पोर्ट करने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This JSON file is not a Telegram Desktop export (it is a list, not an export object). Export the chat from Telegram Desktop as JSON.</source>
        <translation>यह JSON फ़ाइल Telegram Desktop का एक्सपोर्ट नहीं है (इसमें एक सूची है, एक्सपोर्ट ऑब्जेक्ट नहीं)। Telegram Desktop से चैट को JSON के रूप में एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{what} is larger than {limit}, far more than any chat export: it is not imported. Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: Export chat history of one chat) and import that file.</source>
        <translation>{what} {limit} से बड़ी है, किसी भी चैट एक्सपोर्ट से कहीं ज़्यादा: इसे इम्पोर्ट नहीं किया गया। एक ही चैट एक्सपोर्ट करें (WhatsApp: Export chat, मीडिया के बिना; Telegram Desktop: एक चैट का Export chat history) और वह फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} looks like a zip file but is damaged and cannot be read. Export the chat again, or unpack the zip and import the .txt file inside.</source>
        <translation>{name} zip फ़ाइल लगती है, पर ख़राब है और पढ़ी नहीं जा सकती। चैट फिर से एक्सपोर्ट करें, या zip को अनज़िप करके उसके अंदर की .txt फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>फ़ाइल {path} पढ़ी नहीं जा सकी: {reason}।</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket): choose the exported chat file itself.</source>
        <translation>{path} सामान्य फ़ाइल नहीं है (यह पाइप, डिवाइस या सॉकेट है): एक्सपोर्ट की गई चैट फ़ाइल ही चुनें।</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{what} is a binary file, not a chat export. Choose the .txt or .zip file WhatsApp&apos;s &quot;Export chat&quot; produced, or a Telegram Desktop JSON export.</source>
        <translation>{what} एक बाइनरी फ़ाइल है, चैट एक्सपोर्ट नहीं। WhatsApp के &quot;Export chat&quot; से बनी .txt या .zip फ़ाइल चुनें, या Telegram Desktop का JSON एक्सपोर्ट।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. Re-export the chat, or save the file as UTF-8 and import it again.</source>
        <translation>{what} UTF-8 टेक्स्ट नहीं है: पंक्ति {line} में ऐसे बाइट हैं जो UTF-8 नहीं हैं। चैट दोबारा एक्सपोर्ट करें, या फ़ाइल को UTF-8 में सहेजकर फिर से इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>{name} HTML में बना Instagram या Messenger एक्सपोर्ट है, जिसमें सही-सही समय नहीं होता। Instagram या Facebook से चैट फिर से एक्सपोर्ट करें (Accounts Center &gt; Your information and permissions &gt; Download your information, फ़ॉर्मैट: JSON)।</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The zip file {name} contains no chat text file (.txt), only %n other file(s) ({kinds}). Export the chat from WhatsApp again (&quot;Export chat&quot;), or import the .txt file.</source>
        <translation>
            <numerusform>zip फ़ाइल {name} में चैट की कोई टेक्स्ट फ़ाइल (.txt) नहीं है, सिर्फ़ %n दूसरी फ़ाइल है ({kinds})। WhatsApp से चैट फिर से एक्सपोर्ट करें (&quot;Export chat&quot;), या .txt फ़ाइल इम्पोर्ट करें।</numerusform>
            <numerusform>zip फ़ाइल {name} में चैट की कोई टेक्स्ट फ़ाइल (.txt) नहीं है, सिर्फ़ %n दूसरी फ़ाइलें हैं ({kinds})। WhatsApp से चैट फिर से एक्सपोर्ट करें (&quot;Export chat&quot;), या .txt फ़ाइल इम्पोर्ट करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is protected by a password. Unpack it with your archive tool and import the chat .txt file inside, or export the chat again without a password.</source>
        <translation>{name} पासवर्ड से सुरक्षित है। इसे अपने आर्काइव टूल से अनज़िप करें और अंदर की चैट .txt फ़ाइल इम्पोर्ट करें, या चैट को बिना पासवर्ड के फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} would unpack to {ratio} times its packed size, far more than text ever compresses: it is a zip bomb or a damaged archive, and is not opened. Export the chat again.</source>
        <translation>{name} अनज़िप होने पर अपने पैक किए गए आकार से {ratio} गुना बड़ी हो जाएगी, जितना कोई टेक्स्ट कभी सिकुड़ता ही नहीं: यह zip बम या ख़राब आर्काइव है, इसलिए इसे खोला नहीं गया। चैट फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} lists more files than any chat export (its list of file names alone is {size}): it is not opened. Unpack it and import the chat .txt file inside.</source>
        <translation>{name} में किसी भी चैट एक्सपोर्ट से कहीं ज़्यादा फ़ाइलें दर्ज हैं (सिर्फ़ इसकी फ़ाइल-नामों की सूची {size} की है): इसे खोला नहीं गया। इसे अनज़िप करें और अंदर की चैट .txt फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File not found: {path}.</source>
        <translation>फ़ाइल नहीं मिली: {path}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder: choose the exported chat file inside it.</source>
        <translation>{path} एक फ़ोल्डर है: इसके अंदर की एक्सपोर्ट की गई चैट फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+241"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="+533"/>
        <source>{member} in {archive}</source>
        <translation>{archive} में {member}</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+273"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-43"/>
        <source>The file {name}</source>
        <translation>फ़ाइल {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/errors.py" line="+12"/>
        <source>{orders} or {order}</source>
        <translation>{orders} या {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell whether the dates in this export are {orders}: no day is above 12 and both readings keep time moving forward equally well. Choose the date order (CLI: --date-order {choices}).</source>
        <translation>पता नहीं चल रहा कि इस एक्सपोर्ट की तारीखों में {orders} आता है: कोई भी दिन 12 से बड़ा नहीं है, और दोनों तरह से पढ़ने पर समय बराबर ठीक से आगे बढ़ता है। तारीख का क्रम चुनें (CLI: --date-order {choices})।</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{business} is not an author in this chat, which has %n author(s). Import it without a business to see them (as pseudonyms), then name the business exactly as the export writes it.</source>
        <translation>
            <numerusform>{business} इस चैट में भेजने वालों में नहीं है; इसमें %n भेजने वाला है। भेजने वालों को (छद्म नामों में) देखने के लिए इसे व्यवसाय चुने बिना इम्पोर्ट करें, फिर व्यवसाय का नाम ठीक वैसे ही लिखें जैसा एक्सपोर्ट में लिखा है।</numerusform>
            <numerusform>{business} इस चैट में भेजने वालों में नहीं है; इसमें %n भेजने वाले हैं। भेजने वालों को (छद्म नामों में) देखने के लिए इसे व्यवसाय चुने बिना इम्पोर्ट करें, फिर व्यवसाय का नाम ठीक वैसे ही लिखें जैसा एक्सपोर्ट में लिखा है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s). Import it without choosing a chat to read them all together.</source>
        <translation>
            <numerusform>इस Telegram एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट है। सभी चैट एक साथ पढ़ने के लिए इसे कोई चैट चुने बिना इम्पोर्ट करें।</numerusform>
            <numerusform>इस Telegram एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट हैं। सभी चैट एक साथ पढ़ने के लिए इसे कोई चैट चुने बिना इम्पोर्ट करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export has more than {limit} different authors, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>इस एक्सपोर्ट में {limit} से ज़्यादा अलग-अलग भेजने वाले हैं, किसी भी चैट से कहीं ज़्यादा: इसे इम्पोर्ट नहीं किया गया। एक ही चैट एक्सपोर्ट करें और वह फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This export has messages on more than {limit} different days, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>इस एक्सपोर्ट में {limit} से ज़्यादा अलग-अलग दिनों के मैसेज हैं, किसी भी चैट से कहीं ज़्यादा: इसे इम्पोर्ट नहीं किया गया। एक ही चैट एक्सपोर्ट करें और वह फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/stats.py" line="+311"/>
        <source>The dates cannot be read as {order}: {date} is not a valid date in that order. Choose another date order or let it be detected.</source>
        <translation>तारीखें {order} क्रम में नहीं पढ़ी जा सकतीं: इस क्रम में {date} सही तारीख नहीं है। तारीख का कोई दूसरा क्रम चुनें, या ऐप को ख़ुद पहचानने दें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates in this export are not valid day-month-year or month-day-year dates (e.g. {example}). Is this really a chat export?</source>
        <translation>इस एक्सपोर्ट की तारीखें न सही दिन-महीना-वर्ष हैं, न सही महीना-दिन-वर्ष (जैसे {example})। क्या यह सच में चैट एक्सपोर्ट है?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export contains no messages.</source>
        <translation>इस एक्सपोर्ट में कोई मैसेज नहीं है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="-84"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+42"/>
        <source>This JSON file is nested too deeply to be a Telegram Desktop export. Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>यह JSON फ़ाइल इतनी गहराई तक नेस्टेड है कि यह Telegram Desktop का एक्सपोर्ट नहीं हो सकती। Telegram Desktop से चैट फिर से एक्सपोर्ट करें (Settings &gt; Advanced &gt; Export Telegram data, फ़ॉर्मैट: machine-readable JSON)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed JSON ({detail}). Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>JSON ख़राब है ({detail})। Telegram Desktop से चैट फिर से एक्सपोर्ट करें (Settings &gt; Advanced &gt; Export Telegram data, फ़ॉर्मैट: machine-readable JSON)।</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON file is not a Telegram Desktop export: it has no &quot;messages&quot; list. Export the chat from Telegram Desktop as JSON.</source>
        <translation>यह JSON फ़ाइल Telegram Desktop का एक्सपोर्ट नहीं है: इसमें &quot;messages&quot; सूची नहीं है। Telegram Desktop से चैट को JSON के रूप में एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This JSON file has more than {limit} message lists, far more chats than any Telegram account: it is not imported. Export a single chat from Telegram Desktop and import that file.</source>
        <translation>इस JSON फ़ाइल में {limit} से ज़्यादा मैसेज सूचियाँ हैं, यानी किसी भी Telegram खाते से कहीं ज़्यादा चैट: इसे इम्पोर्ट नहीं किया गया। Telegram Desktop से एक ही चैट एक्सपोर्ट करें और वह फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file ends inside a &quot;messages&quot; list</source>
        <translation>फ़ाइल &quot;messages&quot; सूची के बीच में ही ख़त्म हो जाती है</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One message in this JSON file is larger than {limit}, far more than any Telegram message: the file is damaged or not a Telegram Desktop export. Export the chat again.</source>
        <translation>इस JSON फ़ाइल में एक मैसेज {limit} से बड़ा है, किसी भी Telegram मैसेज से कहीं ज़्यादा: फ़ाइल ख़राब है या Telegram Desktop का एक्सपोर्ट नहीं है। चैट फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-405"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s). Import it without choosing one to read them all together.</source>
        <translation>
            <numerusform>इस Instagram या Messenger एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट है। सभी चैट एक साथ पढ़ने के लिए इसे कोई चैट चुने बिना इम्पोर्ट करें।</numerusform>
            <numerusform>इस Instagram या Messenger एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट हैं। सभी चैट एक साथ पढ़ने के लिए इसे कोई चैट चुने बिना इम्पोर्ट करें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>Instagram या Facebook से चैट फिर से एक्सपोर्ट करें (Accounts Center &gt; Your information and permissions &gt; Download your information, फ़ॉर्मैट: JSON)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is not readable JSON ({detail}). {reexport}</source>
        <translation>{what} पढ़ने लायक JSON नहीं है ({detail})। {reexport}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>nested too deeply</source>
        <translation>बहुत ज़्यादा गहराई तक नेस्टेड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One message in {what} is larger than {limit}, far more than any Instagram or Messenger message: the file is damaged. {reexport}</source>
        <translation>{what} में एक मैसेज {limit} से बड़ा है, किसी भी Instagram या Messenger मैसेज से कहीं ज़्यादा: फ़ाइल ख़राब है। {reexport}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+9"/>
        <source>{error} near character {position}</source>
        <translation>अक्षर {position} के पास: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>the file ends too early</source>
        <translation>फ़ाइल बीच में ही ख़त्म हो जाती है</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} is not an Instagram or Messenger conversation: it has no &quot;messages&quot; list of a Meta export. Choose a message_1.json file, its folder or the export&apos;s zip. {reexport}</source>
        <translation>{what} Instagram या Messenger की चैट नहीं है: इसमें Meta एक्सपोर्ट वाली &quot;messages&quot; सूची नहीं है। message_1.json फ़ाइल, उसका फ़ोल्डर या एक्सपोर्ट की zip फ़ाइल चुनें। {reexport}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled conversation)</source>
        <translation>(बिना नाम की चैट)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n message time(s) in {what} are in seconds, where Instagram and Messenger give them in milliseconds: the file was changed after it was exported. {reexport}</source>
        <translation>
            <numerusform>{what} में %n मैसेज का समय सेकंड में है, जबकि Instagram और Messenger समय मिलीसेकंड में देते हैं: एक्सपोर्ट के बाद फ़ाइल बदली गई है। {reexport}</numerusform>
            <numerusform>{what} में %n मैसेज का समय सेकंड में है, जबकि Instagram और Messenger समय मिलीसेकंड में देते हैं: एक्सपोर्ट के बाद फ़ाइल बदली गई है। {reexport}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>None of the %n message(s) in {what} has a real time (&quot;timestamp_ms&quot;): there is nothing to count. {reexport}</source>
        <translation>
            <numerusform>{what} के इकलौते मैसेज में असली समय (&quot;timestamp_ms&quot;) नहीं है: गिनने के लिए कुछ नहीं है। {reexport}</numerusform>
            <numerusform>{what} के %n मैसेज में से किसी में भी असली समय (&quot;timestamp_ms&quot;) नहीं है: गिनने के लिए कुछ नहीं है। {reexport}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. {reexport}</source>
        <translation>{name} HTML में बना Instagram या Messenger एक्सपोर्ट है, जिसमें सही-सही समय नहीं होता। {reexport}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export holds more than {limit} conversation files, more than any inbox: it is not imported. Choose the folder of one conversation instead.</source>
        <translation>इस एक्सपोर्ट में {limit} से ज़्यादा चैट फ़ाइलें हैं, किसी भी इनबॉक्स से ज़्यादा: इसे इम्पोर्ट नहीं किया गया। इसके बजाय किसी एक चैट का फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is a folder with no Instagram or Messenger conversation (message_1.json) in it: choose the exported chat file, or the folder of an Instagram or Messenger export.</source>
        <translation>{path} ऐसा फ़ोल्डर है जिसमें कोई Instagram या Messenger चैट (message_1.json) नहीं है: एक्सपोर्ट की गई चैट फ़ाइल चुनें, या Instagram या Messenger एक्सपोर्ट का फ़ोल्डर।</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The export {name}</source>
        <translation>एक्सपोर्ट {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+99"/>
        <source>None of the %n message(s) in this export has a real date and time (&quot;date&quot; or &quot;date_unixtime&quot;): there is nothing to count. Re-export the chat from Telegram Desktop as machine-readable JSON.</source>
        <translation>
            <numerusform>इस एक्सपोर्ट के इकलौते मैसेज में असली तारीख और समय (&quot;date&quot; या &quot;date_unixtime&quot;) नहीं है: गिनने के लिए कुछ नहीं है। Telegram Desktop से चैट को machine-readable JSON के रूप में फिर से एक्सपोर्ट करें।</numerusform>
            <numerusform>इस एक्सपोर्ट के %n मैसेज में से किसी में भी असली तारीख और समय (&quot;date&quot; या &quot;date_unixtime&quot;) नहीं है: गिनने के लिए कुछ नहीं है। Telegram Desktop से चैट को machine-readable JSON के रूप में फिर से एक्सपोर्ट करें।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/whatsapp.py" line="+199"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>फ़ाइल खाली है: इम्पोर्ट करने के लिए कुछ नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not a recognised chat export: none of the first %n line(s) starts with a real date and time as in a WhatsApp or Signal export (such as &quot;18/03/2022, 14:56 - Name: text&quot; or &quot;[18/03/2022, 14:56:01] Name: text&quot;). Export the chat from WhatsApp (chat menu &gt; More &gt; Export chat, without media) and import that .txt or .zip file, or a Telegram Desktop JSON export.</source>
        <translation>
            <numerusform>यह पहचाना हुआ चैट एक्सपोर्ट नहीं है: पहली पंक्ति WhatsApp या Signal एक्सपोर्ट की तरह असली तारीख और समय से शुरू नहीं होती (जैसे &quot;18/03/2022, 14:56 - Name: text&quot; या &quot;[18/03/2022, 14:56:01] Name: text&quot;)। WhatsApp से चैट एक्सपोर्ट करें (चैट मेन्यू &gt; More &gt; Export chat, मीडिया के बिना) और वह .txt या .zip फ़ाइल इम्पोर्ट करें, या Telegram Desktop का JSON एक्सपोर्ट।</numerusform>
            <numerusform>यह पहचाना हुआ चैट एक्सपोर्ट नहीं है: पहली %n पंक्तियों में से कोई भी WhatsApp या Signal एक्सपोर्ट की तरह असली तारीख और समय से शुरू नहीं होती (जैसे &quot;18/03/2022, 14:56 - Name: text&quot; या &quot;[18/03/2022, 14:56:01] Name: text&quot;)। WhatsApp से चैट एक्सपोर्ट करें (चैट मेन्यू &gt; More &gt; Export chat, मीडिया के बिना) और वह .txt या .zip फ़ाइल इम्पोर्ट करें, या Telegram Desktop का JSON एक्सपोर्ट।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A date in this export cannot be read: {date}.</source>
        <translation>इस एक्सपोर्ट की एक तारीख पढ़ी नहीं जा सकी: {date}।</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../continuity_app/gui/chat_import_dialog.py" line="+206"/>
        <source>Import chat into %1</source>
        <translation>%1 में चैट इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>reading it failed unexpectedly. Please report this, with the kind of export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file itself.</source>
        <translation>इसे पढ़ते समय अचानक गड़बड़ी हुई। कृपया इसकी सूचना दें और एक्सपोर्ट का प्रकार (WhatsApp, Telegram, Signal, Instagram या Messenger) बताएँ, लेकिन फ़ाइल ख़ुद न भेजें।</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Measure how many messages %1 really gets, and when, from a chat exported in WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), Signal, or Instagram and Messenger (Download your information, JSON: a message_1.json file or the export&apos;s zip).</source>
        <translation>WhatsApp (Chat › More › Export chat, बिना मीडिया), Telegram Desktop (JSON), Signal, या Instagram और Messenger (&quot;Download your information&quot;, JSON: message_1.json फ़ाइल या एक्सपोर्ट की zip फ़ाइल) से एक्सपोर्ट की गई चैट से मापें कि %1 को असल में कितने मैसेज मिलते हैं, और कब।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat export:</source>
        <translation>चैट एक्सपोर्ट:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>कोई फ़ाइल नहीं चुनी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen chat export</source>
        <translation>चुनी गई चैट एक्सपोर्ट फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a chat export file</source>
        <translation>चैट एक्सपोर्ट फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates could be read two ways: which is right?</source>
        <translation>तारीखें दो तरह से पढ़ी जा सकती हैं: कौन-सा सही है?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>पहले दिन (31/12/2024) (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>पहले महीना (12/31/2024) (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year first (2024/12/31)</source>
        <translation>पहले वर्ष (2024/12/31) (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business is:</source>
        <translation>व्यवसाय कौन है (&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which author is the business</source>
        <translation>कौन-सा भेजने वाला व्यवसाय है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;names</source>
        <translation>नाम दिखाएँ (&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show author names instead of pseudonyms</source>
        <translation>छद्म नामों की जगह भेजने वालों के नाम दिखाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>फ़ॉर्मैट:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date order:</source>
        <translation>तारीख का क्रम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages:</source>
        <translation>मैसेज:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>भेजने वाले:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per active day:</source>
        <translation>प्रति सक्रिय दिन मैसेज:</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n मैसेज)</numerusform>
            <numerusform>%1 (%n मैसेज)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Instagram Direct</source>
        <translation>Instagram Direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger (end-to-end encrypted chats)</source>
        <translation>Messenger (एंड-टू-एंड एन्क्रिप्टेड चैट)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram or Messenger (the export does not say which)</source>
        <translation>Instagram या Messenger (एक्सपोर्ट में नहीं लिखा कि कौन-सा)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n day(s) with messages</source>
        <translation>
            <numerusform>मैसेज वाला %n दिन</numerusform>
            <numerusform>मैसेज वाले %n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>median %1, slowest tenth over %2 (%n response(s))</source>
        <translation>
            <numerusform>आम तौर पर %1, हर 10 में से 1 जवाब %2 से ज़्यादा देर में (%n जवाब)</numerusform>
            <numerusform>आम तौर पर %1, हर 10 में से 1 जवाब %2 से ज़्यादा देर में (%n जवाब)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 will get &lt;b&gt;%2 daily interactions on %4&lt;/b&gt; (%3), its other channels keeping theirs, and this hour-of-day profile.</source>
        <translation>%1 को &lt;b&gt;%4 पर रोज़ %2 बातचीत&lt;/b&gt; (%3) और यह घंटेवार प्रोफ़ाइल मिलेगी; इसके दूसरे चैनलों की बातचीत जैसी है वैसी ही रहेगी।</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Business replies:</source>
        <translation>व्यवसाय के जवाब:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>there is not enough memory to read it.</source>
        <translation>इसे पढ़ने के लिए पर्याप्त मेमोरी नहीं है।</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Show the authors&apos; names instead of pseudonyms; names are never saved. Pseudonyms are keyed by a secret of this installation, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>छद्म नामों की जगह भेजने वालों के असली नाम दिखाएँ; नाम कभी सहेजे नहीं जाते। छद्म नाम इस इंस्टॉलेशन की एक गुप्त कुंजी से बनते हैं, इसलिए नामों या फ़ोन नंबरों की सूची से कोई उन्हें दोबारा नहीं निकाल सकता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors are shown as pseudonyms keyed by a secret of this installation (the same as on the command line), unless Show names is ticked.</source>
        <translation>भेजने वाले इस इंस्टॉलेशन की गुप्त कुंजी से बने छद्म नामों में दिखते हैं (वही जो कमांड लाइन पर दिखते हैं), जब तक &quot;नाम दिखाएँ&quot; पर टिक न हो।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only counts and the hour-of-day profile enter the plan. Message text and author names are never stored.</source>
        <translation>योजना में सिर्फ़ गिनती और दिन के घंटों वाली प्रोफ़ाइल जाती है। मैसेज का टेक्स्ट और भेजने वालों के नाम कभी सहेजे नहीं जाते।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply to %1</source>
        <translation>%1 पर लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to %1</source>
        <translation>%1 पर लागू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a chat export</source>
        <translation>चैट एक्सपोर्ट चुनें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
        <translation>चैट एक्सपोर्ट (*.txt *.zip *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>%1 पढ़ रहे हैं…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No day in this chat is above 12, so the dates could be day first or month first. Choose the order your phone shows dates in.</source>
        <translation>इस चैट में कोई भी दिन 12 से बड़ा नहीं है, इसलिए तारीख में पहले दिन भी हो सकता है और पहले महीना भी। वह क्रम चुनें जिसमें आपका फ़ोन तारीखें दिखाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported: %1</source>
        <translation>यह फ़ाइल इम्पोर्ट नहीं हो सकती: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody: count every message</source>
        <translation>कोई नहीं: हर मैसेज गिनें</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WhatsApp (Android)</source>
        <translation>WhatsApp (Android)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp (iPhone)</source>
        <translation>WhatsApp (iPhone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram Desktop</source>
        <translation>Telegram Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 से %2 तक (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none in this chat</source>
        <translation>इस चैट में कोई नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages per day with messages</source>
        <translation>मैसेज वाले हर दिन ग्राहकों के मैसेज</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all messages per day with messages; choose the business to count only customers</source>
        <translation>मैसेज वाले हर दिन सभी मैसेज; सिर्फ़ ग्राहकों को गिनने के लिए व्यवसाय चुनें</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Messages by hour of day</source>
        <translation>दिन के घंटों के हिसाब से मैसेज</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages by hour of day in the chat</source>
        <translation>चैट में दिन के घंटों के हिसाब से मैसेज</translation>
    </message>
</context>
<context>
    <name>ChatReport</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="+223"/>
        <source>Format:</source>
        <translation>फ़ॉर्मैट:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date order:</source>
        <translation>तारीख का क्रम:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages:</source>
        <translation>मैसेज:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>भेजने वाले:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message:</source>
        <translation>पहला मैसेज:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>आख़िरी मैसेज:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days:</source>
        <translation>सक्रिय दिन:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{active} of {calendar} calendar days</source>
        <translation>{calendar} कैलेंडर दिनों में से {active}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per active day:</source>
        <translation>प्रति सक्रिय दिन:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages</source>
        <translation>{count} मैसेज</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busiest hours:</source>
        <translation>सबसे व्यस्त घंटे:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of order:</source>
        <translation>क्रम से बाहर:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) earlier than the one before</source>
        <translation>
            <numerusform>%n पंक्ति का समय अपनी पिछली पंक्ति से पहले का है</numerusform>
            <numerusform>%n पंक्तियों का समय अपनी पिछली पंक्ति से पहले का है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>median {median}, P90 {p90} (%n answer(s))</source>
        <translation>
            <numerusform>आम तौर पर {median}, P90 {p90} (%n जवाब)</numerusform>
            <numerusform>आम तौर पर {median}, P90 {p90} (%n जवाब)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Most messages:</source>
        <translation>सबसे ज़्यादा मैसेज:</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>{messages} (plus %n system event(s))</source>
        <translation>
            <numerusform>{messages} (इसके अलावा %n सिस्टम सूचना)</numerusform>
            <numerusform>{messages} (इसके अलावा %n सिस्टम सूचनाएँ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Business:</source>
        <translation>व्यवसाय:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer messages:</source>
        <translation>ग्राहकों के मैसेज:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ({per_day} per active day)</source>
        <translation>{count} (प्रति सक्रिय दिन {per_day})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the business never answered a customer here</source>
        <translation>इस चैट में व्यवसाय ने किसी भी ग्राहक को जवाब नहीं दिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>जवाब देने का समय:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer messages per active day</source>
        <translation>प्रति सक्रिय दिन ग्राहकों के मैसेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages per active day; pass --business to count customers only</source>
        <translation>प्रति सक्रिय दिन सभी मैसेज; सिर्फ़ ग्राहकों को गिनने के लिए --business दें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the plan:</source>
        <translation>योजना के लिए:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} daily interactions ({basis})</source>
        <translation>रोज़ {count} बातचीत ({basis})</translation>
    </message>
</context>
<context>
    <name>ChatWording</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/wording.py" line="+13"/>
        <source>day first</source>
        <translation>पहले दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>पहले महीना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>पहले वर्ष</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>time runs forward in this order (%n backward jump(s) against {more})</source>
        <translation>
            <numerusform>इस क्रम में समय आगे बढ़ता है (%n बार पीछे जाता है, दूसरे क्रम में {more} बार)</numerusform>
            <numerusform>इस क्रम में समय आगे बढ़ता है (%n बार पीछे जाता है, दूसरे क्रम में {more} बार)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen by you</source>
        <translation>आपने चुना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dates start with the year</source>
        <translation>तारीखें वर्ष से शुरू होती हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day is above 12</source>
        <translation>कोई दिन 12 से बड़ा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month are the same on every date: either order reads alike</source>
        <translation>हर तारीख में दिन और महीना एक ही संख्या है: किसी भी क्रम में पढ़ें, तारीख वही रहती है</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/checklist_view.py" line="+36"/>
        <source>1. Confirm the outage</source>
        <translation>1. आउटेज की पुष्टि करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Call the team, in this order</source>
        <translation>2. टीम को इसी क्रम में कॉल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Move each activity to its fallbacks</source>
        <translation>3. हर गतिविधि को उसके वैकल्पिक चैनलों पर ले जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Send the messages</source>
        <translation>4. मैसेज भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Back to normal</source>
        <translation>5. सामान्य स्थिति में वापसी</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When it was done, in hours and minutes since the start.</source>
        <translation>यह कब हुआ, शुरुआत से घंटों और मिनटों में।</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-185"/>
        <source>Authors: {names}.</source>
        <translation>भेजने वाले: {names}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors as pseudonyms: {names}. Pass one of them to --business, or add --keep-names to see the names.</source>
        <translation>छद्म नामों में भेजने वाले: {names}। इनमें से एक --business को दें, या नाम देखने के लिए --keep-names जोड़ें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats: {names}.</source>
        <translation>चैट: {names}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --keep-names to list the chats&apos; names.</source>
        <translation>चैट के नाम देखने के लिए --keep-names जोड़ें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot tell the day from the month in these dates (no day is above 12 and both readings keep time moving forward). Pass {options}.</source>
        <translation>इन तारीखों में दिन और महीने का फ़र्क़ पता नहीं चल रहा (कोई भी दिन 12 से बड़ा नहीं है, और दोनों तरह पढ़ने पर समय आगे ही बढ़ता है)। {options} दें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{business} is not an author in this chat.</source>
        <translation>{business} इस चैट में भेजने वालों में नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s).</source>
        <translation>
            <numerusform>इस Instagram या Messenger एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट है।</numerusform>
            <numerusform>इस Instagram या Messenger एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s).</source>
        <translation>
            <numerusform>इस Telegram एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट है।</numerusform>
            <numerusform>इस Telegram एक्सपोर्ट में {chat} नाम की कोई चैट नहीं है; इसमें %n चैट हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to read this file.</source>
        <translation>इस फ़ाइल को पढ़ने के लिए पर्याप्त मेमोरी नहीं है।</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>give a file name ending in .csv or .xlsx</source>
        <translation>.csv या .xlsx पर ख़त्म होने वाला फ़ाइल नाम दें</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../continuity_app/cli/commands.py" line="+62"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-135"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+491"/>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} एक फ़ोल्डर है; {example} जैसा फ़ाइल नाम दें</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../continuity_app/cli/commands.py" line="+7"/>
        <source>Wrote {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+26"/>
        <source>the built-in reference data is damaged: {error}</source>
        <translation>ऐप के साथ आया संदर्भ डेटा ख़राब है: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-2"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+268"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+40"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+24"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} सहेजा नहीं जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+23"/>
        <source>{text} is too few trials; use at least {least}</source>
        <translation>{text} ट्रायल बहुत कम हैं; कम से कम {least} दें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a whole number</source>
        <translation>{text} पूरी संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must not be negative</source>
        <translation>{text} शून्य से कम नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="+40"/>
        <source>no scenario {scenario}; the plan has {known}</source>
        <translation>{scenario} नाम का कोई परिदृश्य नहीं है; योजना में ये हैं: {known}</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>{path} is a file; give a folder for the screenshots</source>
        <translation>{path} एक फ़ाइल है; स्क्रीनशॉट के लिए फ़ोल्डर दें</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n screenshot(s) to {folder}</source>
        <translation>
            <numerusform>{folder} में %n स्क्रीनशॉट सहेजा गया</numerusform>
            <numerusform>{folder} में %n स्क्रीनशॉट सहेजे गए</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+112"/>
        <source>continuity-app plan: warning: {warning}</source>
        <translation>continuity-app plan: चेतावनी: {warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote {path} (%n page(s), {paper})</source>
        <translation>
            <numerusform>सहेजा गया: {path} (%n पेज, {paper})</numerusform>
            <numerusform>सहेजा गया: {path} (%n पेज, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-196"/>
        <source>{text} is not a percentage; give a number from 0 to 100, such as 40</source>
        <translation>{text} प्रतिशत नहीं है; 0 से 100 तक की कोई संख्या दें, जैसे 40</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5</source>
        <translation>{text} घंटों की संख्या नहीं है; 0 से 168 (एक हफ़्ता) तक की संख्या दें, जैसे 0.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not an amount of money; give a number of zero or more in the plan currency, without its symbol, such as 250 or 99.50</source>
        <translation>{text} कोई रकम नहीं है; योजना की मुद्रा में शून्य या उससे ज़्यादा की संख्या दें, मुद्रा चिह्न के बिना, जैसे 250 या 99.50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to clear the due date</source>
        <translation>{text} तारीख नहीं है; इसे YYYY-MM-DD के रूप में लिखें, जैसे 2027-03-31, या आख़िरी तारीख हटाने के लिए none लिखें</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{options}: these describe a new task; give them with --new TITLE</source>
        <translation>{options}: ये नए काम का ब्योरा देते हैं; इन्हें --new TITLE के साथ दें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--new also needs {missing}</source>
        <translation>--new के साथ {missing} भी चाहिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{options}: these change a task; name it with --update TASK_ID (the ids are in the first column of `continuity-app tasks FILE`), or give them with --add or --new</source>
        <translation>{options}: ये किसी काम को बदलते हैं; --update TASK_ID से काम बताएँ (id, `continuity-app tasks FILE` के पहले कॉलम में हैं), या इन्हें --add या --new के साथ दें</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n task(s) to {path}</source>
        <translation>
            <numerusform>{path} में %n काम सहेजा गया</numerusform>
            <numerusform>{path} में %n काम सहेजे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n open task(s) to the calendar {path}</source>
        <translation>
            <numerusform>कैलेंडर {path} में %n अधूरा काम सहेजा गया</numerusform>
            <numerusform>कैलेंडर {path} में %n अधूरे काम सहेजे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) left out of the calendar: no due date (give one with --update TASK_ID --due YYYY-MM-DD)</source>
        <translation>
            <numerusform>%n अधूरा काम कैलेंडर में नहीं डाला गया: उसकी आख़िरी तारीख नहीं है (--update TASK_ID --due YYYY-MM-DD से तारीख दें)</numerusform>
            <numerusform>%n अधूरे काम कैलेंडर में नहीं डाले गए: उनकी आख़िरी तारीख नहीं है (--update TASK_ID --due YYYY-MM-DD से तारीख दें)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no task {id}; the plan has {known}</source>
        <translation>id {id} वाला कोई काम नहीं है; योजना में ये हैं: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no task {id}; the plan has no tasks yet (add one with --add or --new)</source>
        <translation>id {id} वाला कोई काम नहीं है; योजना में अभी कोई काम नहीं है (--add या --new से जोड़ें)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--function: the plan has no function {id}; its functions are {known}</source>
        <translation>--function: योजना में {id} नाम का कोई कार्य नहीं है; इसके कार्य ये हैं: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel: {id} is not a fallback channel; use one of {known}</source>
        <translation>--channel: {id} वैकल्पिक चैनल नहीं है; इनमें से एक इस्तेमाल करें: {known}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no recommended step {id} for this plan. Steps it has include {some}; `continuity-app recommend FILE --json` lists them all under actions[].id</source>
        <translation>इस योजना के लिए {id} नाम का कोई सुझाया गया कदम नहीं है। इसके कुछ कदम: {some}; `continuity-app recommend FILE --json` सभी कदम actions[].id में दिखाता है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recommended step {id}: the recommender has no step for this plan now; add your own with --new</source>
        <translation>{id} नाम का कोई सुझाया गया कदम नहीं है: अभी इस योजना के लिए कोई कदम सुझाया नहीं जा रहा; --new से अपना काम जोड़ें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--new: give the task a title</source>
        <translation>--new: काम का शीर्षक दें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="+85"/>
        <source>give --script NAME for a run sheet, --log LOG.json or both</source>
        <translation>अभ्यास के घंटेवार कार्यक्रम के लिए --script NAME दें, --log LOG.json दें, या दोनों</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o and --record need the log of a run: --log</source>
        <translation>-o और --record के लिए किसी आउटेज या अभ्यास का लॉग चाहिए: --log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the log is of the exercise {logged}, not {given}</source>
        <translation>यह लॉग अभ्यास {logged} का है, {given} का नहीं</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="+23"/>
        <source>Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.</source>
        <translation>WhatsApp और Meta के आउटेज के लिए योजना: असर, वैकल्पिक चैनल, प्रिंट करने लायक योजना।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open the window on a built-in example (see demo --list)</source>
        <translation>बिल्ट-इन उदाहरण के साथ विंडो खोलें (देखें: demo --list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that this installation works (examples, model, PDF, window) and exit</source>
        <translation>जाँचें कि यह इंस्टॉलेशन ठीक से काम करता है (उदाहरण, मॉडल, PDF, विंडो), फिर बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-314"/>
        <location filename="../../continuity_app/cli/commands.py" line="-224"/>
        <location line="+62"/>
        <location line="+48"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-32"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-315"/>
        <source>print one JSON object</source>
        <translation>नतीजा एक JSON ऑब्जेक्ट के रूप में दिखाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month order of the dates when it cannot be detected</source>
        <translation>तारीखों में दिन/महीने का क्रम, जब वह अपने-आप पहचाना न जा सके</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one chat of a whole-account export</source>
        <translation>पूरे अकाउंट के एक्सपोर्ट में से एक चैट</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show author names instead of pseudonyms</source>
        <translation>छद्म नामों की जगह भेजने वालों के नाम दिखाएँ</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>measure a function&apos;s messages from a WhatsApp, Telegram, Signal, Instagram or Messenger chat export</source>
        <translation>WhatsApp, Telegram, Signal, Instagram या Messenger के चैट एक्सपोर्ट से किसी कार्य के मैसेज मापें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, Instagram or Messenger JSON from Meta&apos;s Download your information: a message_1.json, its folder or the export&apos;s zip) and print its aggregates: messages, authors, the hour-of-day profile and, with --business, customer messages per day and response times. Message text is never printed or stored; author names are shown as pseudonyms (Author-…) unless --keep-names. Pseudonyms are keyed by a secret of this installation, made once and kept in {folder}, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>चैट एक्सपोर्ट पढ़ें (WhatsApp .txt या .zip, Telegram Desktop JSON, Signal टेक्स्ट, Meta के &quot;Download your information&quot; से Instagram या Messenger JSON: message_1.json, उसका फ़ोल्डर या एक्सपोर्ट की zip फ़ाइल) और उसके कुल आँकड़े दिखाएँ: मैसेज, भेजने वाले, दिन के घंटों वाली प्रोफ़ाइल और, --business के साथ, रोज़ के ग्राहक मैसेज और जवाब देने में लगा समय। मैसेज का टेक्स्ट कभी दिखाया या सहेजा नहीं जाता; भेजने वालों के नाम छद्म नामों (Author-…) के रूप में दिखते हैं, जब तक --keep-names न दिया जाए। छद्म नाम इस इंस्टॉलेशन की एक गुप्त कुंजी से बनते हैं, जो एक बार बनाई जाती है और {folder} में रखी जाती है, ताकि कोई भी नामों या फ़ोन नंबरों की सूची से उन्हें दोबारा न निकाल सके।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder</source>
        <translation>एक्सपोर्ट की गई चैट (.txt, .zip या .json), या Instagram या Messenger फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the author who is the business: a name, or a pseudonym the output showed</source>
        <translation>वह भेजने वाला जो व्यवसाय है: कोई नाम, या आउटपुट में दिखा छद्म नाम</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key the pseudonyms with KEY instead of this installation&apos;s secret, for output that is the same on every computer (keep KEY secret)</source>
        <translation>छद्म नाम इस इंस्टॉलेशन की गुप्त कुंजी की जगह KEY से बनाएँ, ताकि हर कंप्यूटर पर आउटपुट एक जैसा रहे (KEY को गुप्त रखें)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>write a plan&apos;s results and recommendations to a CSV or XLSX file</source>
        <translation>योजना के नतीजे और सुझाव CSV या XLSX फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/cli/commands.py" line="-112"/>
        <location line="+62"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-28"/>
        <location filename="../../continuity_app/cli/plan_command.py" line="-89"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-2"/>
        <source>a .cplan plan file</source>
        <translation>एक .cplan योजना फ़ाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file to write, ending in .csv or .xlsx</source>
        <translation>सहेजी जाने वाली फ़ाइल, जिसका नाम .csv या .xlsx पर ख़त्म हो</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="-57"/>
        <source>Monte Carlo years</source>
        <translation>मोंटे कार्लो ट्रायल (सिमुलेट किए गए वर्ष)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="+3"/>
        <source>random seed</source>
        <translation>रैंडम सीड</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-58"/>
        <source>write a built-in example plan</source>
        <translation>बिल्ट-इन उदाहरण योजना निकालें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (default: print the plan)</source>
        <translation>सहेजी जाने वाली फ़ाइल (डिफ़ॉल्ट: योजना स्क्रीन पर दिखाएँ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example (see --list)</source>
        <translation>कौन-सा उदाहरण (देखें: --list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the examples, one per line</source>
        <translation>उदाहरणों की सूची दिखाएँ, हर पंक्ति में एक</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what outages cost: per scenario, ALE, Monte Carlo</source>
        <translation>आउटेज से कितना नुकसान: हर परिदृश्य का, अनुमानित सालाना नुकसान (ALE), मोंटे कार्लो</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only this scenario id</source>
        <translation>सिर्फ़ इस id वाला परिदृश्य</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>fallback channels and preparation steps, valued by the loss they prevent</source>
        <translation>वैकल्पिक चैनल और तैयारी के कदम, जितना नुकसान वे रोकते हैं उसके हिसाब से आँके गए</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>largest yearly spend on preparation</source>
        <translation>तैयारी पर ज़्यादा से ज़्यादा सालाना ख़र्च (बजट)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the preset outage scenarios and how the history gives their numbers</source>
        <translation>तैयार आउटेज परिदृश्य, और आउटेज इतिहास से उनके आँकड़े कैसे निकलते हैं</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a country of the business (ISO code such as BR; repeat for several): shutdowns and carrier outages are counted for it</source>
        <translation>व्यवसाय का एक देश (ISO कोड, जैसे IN; कई देशों के लिए दोहराएँ): इस देश के लिए सरकारी बंदी और मोबाइल ऑपरेटर आउटेज गिने जाते हैं</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>render every page of the window to PNG files</source>
        <translation>विंडो के हर पेज की PNG फ़ाइल बनाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write one PNG per page</source>
        <translation>फ़ोल्डर, जहाँ हर पेज की एक PNG सहेजी जाए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface language, e.g. ar or pt_BR</source>
        <translation>इंटरफ़ेस की भाषा, जैसे ar या pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example plan to show</source>
        <translation>कौन-सी उदाहरण योजना दिखानी है</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="-2"/>
        <source>write the printable continuity plan as PDF</source>
        <translation>प्रिंट करने लायक निरंतरता योजना PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>सहेजी जाने वाली PDF फ़ाइल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paper size (default: the one used in the business&apos;s main country)</source>
        <translation>काग़ज़ का आकार (डिफ़ॉल्ट: व्यवसाय के मुख्य देश में इस्तेमाल होने वाला आकार)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the plan&apos;s own text, e.g. ar or pt_BR</source>
        <translation>योजना के अपने टेक्स्ट की भाषा, जैसे ar या pt_BR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits in the plan: as the language writes them (default), 0123 or ٠١٢٣</source>
        <translation>योजना में अंक: जैसे भाषा उन्हें लिखती है (डिफ़ॉल्ट), 0123 या ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+18"/>
        <source>which figures the reference data has for each country, and how old</source>
        <translation>संदर्भ डेटा में हर देश के लिए कौन-से आँकड़े हैं, और वे कितने पुराने हैं</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-8"/>
        <source>list, add, change and export the plan&apos;s preparation tasks</source>
        <translation>योजना के तैयारी के काम देखें, जोड़ें, बदलें और एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without options: the plan&apos;s preparation tasks by due date. A task is a preparation step the business has taken on: it raises readiness today only once it is marked done. Changes are saved back to FILE.</source>
        <translation>बिना विकल्पों के: योजना के तैयारी के काम, आख़िरी तारीख के क्रम में। काम वह तैयारी का कदम है जिसे करने का ज़िम्मा व्यवसाय ने लिया है: यह आज की तत्परता तभी बढ़ाता है जब इसे पूरा चिह्नित किया जाए। बदलाव वापस FILE में सहेजे जाते हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan a recommended step, by the id `recommend FILE --json` gives it in actions[].id (repeat for several)</source>
        <translation>सुझाए गए कदम को एक्शन प्लान में डालें, उस id से जो `recommend FILE --json` उसे actions[].id में देता है (कई कदमों के लिए दोहराएँ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task of your own</source>
        <translation>अपना कोई काम जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the function it prepares a fallback for</source>
        <translation>--new के साथ: वह कार्य जिसके लिए यह काम वैकल्पिक चैनल तैयार करता है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the fallback channel it makes ready, e.g. sms</source>
        <translation>--new के साथ: वह वैकल्पिक चैनल जिसे यह काम तैयार करता है, जैसे sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --new: the share of the function&apos;s contacts cut off by an outage that the channel reaches once done, in percent</source>
        <translation>--new के साथ: काम पूरा होने पर यह चैनल कार्य के कटे हुए संपर्कों में से कितने प्रतिशत तक पहुँचता है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>with --new: hours until they switch, once done</source>
        <translation>--new के साथ: काम पूरा होने पर, ग्राहकों को चैनल पर आने में कितने घंटे लगते हैं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change this task with the options below (repeat for several)</source>
        <translation>नीचे दिए विकल्पों से यह काम बदलें (कई कामों के लिए दोहराएँ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the task&apos;s status; done raises the channel&apos;s readiness today</source>
        <translation>काम की स्थिति; done देने पर चैनल की आज की तत्परता बढ़ती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who does it</source>
        <translation>इसे कौन करेगा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date it should be done by, or none</source>
        <translation>वह तारीख जिस तक यह पूरा होना चाहिए, या none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what setting it up costs once, in the plan currency</source>
        <translation>इसे शुरू करने की एक बार की लागत, योजना की मुद्रा में</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what it costs each month, in the plan currency</source>
        <translation>इसकी हर महीने की लागत, योजना की मुद्रा में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes for the owner</source>
        <translation>ज़िम्मेदार व्यक्ति के लिए टिप्पणियाँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove this task (repeat for several)</source>
        <translation>यह काम हटाएँ (कई कामों के लिए दोहराएँ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the tasks as a CSV table</source>
        <translation>काम CSV तालिका के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the open tasks as calendar entries (.ics), one on each due date</source>
        <translation>अधूरे काम कैलेंडर प्रविष्टियों (.ics) के रूप में सहेजें, हर एक उसकी आख़िरी तारीख पर</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-11"/>
        <source>a tabletop exercise&apos;s run sheet, or the after-action report of a log</source>
        <translation>टेबल-टॉप अभ्यास का घंटेवार कार्यक्रम, या किसी लॉग से बाद की समीक्षा रिपोर्ट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --log: the exercise hour by hour, with the checklist the plan gives for its outage. With --log: the after-action report of that outage or exercise log (timings against the plan, what was missing, follow-up tasks); -o writes it as PDF and --record adds the follow-up tasks and the exercise to FILE.</source>
        <translation>--log के बिना: अभ्यास घंटे-दर-घंटे, साथ में वह चेकलिस्ट जो योजना उसके आउटेज के लिए देती है। --log के साथ: उस आउटेज या अभ्यास के लॉग की बाद की समीक्षा रिपोर्ट (योजना की तुलना में समय, क्या छूट गया, फ़ॉलो-अप काम); -o इसे PDF के रूप में सहेजता है और --record फ़ॉलो-अप काम और अभ्यास को FILE में जोड़ता है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a shipped exercise script (e.g. meta-wide-2021) or a script file</source>
        <translation>ऐप के साथ आई अभ्यास स्क्रिप्ट (जैसे meta-wide-2021) या कोई स्क्रिप्ट फ़ाइल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a log saved by outage mode or an exercise</source>
        <translation>आउटेज मोड या किसी अभ्यास में सहेजा गया लॉग</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the after-action report as PDF</source>
        <translation>बाद की समीक्षा रिपोर्ट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the PDF, e.g. ar or pt_BR</source>
        <translation>PDF की भाषा, जैसे ar या pt_BR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the follow-up tasks and the exercise record to FILE (written once, at the end)</source>
        <translation>फ़ॉलो-अप काम और अभ्यास का रिकॉर्ड FILE में जोड़ें (फ़ाइल एक ही बार सहेजी जाती है)</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+52"/>
        <source>Laying out the printed plan…</source>
        <translation>छपने वाली योजना के पेज तैयार हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/progress.py" line="+60"/>
        <source>{stage} {percent}%</source>
        <translation>{stage} {percent}%</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../continuity_app/cli/report_text.py" line="+54"/>
        <source>{business} ({currency}); the business can bear {amount} per outage.</source>
        <translation>{business} ({currency}); व्यवसाय प्रति आउटेज {amount} तक का नुकसान सह सकता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage scenarios. While open: an outage of typical length that strikes while the business is open (the figure to plan for). Average: over every hour of the week and every length the history gives (the yearly figure is built from this average).</source>
        <translation>आउटेज परिदृश्य। खुले समय में: आम अवधि का आउटेज, जो व्यवसाय खुला रहते समय शुरू हो (योजना बनाने के लिए यही आँकड़ा)। औसत: हफ़्ते के हर घंटे और इतिहास में मिली हर अवधि का औसत (सालाना आँकड़ा इसी औसत से निकाला जाता है)।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>क्या बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst start</source>
        <translation>सबसे बुरी शुरुआत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>सालाना</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the reference scenario ({scenario}):</source>
        <translation>संदर्भ परिदृश्य ({scenario}) में:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} breached for {duration}</source>
        <translation>{share} सेवा {duration} तक पूरी नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} met after {duration}</source>
        <translation>{share} सेवा {duration} बाद पूरी</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+279"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>MBCO</source>
        <translation>MBCO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+48"/>
        <source>While open</source>
        <translation>खुले समय में</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location line="+15"/>
        <source>Average</source>
        <translation>औसत</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channels</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut off</source>
        <translation>कटा हिस्सा</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maximum tolerable period of disruption (MTPD): {duration}: after that an outage that strikes while the business is open costs more than {amount}.</source>
        <translation>अधिकतम सहनीय बाधा अवधि (MTPD): {duration}; इसके बाद, व्यवसाय खुला रहते समय शुरू होने वाले आउटेज का नुकसान {amount} से ज़्यादा हो जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum tolerable period of disruption (MTPD): an outage that strikes while the business is open stays under {amount} for a whole week.</source>
        <translation>अधिकतम सहनीय बाधा अवधि (MTPD): व्यवसाय खुला रहते समय शुरू होने वाले आउटेज का नुकसान पूरे हफ़्ते तक {amount} से कम रहता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annualised loss expectancy (ALE): {amount} per year.</source>
        <translation>अनुमानित सालाना नुकसान (ALE): {amount} प्रति वर्ष।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monte Carlo, {trials} simulated years (seed {seed}):</source>
        <translation>मोंटे कार्लो, {trials} सिमुलेट किए गए वर्ष (सीड {seed}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One outage</source>
        <translation>एक आउटेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>एक साल</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes:</source>
        <translation>टिप्पणियाँ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of {total}</source>
        <translation>{total} में से कोई नहीं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected yearly loss (ALE)</source>
        <translation>अनुमानित सालाना नुकसान (ALE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad year (P90)</source>
        <translation>बुरा साल (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage (MTPD)</source>
        <translation>सबसे लंबा सहनीय आउटेज (MTPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing their minimum service</source>
        <translation>न्यूनतम सेवा से चूकने वाले कार्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation tasks count only once they are done. Today, and with every open task done (on the same simulated years):</source>
        <translation>तैयारी के काम तभी गिने जाते हैं जब वे पूरे हो जाएँ। आज, और सभी अधूरे काम पूरे होने पर (उन्हीं सिमुलेट किए गए सालों पर):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>%n अधूरा काम पूरा होने पर</numerusform>
            <numerusform>%n अधूरे काम पूरे होने पर</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{business}: expected yearly loss today {amount} (a bad year, P90: {p90}).</source>
        <translation>{business}: आज अनुमानित सालाना नुकसान {amount} (बुरा साल, P90: {p90})।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best fallback channels per function:</source>
        <translation>हर कार्य के लिए सबसे अच्छे वैकल्पिक चैनल:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}:</source>
        <translation>{function}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score {score}</source>
        <translation>स्कोर {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}. {name} ({score}): {reasons}</source>
        <translation>{rank}. {name} ({score}): {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation steps, most net value first:</source>
        <translation>तैयारी के कदम, सबसे ज़्यादा शुद्ध फ़ायदे वाले पहले:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>कदम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves/year</source>
        <translation>बचत/वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 cut</source>
        <translation>P90 में कमी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost/year</source>
        <translation>लागत/वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback (months)</source>
        <translation>लागत वसूली (महीने)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not worth it now:</source>
        <translation>अभी करने लायक नहीं:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({function}): {why}</source>
        <translation>{step} ({function}): {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended portfolio (budget {amount} a year):</source>
        <translation>सुझाया गया पैकेज (सालाना बजट {amount}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended portfolio:</source>
        <translation>सुझाया गया पैकेज:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No step saves more than it costs within the budget.</source>
        <translation>बजट के भीतर कोई भी कदम अपनी लागत से ज़्यादा नहीं बचाता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step saves more than it costs.</source>
        <translation>कोई भी कदम अपनी लागत से ज़्यादा नहीं बचाता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} ({function}): saves {saving} a year on top of the steps above, costs {cost}</source>
        <translation>{step} ({function}): ऊपर के कदमों के अलावा सालाना {saving} बचाता है, लागत {cost}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} a year.</source>
        <translation>इन कदमों के बाद अनुमानित सालाना नुकसान: {amount} (P90 वर्ष {p90}), सालाना लागत {cost}।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>क्यों:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>चेतावनियाँ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids are in `continuity-app recommend FILE --json`, actions[].id), or add your own with --new.</source>
        <translation>अभी तैयारी का कोई काम नहीं। --add STEP_ID से कोई सुझाया गया कदम एक्शन प्लान में डालें (id, `continuity-app recommend FILE --json` में actions[].id के अंतर्गत हैं), या --new से अपना काम जोड़ें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (तारीख निकल चुकी)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{once} + {monthly} a month</source>
        <translation>{once} + हर महीने {monthly}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>काम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>आख़िरी तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready when done</source>
        <translation>पूरा होने पर तत्परता</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan is past its review date ({date}): review it.</source>
        <translation>योजना की समीक्षा की तारीख ({date}) निकल चुकी है: इसकी समीक्षा करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review of the plan: {date}.</source>
        <translation>योजना की अगली समीक्षा: {date}।</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) past their due date.</source>
        <translation>
            <numerusform>%n अधूरे काम की आख़िरी तारीख निकल चुकी है।</numerusform>
            <numerusform>%n अधूरे कामों की आख़िरी तारीख निकल चुकी है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task is past its due date.</source>
        <translation>किसी भी काम की आख़िरी तारीख नहीं निकली है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-71"/>
        <source>{code} is not a country this application knows; use an ISO code: {known}</source>
        <translation>{code} ऐसा देश नहीं है जिसे यह ऐप जानता हो; इनमें से कोई ISO कोड इस्तेमाल करें: {known}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>failed layers: {layers}</source>
        <translation>बंद परतें: {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{frequency} per year, typical {duration} (log-normal spread {sigma})</source>
        <translation>साल में {frequency} बार, आम अवधि {duration} (लॉग-नॉर्मल फैलाव {sigma})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how: {explanation}</source>
        <translation>कैसे निकाला: {explanation}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+192"/>
        <source>{step} is already planned as {task} ({status}); nothing changed. To change it: --update {task}</source>
        <translation>{step} पहले से काम {task} ({status}) के रूप में एक्शन प्लान में है; कुछ नहीं बदला। इसे बदलने के लिए: --update {task}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned {task}: {title} ({function}, {channel})</source>
        <translation>एक्शन प्लान में डाला गया {task}: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added {task}: {title} ({function}, {channel})</source>
        <translation>जोड़ा गया {task}: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{task}: owner {owner}</source>
        <translation>{task}: ज़िम्मेदार {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: owner cleared</source>
        <translation>{task}: ज़िम्मेदार व्यक्ति हटाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due {date}</source>
        <translation>{task}: आख़िरी तारीख {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due date cleared</source>
        <translation>{task}: आख़िरी तारीख हटाई गई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: one-off cost {amount}</source>
        <translation>{task}: एक बार की लागत {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: monthly cost {amount}</source>
        <translation>{task}: मासिक लागत {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: notes changed</source>
        <translation>{task}: टिप्पणियाँ बदली गईं</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{task} is already {status}; nothing changed</source>
        <translation>{task} पहले से {status} है; कुछ नहीं बदला</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{task}: done on {date}</source>
        <translation>{task}: {date} को पूरा हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: status {status}</source>
        <translation>{task}: स्थिति {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness today of {channel} for {function}: {before} → {after}</source>
        <translation>{function} के लिए {channel} की आज की तत्परता: {before} → {after}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {task}: {title}</source>
        <translation>हटाया गया {task}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readiness it gave when it was done stays: the work was done.</source>
        <translation>पूरा होने पर इससे मिली तत्परता बनी रहती है: काम तो हो चुका है।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/cli/exercise_command.py" line="+56"/>
        <source>Recorded in {file}: the exercise, the review date and %n task(s).</source>
        <translation>
            <numerusform>{file} में दर्ज किया गया: अभ्यास, समीक्षा की तारीख और %n काम।</numerusform>
            <numerusform>{file} में दर्ज किया गया: अभ्यास, समीक्षा की तारीख और %n काम।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded in {file}: the outage, the review date and %n task(s).</source>
        <translation>
            <numerusform>{file} में दर्ज किया गया: आउटेज, समीक्षा की तारीख और %n काम।</numerusform>
            <numerusform>{file} में दर्ज किया गया: आउटेज, समीक्षा की तारीख और %n काम।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage: {scenario}, {hours}.</source>
        <translation>आउटेज: {scenario}, {hours}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>स्रोत: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events:</source>
        <translation>घटनाएँ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the outage:</source>
        <translation>आउटेज की पुष्टि करें:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, in this order:</source>
        <translation>इस क्रम में कॉल करें:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>वैकल्पिक चैनलों पर जाएँ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>भेजें:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After-action review: {scenario}, {length} logged.</source>
        <translation>बाद की समीक्षा: {scenario}, {length} का लॉग।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan:</source>
        <translation>योजना की तुलना में समय:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Missing (%n):</source>
        <translation>
            <numerusform>छूटा हुआ (%n):</numerusform>
            <numerusform>छूटे हुए (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Follow-up tasks (%n):</source>
        <translation>
            <numerusform>फ़ॉलो-अप काम (%n):</numerusform>
            <numerusform>फ़ॉलो-अप काम (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <location filename="../../continuity_app/gui/outage/clock.py" line="+70"/>
        <source>Exercise clock:</source>
        <translation>अभ्यास की घड़ी:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start:</source>
        <translation>शुरुआत से:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+15 min</source>
        <translation>+15 मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on by a quarter of an hour.</source>
        <translation>अभ्यास की घड़ी 15 मिनट आगे बढ़ाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hour</source>
        <translation>अगला घंटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on to the next whole hour.</source>
        <translation>अभ्यास की घड़ी अगले पूरे घंटे पर ले जाएँ।</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+11"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App figures</source>
        <translation>ऐप के आँकड़े</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked apps</source>
        <translation>रोक लगे ऐप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Countries: {count}</source>
        <translation>देश: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}: known for {count} of {total} countries</source>
        <translation>{figure}: {total} देशों में से {count} के लिए उपलब्ध</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: a usage figure for {count} of {total} countries</source>
        <translation>{app}: {total} देशों में से {count} के लिए इस्तेमाल का आँकड़ा</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../continuity_app/display.py" line="+117"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>DISPLAY={display} पर कोई X सर्वर जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Wayland compositor answers at WAYLAND_DISPLAY={name}</source>
        <translation>WAYLAND_DISPLAY={name} पर कोई Wayland कंपोज़िटर जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>विंडो खोलने के लिए कोई डिस्प्ले नहीं है (न DISPLAY सेट है, न WAYLAND_DISPLAY)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on: {reasons}. The desktop session may have ended, or DISPLAY is left over from another session (after ssh -X, reconnect).</source>
        <translation>विंडो खोलने के लिए कोई डिस्प्ले नहीं है: {reasons}। हो सकता है डेस्कटॉप सेशन ख़त्म हो गया हो, या DISPLAY किसी दूसरे सेशन से बचा रह गया हो (ssh -X के बाद: फिर से कनेक्ट करें)।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no display this installation can open the window on: it draws through X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server (XWayland) at DISPLAY={display}.</source>
        <translation>ऐसा कोई डिस्प्ले नहीं है जिस पर यह इंस्टॉलेशन विंडो खोल सके: यह X11 से दिखाता है, और WAYLAND_DISPLAY={name} वाला Wayland डेस्कटॉप DISPLAY={display} पर कोई X सर्वर (XWayland) नहीं देता।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the application from a desktop session, or use the command-line sub-commands (continuity-app --help); for a window without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>ऐप्लिकेशन को डेस्कटॉप सेशन से चलाएँ, या कमांड-लाइन सब-कमांड इस्तेमाल करें (continuity-app --help); बिना स्क्रीन वाली विंडो के लिए QT_QPA_PLATFORM=offscreen सेट करें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+198"/>
        <source>the history of WhatsApp and Meta outages kept in this app, from status pages and news reports (listed under Outage history)</source>
        <translation>इस ऐप में रखा WhatsApp और Meta आउटेज का इतिहास, स्टेटस पेजों और समाचार रिपोर्टों से (आउटेज इतिहास में सूचीबद्ध)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yearly counts of phone network outages published by telecom regulators for your countries, with the lengths of past carrier outages from the outage history</source>
        <translation>आपके देशों के लिए दूरसंचार नियामकों द्वारा प्रकाशित फ़ोन नेटवर्क आउटेज की सालाना संख्या, और आउटेज इतिहास से पिछले ऑपरेटर आउटेज की अवधि</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access Now&apos;s record of government internet shutdowns and app blocks, 2016 to 2022, for your countries</source>
        <translation>आपके देशों के लिए, 2016 से 2022 तक सरकारी इंटरनेट बंदी और ऐप ब्लॉक का Access Now का रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reference data in this app</source>
        <translation>इस ऐप का संदर्भ डेटा</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../continuity_app/gui/due_notice.py" line="+50"/>
        <source>Show the action plan</source>
        <translation>एक्शन प्लान दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>यह सूचना बंद करें</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n preparation task(s) overdue: {tasks}.</source>
        <translation>
            <numerusform>तैयारी के %n काम की आख़िरी तारीख निकल चुकी है: {tasks}।</numerusform>
            <numerusform>तैयारी के %n कामों की आख़िरी तारीख निकल चुकी है: {tasks}।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{task} (due {date})</source>
        <translation>{task} (आख़िरी तारीख {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan was due for review on {date}: go through it with the people who act in it.</source>
        <translation>योजना की समीक्षा {date} को होनी थी: इसमें भूमिका निभाने वाले लोगों के साथ इसे देखें।</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../continuity_app/core/wording/notes.py" line="+23"/>
        <source>No price per message is known for {channel} ({function}); counted as free. Enter one in the fallback to include it.</source>
        <translation>{channel} ({function}) के लिए प्रति मैसेज कीमत मालूम नहीं है, इसलिए इसे मुफ़्त माना गया है। इसे शामिल करने के लिए वैकल्पिक चैनल में कीमत दर्ज करें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages per interaction default to {count} where not given.</source>
        <translation>जहाँ नहीं दिया गया, वहाँ प्रति बातचीत {count} मैसेज माने गए हैं।</translation>
    </message>
</context>
<context>
    <name>FallbacksModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+154"/>
        <source>Runs on Meta&apos;s infrastructure like WhatsApp: it fails with WhatsApp in a Meta outage and does not count as an independent fallback.</source>
        <translation>WhatsApp की तरह Meta के बुनियादी ढाँचे पर चलता है: Meta आउटेज में WhatsApp के साथ बंद हो जाता है, इसलिए इसे स्वतंत्र वैकल्पिक चैनल नहीं गिना जाता।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+15"/>
        <source>{ready} (%)</source>
        <translation>{ready} (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{delay} (hours)</source>
        <translation>{delay} (घंटे)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+13"/>
        <source>{channel} is not a fallback for {function} yet: type the share of its customers you could reach there today in the Ready today view.</source>
        <translation>{channel} अभी {function} के लिए वैकल्पिक चैनल नहीं है: ‘आज तैयार’ व्यू में लिखें कि उसके कितने ग्राहकों तक आप आज वहाँ पहुँच सकते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You could reach {share} of the customers of {function} on {channel} today.</source>
        <translation>आज आप {channel} पर {function} के {share} ग्राहकों तक पहुँच सकते हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers of {function} start using {channel} {delay} after an outage begins: time to notice it, decide, and tell them where to go. Before then this channel serves none of them.</source>
        <translation>आउटेज शुरू होने के {delay} बाद {function} के ग्राहक {channel} इस्तेमाल करने लगते हैं: आउटेज पहचानने, फ़ैसला करने और उन्हें बताने में कि कहाँ जाना है, इतना समय लगता है। उससे पहले यह चैनल उनमें से किसी को सेवा नहीं देता।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Together its {count} channels reach {combined} of them, not the {sum} their shares add up to: some customers are on more than one channel.</source>
        <translation>इसके {count} चैनल मिलकर उनमें से {combined} तक पहुँचते हैं, न कि {sum} तक जितना इनके हिस्से जोड़ने पर आता है: कुछ ग्राहक एक से ज़्यादा चैनल पर हैं।</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>type a share from 0 to 100, or low – likely – high; empty removes the fallback.</source>
        <translation>0 से 100 तक हिस्सा लिखें, या कम – संभावित – ज़्यादा; खाली छोड़ने पर वैकल्पिक चैनल हट जाता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type the hours until customers switch, from 0 to 168 (a week).</source>
        <translation>ग्राहकों के चैनल बदलने तक के घंटे लिखें, 0 से 168 (एक हफ़्ता) तक।</translation>
    </message>
</context>
<context>
    <name>FallbacksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/fallbacks_page.py" line="+79"/>
        <source>Fallbacks</source>
        <translation>वैकल्पिक चैनल</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no fallback outside Meta.</source>
        <translation>%1 के लिए Meta के बाहर कोई वैकल्पिक चैनल नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what its value means.</source>
        <translation>{ready}: {ready_meaning} {delay}: {delay_meaning} किसी सेल का मान क्या बताता है, यह देखने के लिए उस पर माउस रखें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tinted columns run on Meta&apos;s infrastructure like WhatsApp: they fail together with it in a Meta outage. Empty a cell (or type 0) to remove a fallback.</source>
        <translation>रंगीन कॉलम WhatsApp की तरह Meta के बुनियादी ढाँचे पर चलते हैं: Meta आउटेज में वे भी उसके साथ बंद हो जाते हैं। किसी वैकल्पिक चैनल को हटाने के लिए सेल खाली करें (या 0 लिखें)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness matrix: functions by channels</source>
        <translation>तत्परता तालिका: कार्य × चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show readiness</source>
        <translation>तत्परता दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activation delays</source>
        <translation>सक्रिय होने में देरी दिखाएँ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, then say here where else you could reach them.</source>
        <translation>अभी कोई गतिविधि नहीं: कार्य पेज पर जोड़ें कि आपके ग्राहक WhatsApp पर क्या करते हैं, फिर यहाँ बताएँ कि आप उन तक और कहाँ पहुँच सकते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fallbacks yet: type in a cell the share of that activity&apos;s customers you could reach on that channel today (for example 40).</source>
        <translation>अभी कोई वैकल्पिक चैनल नहीं: किसी सेल में लिखें कि उस गतिविधि के कितने प्रतिशत ग्राहकों तक आप आज उस चैनल पर पहुँच सकते हैं (जैसे 40)।</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="-185"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="-83"/>
        <location line="+20"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week</source>
        <translation>एक हफ़्ते से ज़्यादा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+3"/>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items}; {item}</source>
        <translation>{items}; {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} {share}</source>
        <translation>{name} {share}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other channels {share}</source>
        <translation>दूसरे चैनल {share}</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+11"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure.</source>
        <translation>एक संख्या लिखें, या पक्का न हो तो कम – संभावित – ज़्यादा (जैसे 40 – 60 – 90)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this part of the business does on WhatsApp.</source>
        <translation>व्यवसाय का यह हिस्सा WhatsApp पर क्या करता है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which channel features it needs.</source>
        <translation>इससे तय होता है कि इसे चैनल की कौन-सी सुविधाएँ चाहिए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interactions / open day</source>
        <translation>बातचीत / कामकाजी दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations, orders or requests on a day the business is open, on all channels.</source>
        <translation>जिस दिन व्यवसाय खुला हो, उस दिन सभी चैनलों पर होने वाली बातचीत, ऑर्डर या अनुरोध।</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>On WhatsApp (%)</source>
        <translation>WhatsApp पर (%)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Revenue / interaction</source>
        <translation>आमदनी / बातचीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money at stake in one interaction, in the plan currency.</source>
        <translation>एक बातचीत में दाँव पर लगी रकम, योजना की मुद्रा में।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patience (h)</source>
        <translation>धैर्य (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a blocked customer keeps waiting before giving up.</source>
        <translation>अटका हुआ ग्राहक हार मानने से पहले कितने घंटे इंतज़ार करता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Come back (%)</source>
        <translation>लौटते हैं (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those who gave up who come back later.</source>
        <translation>हार मानने वालों में से कितने बाद में लौट आते हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost for good (%)</source>
        <translation>हमेशा के लिए खोए (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the lost ones who never come back (costs their lifetime value).</source>
        <translation>खोए ग्राहकों में से कितने कभी नहीं लौटते (इससे उनका आजीवन मूल्य खो जाता है)।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot wait (%)</source>
        <translation>इंतज़ार नहीं कर सकते (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of these interactions whose moment passes if they are not served soon (today&apos;s lunch, a same-day delivery): customers who gave up on them never come back for them. Empty: the default for this kind of function and sector, shown in grey.</source>
        <translation>इनमें से कितनी बातचीत का मौक़ा जल्दी न निपटाने पर निकल जाता है (आज का लंच, उसी दिन की डिलीवरी): जिन ग्राहकों ने इन्हें छोड़ दिया, वे इनके लिए कभी नहीं लौटते। खाली: इस तरह के कार्य और व्यवसाय के प्रकार का डिफ़ॉल्ट, जो स्लेटी रंग में दिखता है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backlog cost</source>
        <translation>बकाया काम की लागत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of handling one delayed interaction after the outage, in the plan currency.</source>
        <translation>आउटेज के बाद एक रुकी हुई बातचीत निपटाने की लागत, योजना की मुद्रा में।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages / interaction</source>
        <translation>मैसेज / बातचीत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent on a fallback per interaction; empty uses the default (3).</source>
        <translation>वैकल्पिक चैनल पर प्रति बातचीत भेजे जाने वाले मैसेज; खाली छोड़ें तो डिफ़ॉल्ट (3) लिया जाता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff affected</source>
        <translation>प्रभावित कर्मचारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: how many staff coordinate through WhatsApp.</source>
        <translation>तालमेल वाले कार्यों के लिए: कितने कर्मचारी WhatsApp से तालमेल करते हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Productivity loss (%)</source>
        <translation>उत्पादकता में कमी (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: share of their work lost while WhatsApp is down.</source>
        <translation>तालमेल वाले कार्यों के लिए: WhatsApp बंद रहने पर उनके काम का कितना हिस्सा बेकार जाता है।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the WhatsApp Business API (%)</source>
        <translation>WhatsApp Business API पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Instagram (%)</source>
        <translation>Instagram पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Messenger (%)</source>
        <translation>Messenger पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Facebook page or shop (%)</source>
        <translation>Facebook पेज या शॉप पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Telegram (%)</source>
        <translation>Telegram पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Signal (%)</source>
        <translation>Signal पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Viber (%)</source>
        <translation>Viber पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On LINE (%)</source>
        <translation>LINE पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By SMS (%)</source>
        <translation>SMS से (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone call (%)</source>
        <translation>फ़ोन कॉल से (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email (%)</source>
        <translation>ईमेल से (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web shop or marketplace (%)</source>
        <translation>ऑनलाइन शॉप या मार्केटप्लेस पर (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (%)</source>
        <translation>आमने-सामने (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of those interactions that run through this channel. What the listed channels do not carry runs on channels that none of the plan&apos;s outages reaches.</source>
        <translation>इन बातचीत में से कितनी इस चैनल से होती हैं; जो किसी चैनल में नहीं गिनी गई, वह ऐसे चैनलों पर होती है जिन पर योजना के किसी भी आउटेज का असर नहीं पड़ता।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/functions_model.py" line="+198"/>
        <source>type a whole number.</source>
        <translation>पूरी संख्या लिखें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a kind from the list.</source>
        <translation>सूची से कोई प्रकार चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the function a name.</source>
        <translation>कार्य का नाम लिखें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for a coordination activity, say how many staff coordinate on WhatsApp and how much of their work is lost without it.</source>
        <translation>तालमेल वाली गतिविधि के लिए बताएँ कि कितने कर्मचारी WhatsApp पर तालमेल करते हैं और उसके बिना उनका कितना काम रुक जाता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination function&apos;s loss is the work its staff cannot do.</source>
        <translation>{kind}: पहले {name} के लिए “{staff}” और “{loss}” भरें: तालमेल वाले कार्य का नुकसान वह काम है जो उसके कर्मचारी नहीं कर पाते।</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/functions_page.py" line="+122"/>
        <source>Functions</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the functions that run on WhatsApp.</source>
        <translation>वे कार्य जोड़ें जो WhatsApp पर चलते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no revenue per interaction.</source>
        <translation>%1 में प्रति बातचीत आमदनी नहीं दी गई है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per part of the business that runs on WhatsApp or other apps. Double-click a cell to edit it; hover over a column title for what it means. Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the selected row&apos;s channels: its share on each app.</source>
        <translation>व्यवसाय के हर उस हिस्से के लिए एक पंक्ति जो WhatsApp या दूसरे ऐप पर चलता है। किसी सेल को बदलने के लिए उस पर डबल-क्लिक करें; कॉलम का मतलब जानने के लिए उसके शीर्षक पर माउस रखें। जहाँ पक्का न हो, वहाँ कम – संभावित – ज़्यादा लिखें, जैसे 40 – 60 – 90। नीचे चुनी हुई पंक्ति के चैनल हैं: हर ऐप पर उसका हिस्सा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add function</source>
        <translation>कार्य जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove function</source>
        <translation>कार्य हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions table</source>
        <translation>कार्यों की तालिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add function</source>
        <translation>कार्य जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected function</source>
        <translation>चुना हुआ कार्य हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import chat…</source>
        <translation>चैट इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the selected function from a chat export</source>
        <translation>चैट एक्सपोर्ट से चुने हुए कार्य को मापें</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activities yet: add what your customers do on WhatsApp (orders, questions, bookings) with Add function.</source>
        <translation>अभी कोई गतिविधि नहीं: “कार्य जोड़ें” से जोड़ें कि आपके ग्राहक WhatsApp पर क्या करते हैं (ऑर्डर, सवाल, बुकिंग)।</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>When %1 arrives over a day (from %2)</source>
        <translation>दिन भर में %1 का काम कब आता है (आधार: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an imported chat</source>
        <translation>इम्पोर्ट की गई चैट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the opening hours</source>
        <translation>खुलने का समय</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hourly profile of the selected function</source>
        <translation>चुने हुए कार्य की घंटेवार प्रोफ़ाइल</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../continuity_app/core/incident/after_action.py" line="+145"/>
        <source>Rehearse the switch of {function} to {channel}: it was not made in the exercise of {date}.</source>
        <translation>{function} को {channel} पर ले जाने का अभ्यास करें: {date} के अभ्यास में ऐसा नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the switch of {function} to {channel}: it was not made in the outage of {date}.</source>
        <translation>{function} को {channel} पर ले जाने का अभ्यास करें: {date} के आउटेज में ऐसा नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/checklist.py" line="+62"/>
        <source>Tell customers, staff and suppliers that WhatsApp works again, on the channels you used during the outage.</source>
        <translation>ग्राहकों, कर्मचारियों और सप्लायरों को, उन्हीं चैनलों पर जो आपने आउटेज के दौरान इस्तेमाल किए, बताएँ कि WhatsApp फिर से चल रहा है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the messages that arrived late or waited, oldest first, and ask whoever gave up whether they still need you.</source>
        <translation>देर से आए या इंतज़ार में पड़े मैसेज के जवाब दें, सबसे पुराने से शुरू करके, और जिन्होंने इंतज़ार छोड़ दिया उनसे पूछें कि क्या उन्हें अब भी आपकी ज़रूरत है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{function}: enter the orders and payments taken on other channels in the usual records, and check each payment against the bank.</source>
        <translation>{function}: दूसरे चैनलों पर लिए गए ऑर्डर और भुगतान सामान्य रिकॉर्ड में दर्ज करें, और हर भुगतान को बैंक से मिलाएँ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what worked and what did not, while it is fresh: the after-action report takes it from the log.</source>
        <translation>जब तक बात ताज़ा है, लिख लें कि क्या काम आया और क्या नहीं: बाद की समीक्षा रिपोर्ट इसे लॉग से लेती है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WhatsApp fails for more than one person, on more than one network, and Meta&apos;s status page or the news confirms it.</source>
        <translation>WhatsApp एक से ज़्यादा व्यक्ति के लिए, एक से ज़्यादा नेटवर्क पर बंद है, और Meta का स्टेटस पेज या समाचार इसकी पुष्टि करते हैं।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{person} ({role}) leads: {duties}</source>
        <translation>{person} ({role}) नेतृत्व करते हैं: {duties}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {person} ({role}) on {phone}.</source>
        <translation>{person} ({role}) को {phone} पर कॉल करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {person} ({role}).</source>
        <translation>{person} ({role}) को कॉल करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: call {alternate}.</source>
        <translation>जवाब नहीं मिला: {alternate} को कॉल करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their part: {duties}</source>
        <translation>उनका काम: {duties}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{function}: switch to {channel}; the plan expects it to reach {share} of those cut off within {delay}.</source>
        <translation>{function}: {channel} पर जाएँ; योजना के अनुसार यह {delay} के भीतर कटे हुए लोगों में से {share} तक पहुँचना चाहिए।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers</source>
        <translation>ग्राहकों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>कर्मचारियों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppliers</source>
        <translation>सप्लायरों</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the message to {audience} on {channel}.</source>
        <translation>{audience} को {channel} पर मैसेज भेजें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message to {audience} on {channel} (language: {language}).</source>
        <translation>{audience} को {channel} पर मैसेज भेजें (भाषा: {language})।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/record.py" line="+59"/>
        <source>{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z</source>
        <translation>{value} में टाइम ज़ोन नहीं है; इसे UTC में लिखें, जैसे 2021-10-04T15:39Z</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/script.py" line="+63"/>
        <source>the exercise plays {scenario}, which is no outage this application knows</source>
        <translation>अभ्यास {scenario} को चलाता है, जिसे यह ऐप किसी आउटेज के रूप में नहीं जानता</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the log is of the outage {scenario}, which this plan no longer has; its outages are {known}</source>
        <translation>यह लॉग आउटेज {scenario} का है, जो अब इस योजना में नहीं है; इसके आउटेज हैं: {known}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/wording.py" line="+25"/>
        <source>The outage was declared: the plan is active.</source>
        <translation>आउटेज घोषित किया गया: योजना सक्रिय है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {item}</source>
        <translation>पूरा हुआ: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back, not done after all: {item}</source>
        <translation>वापस लिया गया, असल में पूरा नहीं हुआ: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {item}</source>
        <translation>भेजा गया: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {text}</source>
        <translation>फ़ैसला: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise event: {text}</source>
        <translation>अभ्यास की घटना: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stood down: the service is back; return to normal begins.</source>
        <translation>आउटेज ख़त्म घोषित: सेवा वापस आ गई है; सामान्य स्थिति में वापसी शुरू।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: return to normal is done.</source>
        <translation>बंद: सामान्य स्थिति में वापसी पूरी हुई।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declare the outage</source>
        <translation>आउटेज घोषित करना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach customers</source>
        <translation>ग्राहकों तक पहुँचना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach staff</source>
        <translation>कर्मचारियों तक पहुँचना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach suppliers</source>
        <translation>सप्लायरों तक पहुँचना</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum service of {function}</source>
        <translation>{function} की न्यूनतम सेवा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set in the plan</source>
        <translation>योजना में तय नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {duration}</source>
        <translation>{duration} के भीतर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not done</source>
        <translation>नहीं हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {duration}</source>
        <translation>{duration} के बाद</translation>
    </message>
</context>
<context>
    <name>IncidentFile</name>
    <message>
        <location filename="../../continuity_app/io/incident_files.py" line="+60"/>
        <source>{name} is not an exercise script; use one of {known}, or the path of a script file</source>
        <translation>{name} कोई अभ्यास स्क्रिप्ट नहीं है; {known} में से कोई एक इस्तेमाल करें, या किसी स्क्रिप्ट फ़ाइल का पाथ दें</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file does not exist</source>
        <translation>यह फ़ाइल मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a file; choose a .json file</source>
        <translation>यह फ़ाइल नहीं है; कोई .json फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is {size} bytes, more than any log or script; is it one?</source>
        <translation>फ़ाइल {size} बाइट की है, किसी भी लॉग या स्क्रिप्ट से ज़्यादा; क्या यह सच में लॉग या स्क्रिप्ट है?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read ({reason})</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>फ़ाइल UTF-8 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}, column {column}</source>
        <translation>पंक्ति {line}, कॉलम {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON ({where})</source>
        <translation>फ़ाइल सही JSON नहीं है ({where})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/core/labels.py" line="+14"/>
        <source>Customer service</source>
        <translation>ग्राहक सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>ऑर्डर और बिक्री</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>कर्मचारियों से तालमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>सप्लायरों से तालमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>मार्केटिंग ब्रॉडकास्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost revenue</source>
        <translation>खोई आमदनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost for good</source>
        <translation>हमेशा के लिए खोए ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog handling</source>
        <translation>बकाया काम निपटाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback messaging</source>
        <translation>वैकल्पिक चैनल पर मैसेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff productivity</source>
        <translation>कर्मचारी उत्पादकता</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People with a mobile phone</source>
        <translation>मोबाइल फ़ोन वाले लोग</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units per US dollar</source>
        <translation>प्रति अमेरिकी डॉलर इकाइयाँ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Internet users</source>
        <translation>इंटरनेट यूज़र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone owners</source>
        <translation>स्मार्टफ़ोन रखने वाले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPhone share</source>
        <translation>iPhone का हिस्सा</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sub-Saharan Africa</source>
        <translation>उप-सहारा अफ़्रीका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East and North Africa</source>
        <translation>मध्य पूर्व और उत्तरी अफ़्रीका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>लैटिन अमेरिका और कैरिबियन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Asia</source>
        <translation>दक्षिण एशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia and the Caucasus</source>
        <translation>मध्य एशिया और कॉकेशस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Asia</source>
        <translation>पूर्वी एशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southeast Asia</source>
        <translation>दक्षिण-पूर्व एशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>ओशिनिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>यूरोप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>उत्तरी अमेरिका</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/log_view.py" line="+33"/>
        <location line="+3"/>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type a decision and press Enter</source>
        <translation>फ़ैसला लिखें और Enter दबाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>फ़ैसला</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/main_window.py" line="+197"/>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>नई योजना (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>हाल की योजनाएँ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>इस नाम से सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>सहेजे हुए पर लौटें (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import functions from spreadsheet…</source>
        <translation>स्प्रेडशीट से कार्य इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>नतीजे एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>सेटिंग्स (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Continuity Planner</source>
        <translation>Continuity Planner के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing the results</source>
        <translation>नतीजों की गणना रोकें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Still to do:</source>
        <translation>अभी बाकी:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missing here.</source>
        <translation>यहाँ कुछ भी बाकी नहीं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuity Planner</source>
        <translation>Continuity Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled plan</source>
        <translation>बिना नाम की योजना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — Continuity Planner</source>
        <translation>%1[*] — %2 — Continuity Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The results shown are for the plan before your latest changes; they are computed again at your next change.</source>
        <translation>दिखाए गए नतीजे आपके हाल के बदलावों से पहले की योजना के हैं; अगले बदलाव पर इनकी फिर से गणना होगी।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results could not be computed: %1</source>
        <translation>नतीजे नहीं निकाले जा सके: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe.</source>
        <translation>बिना सहेजे बदलावों का बैकअप %1 में नहीं बन सका: %2। उन्हें सुरक्षित रखने के लिए योजना सहेजें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>योजना में ऐसे बदलाव हैं जो सहेजे नहीं गए। क्या पहले उन्हें सहेजें?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open plan</source>
        <translation>योजना खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Continuity plans (*%1)</source>
        <translation>निरंतरता योजनाएँ (*%1)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot open %1</source>
        <translation>%1 नहीं खुल सकी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be opened as a plan. Your current plan is unchanged.</source>
        <translation>यह फ़ाइल योजना के रूप में नहीं खुल सकती। आपकी मौजूदा योजना में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent plans</source>
        <translation>हाल की कोई योजना नहीं</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save plan as</source>
        <translation>योजना इस नाम से सहेजें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan could not be saved to %1: %2. Nothing was lost; choose another folder with Save As.</source>
        <translation>योजना %1 में सहेजी नहीं जा सकी: %2। कुछ भी नहीं खोया; “इस नाम से सहेजें” से दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to saved</source>
        <translation>सहेजे हुए पर लौटें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every change since the plan was last saved?</source>
        <translation>पिछली बार सहेजने के बाद के सभी बदलाव हटा दें?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Continuity Planner</source>
        <translation>Continuity Planner के बारे में</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../continuity_app/gui/outage/message_box.py" line="+39"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to paste it into the app you send it with.</source>
        <translation>मैसेज कॉपी करें, ताकि उसे उस ऐप में चिपका सकें जिससे आप उसे भेजते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As SMS: %1 characters in %2 SMS.</source>
        <translation>SMS के रूप में: %1 अक्षर, %2 SMS में।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR codes cannot be shown: the segno package is missing from this installation.</source>
        <translation>QR कोड के लिए segno पैकेज चाहिए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan to open %1.</source>
        <translation>%1 खोलने के लिए स्कैन करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of %1</source>
        <translation>%1 का QR कोड</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../continuity_app/core/message_templates.py" line="+44"/>
        <source>{business}: WhatsApp is not working right now, but we are open. Message us on {channel} and we will answer as usual. Orders and payments continue there, and we will confirm each one. Thank you for your patience.</source>
        <translation>{business}: अभी WhatsApp काम नहीं कर रहा, लेकिन हम खुले हैं। हमें {channel} पर मैसेज करें, हम हमेशा की तरह जवाब देंगे। ऑर्डर और पेमेंट वहीं चलते रहेंगे, और हम हर एक को कन्फ़र्म करेंगे। आपके धैर्य के लिए धन्यवाद।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we work on {channel}: take orders there, write each one in the order log, and check {channel} at least every 30 minutes.</source>
        <translation>आउटेज योजना लागू: WhatsApp बंद है। जब तक आउटेज प्रमुख न बताएँ कि WhatsApp फिर चालू है, हम {channel} पर काम करेंगे: ऑर्डर वहीं लें, हर ऑर्डर ऑर्डर बुक में लिखें, और कम से कम हर 30 मिनट में {channel} देखें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{business}: WhatsApp is down on our side. Please send orders, invoices and delivery updates on {channel} until we tell you it works again. Payments continue as agreed.</source>
        <translation>{business}: हमारी तरफ़ WhatsApp बंद है। जब तक हम न बताएँ कि यह फिर चालू है, कृपया ऑर्डर, बिल और डिलीवरी अपडेट {channel} पर भेजें। पेमेंट पहले से तय हिसाब से होते रहेंगे।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{business}: WhatsApp is down but we are open. Reply by SMS or call us to order or ask; we confirm by SMS.</source>
        <translation>{business}: WhatsApp बंद है, पर हम खुले हैं। ऑर्डर या सवाल के लिए SMS या कॉल करें; हम SMS से कन्फ़र्म करेंगे।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we phone and text each other. Log every order.</source>
        <translation>आउटेज योजना लागू: WhatsApp बंद है। आउटेज प्रमुख के बताने तक हम एक-दूसरे को फ़ोन और SMS करेंगे। हर ऑर्डर लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{business}: WhatsApp is down. Please call or text us about orders and deliveries until we say it is back.</source>
        <translation>{business}: WhatsApp बंद है। हमारे बताने तक कृपया ऑर्डर और डिलीवरी के लिए हमें फ़ोन या SMS करें।</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+105"/>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>सप्लायर</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS segments</source>
        <translation>SMS हिस्से</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="+268"/>
        <source>New plan</source>
        <translation>नई योजना</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../continuity_app/gui/new_task_dialog.py" line="+41"/>
        <source>New preparation task</source>
        <translation>तैयारी का नया काम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: print the shop&apos;s SMS number on every receipt</source>
        <translation>उदाहरण: हर रसीद पर दुकान का SMS नंबर छापें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due by</source>
        <translation>आख़िरी तारीख</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Say what has to be done, in a few words.</source>
        <translation>कुछ शब्दों में बताएँ कि क्या करना है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no activity yet: add one on the Functions page first.</source>
        <translation>योजना में अभी कोई गतिविधि नहीं है: पहले कार्य पेज पर एक जोड़ें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what share of the activity&apos;s customers the channel will reach once the task is done (more than 0%).</source>
        <translation>बताइए कि काम पूरा होने के बाद यह चैनल इस गतिविधि के कितने प्रतिशत ग्राहकों तक पहुँचेगा (0% से अधिक)।</translation>
    </message>
</context>
<context>
    <name>OutageActions</name>
    <message>
        <location filename="../../continuity_app/gui/outage/actions.py" line="+43"/>
        <source>O&amp;utage</source>
        <translation>आउटेज (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp बंद है: आउटेज मोड शुरू करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>टेबल-टॉप अभ्यास चलाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an outage log…</source>
        <translation>आउटेज लॉग जारी रखें…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise scripts cannot be read.</source>
        <translation>अभ्यास की स्क्रिप्ट पढ़ी नहीं जा सकीं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exercise cannot be run.</source>
        <translation>यह अभ्यास चलाया नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume an outage log</source>
        <translation>आउटेज लॉग जारी रखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage logs (*%1)</source>
        <translation>आउटेज लॉग (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened as an outage log.</source>
        <translation>%1 को आउटेज लॉग के रूप में खोला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outage mode</source>
        <translation>आउटेज मोड</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../continuity_app/gui/outage/window.py" line="+114"/>
        <source>Tabletop exercise: %1</source>
        <translation>टेबल-टॉप अभ्यास: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage mode: %1</source>
        <translation>आउटेज मोड: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare the outage</source>
        <translation>आउटेज घोषित करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the criteria are confirmed: the plan is active from now.</source>
        <translation>शर्तों की पुष्टि होने पर: योजना अभी से लागू हो जाती है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand down</source>
        <translation>आउटेज ख़त्म घोषित करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is back: the return-to-normal checklist follows.</source>
        <translation>सेवा लौट आई है: इसके बाद सामान्य स्थिति में वापसी की चेकलिस्ट आती है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and review</source>
        <translation>बंद करें और समीक्षा करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the outage and see the after-action review; the log is kept.</source>
        <translation>आउटेज ख़त्म करें और आउटेज के बाद की समीक्षा देखें; लॉग रखा रहता है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event: %1
%2</source>
        <translation>घटना: %1
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every change is saved at once to %1.</source>
        <translation>हर बदलाव तुरंत %1 में सहेजा जाता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be saved to %1: %2. You can go on working in this window; free some space or fix the folder, and the next change saves the whole log.</source>
        <translation>लॉग %1 में सहेजा नहीं जा सका: %2। आउटेज का काम यहाँ जारी रहेगा; थोड़ी जगह ख़ाली करें या फ़ोल्डर ठीक करें, अगले बदलाव पर पूरा लॉग सहेज लिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+25"/>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="+26"/>
        <source>Change country mix</source>
        <translation>देशवार हिस्सा बदलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="-8"/>
        <source>Change business name</source>
        <translation>व्यवसाय का नाम बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sector</source>
        <translation>व्यवसाय का प्रकार बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change currency</source>
        <translation>मुद्रा बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exchange rate</source>
        <translation>विनिमय दर बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff</source>
        <translation>कर्मचारियों की संख्या बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff cost</source>
        <translation>कर्मचारी लागत बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change gross margin</source>
        <translation>सकल मार्जिन बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer lifetime value</source>
        <translation>ग्राहक का आजीवन मूल्य बदलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change opening hours</source>
        <translation>खुलने का समय बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the largest loss you can bear</source>
        <translation>सबसे बड़ा सहनीय नुकसान बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change minimum service</source>
        <translation>न्यूनतम सेवा बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change loss basis</source>
        <translation>नुकसान गिनने का आधार बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the outage to plan for</source>
        <translation>योजना के लिए चुना गया आउटेज बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulated years</source>
        <translation>सिमुलेट किए गए सालों की संख्या बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulation number</source>
        <translation>सिमुलेशन नंबर बदलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/details.py" line="+29"/>
        <source>Change plan owner</source>
        <translation>योजना प्रभारी बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change approver</source>
        <translation>मंज़ूरी देने वाला बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan version</source>
        <translation>योजना का संस्करण बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan summary</source>
        <translation>योजना का सारांश बदलें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe when to declare an outage</source>
        <translation>बताएँ कि आउटेज कब घोषित करना है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add activation criterion</source>
        <translation>सक्रियण की शर्त जोड़ें</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit activation criterion</source>
        <translation>सक्रियण की शर्त बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activation criterion</source>
        <translation>सक्रियण की शर्त हटाएँ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New role</source>
        <translation>नई भूमिका</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add role</source>
        <translation>भूमिका जोड़ें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove role {name}</source>
        <translation>भूमिका &apos;{name}&apos; हटाएँ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change whom {name} calls</source>
        <translation>&apos;{name}&apos; किसे कॉल करेगी, यह बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role {name}</source>
        <translation>भूमिका &apos;{name}&apos; बदलें</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add message</source>
        <translation>मैसेज जोड़ें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove message</source>
        <translation>मैसेज हटाएँ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested text</source>
        <translation>सुझाया गया टेक्स्ट इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change message audience</source>
        <translation>मैसेज के प्राप्तकर्ता बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message channel</source>
        <translation>मैसेज का चैनल बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message language</source>
        <translation>मैसेज की भाषा बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit message text</source>
        <translation>मैसेज का टेक्स्ट बदलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/fallbacks.py" line="+43"/>
        <source>Change readiness of {channel}</source>
        <translation>{channel} की तत्परता बदलें</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change activation delay of {channel}</source>
        <translation>{channel} के सक्रिय होने में देरी बदलें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the country figures for {channel}</source>
        <translation>{channel} के लिए देशों के आँकड़े इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set what you know about {channel}</source>
        <translation>{channel} के बारे में अपनी जानकारी दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/functions.py" line="+76"/>
        <source>New function {number}</source>
        <translation>नया कार्य {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add function</source>
        <translation>कार्य जोड़ें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {name}</source>
        <translation>{name} हटाएँ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change {field} of {name}</source>
        <translation>{name} में {field} बदलें</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace functions from {file}</source>
        <translation>सभी कार्यों की जगह {file} के कार्य रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add functions from {file}</source>
        <translation>{file} से कार्य जोड़ें</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import chat into {name}</source>
        <translation>{name} में चैट इम्पोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/scenarios.py" line="+20"/>
        <source>Custom scenario {number}</source>
        <translation>अपना परिदृश्य {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add custom scenario</source>
        <translation>अपना परिदृश्य जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario “{name}”</source>
        <translation>परिदृश्य “{name}” जोड़ें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove scenario “{name}”</source>
        <translation>परिदृश्य “{name}” हटाएँ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>परिदृश्य का नाम बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario duration</source>
        <translation>परिदृश्य की अवधि बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario frequency</source>
        <translation>परिदृश्य की आवृत्ति बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what fails in “{name}”</source>
        <translation>“{name}” में क्या बंद होता है, यह बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start of “{name}”</source>
        <translation>“{name}” के शुरू होने का समय बदलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change “{name}”</source>
        <translation>“{name}” बदलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/tasks.py" line="+53"/>
        <source>Plan the recommended portfolio</source>
        <translation>सुझाया गया पैकेज एक्शन प्लान में डालें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step: {title}</source>
        <translation>कदम एक्शन प्लान में डालें: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add task: {title}</source>
        <translation>काम जोड़ें: {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change task: {title}</source>
        <translation>काम बदलें: {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark done: {title}</source>
        <translation>पूरा चिह्नित करें: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status: {title}</source>
        <translation>स्थिति बदलें: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove task: {title}</source>
        <translation>काम हटाएँ: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the plan as reviewed</source>
        <translation>योजना की समीक्षा दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/incident.py" line="+45"/>
        <source>Record the exercise</source>
        <translation>अभ्यास दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outage</source>
        <translation>आउटेज दर्ज करें</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message numerus="yes">
        <location filename="../../continuity_app/io/planfile.py" line="+90"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n समस्या:</numerusform>
            <numerusform>%n समस्याएँ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... और %n समस्या।</numerusform>
            <numerusform>... और %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>use lowercase letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>सिर्फ़ छोटे अंग्रेज़ी अक्षर (a-z), अंक, &apos;-&apos; और &apos;_&apos; इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a three-letter ISO 4217 currency code such as USD, BRL or INR</source>
        <translation>तीन अक्षरों वाला ISO 4217 मुद्रा कोड इस्तेमाल करें, जैसे USD, BRL या INR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a language code such as ar, en or pt-BR</source>
        <translation>भाषा कोड इस्तेमाल करें, जैसे ar, en या pt-BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match {pattern}</source>
        <translation>{pattern} से मेल खाना चाहिए</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object {...}</source>
        <translation>एक ऑब्जेक्ट {...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list [...]</source>
        <translation>एक सूची [...]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not a number; write a number such as 12 or 0.5</source>
        <translation>{value} संख्या नहीं है; 12 या 0.5 जैसी संख्या लिखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; write one such as 12</source>
        <translation>{value} पूरी संख्या नहीं है; 12 जैसी पूरी संख्या लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an object; write its fields in braces {{...}}</source>
        <translation>{value} ऑब्जेक्ट नहीं है; इसके फ़ील्ड कर्ली ब्रैकेट {{...}} में लिखें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a number a plan can hold (NaN, Infinity, or too large, such as 1e400); write an ordinary number</source>
        <translation>{value} ऐसी संख्या नहीं है जो योजना में रखी जा सके (NaN, Infinity, या बहुत बड़ी, जैसे 1e400); सामान्य संख्या लिखें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not text; write it in double quotes</source>
        <translation>{value} टेक्स्ट नहीं है; इसे डबल कोट्स (&quot; &quot;) में लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a list; write its items in square brackets [...]</source>
        <translation>{value} सूची नहीं है; इसके आइटम स्क्वेयर ब्रैकेट [...] में लिखें</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than {limit} characters; write it shorter</source>
        <translation>{limit} अक्षरों से लंबा है; इसे छोटा लिखें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be empty; write a few words</source>
        <translation>खाली नहीं हो सकता; कुछ शब्द लिखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} सही नहीं: कम से कम {limit} होना चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} सही नहीं: ज़्यादा से ज़्यादा {limit} होना चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than {limit}</source>
        <translation>{value} सही नहीं: {limit} से ज़्यादा होना चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} सही नहीं: {limit} से कम होना चाहिए</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing</source>
        <translation>दिया नहीं गया है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a known field (check its spelling)</source>
        <translation>कोई जाना-पहचाना फ़ील्ड नहीं है (स्पेलिंग जाँचें)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not valid; {hint}</source>
        <translation>{value} मान्य नहीं है; {hint}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file has no schema version; is it a plan file made by this application? Plan files made by this application begin with &quot;schema_version&quot;: {version}.</source>
        <translation>फ़ाइल में स्कीमा संस्करण नहीं है; क्या यह इसी ऐप से बनी योजना फ़ाइल है? इस ऐप की योजना फ़ाइलें &quot;schema_version&quot;: {version} से शुरू होती हैं।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{version} is not a plan format this application knows</source>
        <translation>{version} ऐसा योजना फ़ॉर्मैट है जिसे यह ऐप नहीं पहचानता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan was written by a newer version of the application (schema {version}; this one reads up to {supported}). Update the application to open it.</source>
        <translation>यह योजना ऐप के नए संस्करण से बनी है (स्कीमा {version}; यह संस्करण {supported} तक पढ़ सकता है)। इसे खोलने के लिए ऐप अपडेट करें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not hold a plan (expected a JSON object)</source>
        <translation>इस फ़ाइल में योजना नहीं है (JSON ऑब्जेक्ट होना चाहिए था)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file does not exist</source>
        <translation>यह फ़ाइल मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this is a folder, not a plan file</source>
        <translation>यह फ़ोल्डर है, योजना फ़ाइल नहीं</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{version} is not a schema version; plan files made by this application have a whole number here, such as {current}</source>
        <translation>{version} कोई स्कीमा संस्करण नहीं है; इस ऐप से बनी योजना फ़ाइलों में यहाँ पूरी संख्या होती है, जैसे {current}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file is larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>फ़ाइल किसी भी योजना से बड़ी है (योजना फ़ाइल ज़्यादा से ज़्यादा {limit} की होती है); क्या यह सच में इसी ऐप से बनी योजना है?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is {size}, larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>फ़ाइल {size} की है, किसी भी योजना से बड़ी (योजना फ़ाइल ज़्यादा से ज़्यादा {limit} की होती है); क्या यह सच में इसी ऐप से बनी योजना है?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a named pipe</source>
        <translation>एक नेम्ड पाइप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>एक डिवाइस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>एक सॉकेट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>फ़ाइल के अलावा कुछ और</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is {kind}, not a plan file; choose a .cplan file saved by the application</source>
        <translation>यह {kind} है, योजना फ़ाइल नहीं; ऐप से सहेजी गई .cplan फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be read ({reason})</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {key} is written twice in one object, so which value is meant cannot be told; keep only one of them</source>
        <translation>फ़ील्ड {key} एक ही ऑब्जेक्ट में दो बार लिखा है, इसलिए पता नहीं चलता कि कौन-सा मान सही है; इनमें से सिर्फ़ एक रखें</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file nests brackets hundreds of levels deep, which no plan does; is it really a plan made by this application?</source>
        <translation>फ़ाइल में ब्रैकेट सैकड़ों स्तर गहराई तक एक-दूसरे के अंदर हैं, जो किसी योजना में नहीं होता; क्या यह सच में इसी ऐप से बनी योजना है?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not UTF-8 text; is it really a plan?</source>
        <translation>फ़ाइल UTF-8 टेक्स्ट नहीं है; क्या यह सच में योजना फ़ाइल है?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>फ़ाइल सही JSON नहीं है (पंक्ति {line}, कॉलम {column})</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/inputs.py" line="+32"/>
        <source>{code} is not a currency this application knows (an ISO 4217 code)</source>
        <translation>{code} ऐसी मुद्रा नहीं है जिसे यह ऐप जानता हो (ISO 4217 कोड)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>{name} is not a known channel; use one of: {known}</source>
        <translation>{name} कोई ज्ञात चैनल नहीं है; इनमें से एक इस्तेमाल करें: {known}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a known layer; use one of: {known}</source>
        <translation>{name} कोई ज्ञात परत नहीं है; इनमें से एक इस्तेमाल करें: {known}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+100"/>
        <source>has {count} entries, more than any plan needs; at most {limit}</source>
        <translation>इसमें {count} प्रविष्टियाँ हैं, किसी भी योजना की ज़रूरत से ज़्यादा; ज़्यादा से ज़्यादा {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is a yes/no value, not a number; write a number here</source>
        <translation>{value} हाँ/नहीं वाला मान है, संख्या नहीं; यहाँ संख्या लिखें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>low &lt;= likely &lt;= high must hold, got {low}, {likely}, {high}</source>
        <translation>कम &lt;= संभावित &lt;= ज़्यादा होना चाहिए, पर मिला: {low}, {likely}, {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} must be greater than {low}</source>
        <translation>{value} सही नहीं: {low} से ज़्यादा होना चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>{value} must be at least {low}</source>
        <translation>{value} सही नहीं: कम से कम {low} होना चाहिए</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} सही नहीं: {low} और {high} के बीच होना चाहिए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} must be at most {high}</source>
        <translation>{value} सही नहीं: ज़्यादा से ज़्यादा {high} होना चाहिए</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value} is more money than any business deals in; amounts in a plan are at most {limit} in the plan currency</source>
        <translation>{value} इतनी रकम है जितनी कोई व्यवसाय नहीं संभालता; योजना में रकम, योजना की मुद्रा में, ज़्यादा से ज़्यादा {limit} हो सकती है</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+83"/>
        <source>needs at least one country</source>
        <translation>कम से कम एक देश चाहिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not an ISO 3166-1 alpha-2 country code</source>
        <translation>{code} ISO 3166-1 alpha-2 देश कोड नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not one of the {count} countries this application has figures for; use the country&apos;s ISO 3166-1 code (BR for Brazil, NG for Nigeria: the Sources page lists them all under Countries)</source>
        <translation>{code} उन {count} देशों में नहीं है जिनके आँकड़े इस ऐप्लिकेशन के पास हैं; देश का ISO 3166-1 कोड इस्तेमाल करें (ब्राज़ील के लिए BR, नाइजीरिया के लिए NG: स्रोत पेज पर देश के अंतर्गत सभी दिए गए हैं)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of {code} is {share}; it must be above 0 and at most 1</source>
        <translation>{code} का हिस्सा {share} है; यह 0 से ज़्यादा और ज़्यादा से ज़्यादा 1 होना चाहिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shares add up to {total}; they must add up to 1</source>
        <translation>हिस्सों का जोड़ {total} है; यह 1 होना चाहिए</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{interval} is not an interval like &apos;09:00-17:30&apos;</source>
        <translation>{interval} &apos;09:00-17:30&apos; जैसा समय-अंतराल नहीं है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{interval} must end after it starts, by 24:00</source>
        <translation>{interval} शुरू होने के बाद और 24:00 तक ख़त्म होना चाहिए</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} units per US dollar is more than any currency needs; the rate is at most {limit}</source>
        <translation>प्रति अमेरिकी डॉलर {value} इकाइयाँ किसी भी मुद्रा की ज़रूरत से ज़्यादा हैं; दर ज़्यादा से ज़्यादा {limit} हो सकती है</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not a channel id</source>
        <translation>{name} किसी चैनल की id नहीं है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channels&apos; shares add up to {total}%; together they can be at most 100%</source>
        <translation>चैनलों के हिस्सों का जोड़ {total}% है; कुल मिलाकर यह ज़्यादा से ज़्यादा 100% हो सकता है</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} interactions a day is more than any business handles; the most a plan accepts is {limit}</source>
        <translation>रोज़ {value} बातचीत किसी भी व्यवसाय की क्षमता से ज़्यादा है; योजना ज़्यादा से ज़्यादा {limit} मानती है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} hours is more than a year; a counterpart who waits that long waits for good, so write at most {limit}</source>
        <translation>{value} घंटे एक साल से ज़्यादा हैं; इतना लंबा इंतज़ार हमेशा के इंतज़ार के बराबर है, इसलिए ज़्यादा से ज़्यादा {limit} लिखें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} messages for one interaction is too many; at most {limit}</source>
        <translation>एक बातचीत के लिए {value} मैसेज बहुत ज़्यादा हैं; ज़्यादा से ज़्यादा {limit}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a {kind} function needs staff_affected and productivity_loss</source>
        <translation>{kind} प्रकार के कार्य के लिए staff_affected और productivity_loss चाहिए</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+28"/>
        <source>{value} people is more than any employer has; write at most {limit}</source>
        <translation>{value} लोग किसी भी नियोक्ता के कर्मचारियों से ज़्यादा हैं; ज़्यादा से ज़्यादा {limit} लिखें</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>needs %n value(s), got {count}</source>
        <translation>
            <numerusform>%n मान चाहिए, मिले {count}</numerusform>
            <numerusform>%n मान चाहिए, मिले {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must not be negative</source>
        <translation>वज़न शून्य से कम नहीं हो सकते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights are relative; write them smaller, each at most {limit}</source>
        <translation>वज़न सापेक्ष हैं; इन्हें छोटा लिखें, हर एक ज़्यादा से ज़्यादा {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one weight must be above 0</source>
        <translation>कम से कम एक वज़न 0 से ज़्यादा होना चाहिए</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+60"/>
        <source>this scenario&apos;s shortest length ({low} h) must be below its longest ({high} h)</source>
        <translation>इस परिदृश्य की सबसे छोटी अवधि ({low} घंटे) इसकी सबसे लंबी अवधि ({high} घंटे) से कम होनी चाहिए</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/whole.py" line="+41"/>
        <source>function id {id} is used twice</source>
        <translation>कार्य id {id} दो बार इस्तेमाल हुई है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario id {id} is used twice</source>
        <translation>परिदृश्य id {id} दो बार इस्तेमाल हुई है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no function has id {id}</source>
        <translation>किसी कार्य की id {id} नहीं है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is listed twice for {function}</source>
        <translation>{function} के लिए {channel} दो बार दर्ज है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role id {id} is used twice</source>
        <translation>भूमिका id {id} दो बार इस्तेमाल हुई है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no role has id {id}</source>
        <translation>किसी भूमिका की id {id} नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role cannot call itself</source>
        <translation>कोई भूमिका ख़ुद को कॉल नहीं कर सकती</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task id {id} is used twice</source>
        <translation>काम id {id} दो बार इस्तेमाल हुई है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no scenario has id {id}</source>
        <translation>किसी परिदृश्य की id {id} नहीं है</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_page.py" line="+123"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the owner of the plan.</source>
        <translation>योजना प्रभारी का नाम लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say when an outage is declared (activation criteria).</source>
        <translation>बताएँ कि आउटेज कब घोषित किया जाए (सक्रियण की शर्तें)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one role with a holder and an alternate.</source>
        <translation>कम से कम एक भूमिका जोड़ें, ज़िम्मेदार व्यक्ति और बैकअप व्यक्ति के साथ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &apos;%1&apos; has no alternate.</source>
        <translation>भूमिका &apos;%1&apos; का कोई बैकअप व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message for customers.</source>
        <translation>ग्राहकों के लिए एक मैसेज लिखें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document control and activation</source>
        <translation>दस्तावेज़ नियंत्रण और सक्रियण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and contact tree</source>
        <translation>भूमिकाएँ और संपर्क शृंखला</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Document control</source>
        <translation>दस्तावेज़ नियंत्रण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner:</source>
        <translation>योजना प्रभारी:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>मंज़ूरी देने वाले:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version:</source>
        <translation>योजना संस्करण:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>सारांश:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner</source>
        <translation>योजना प्रभारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps this plan up to date</source>
        <translation>यह योजना कौन अपडेट रखता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>मंज़ूरी देने वाले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs the plan off</source>
        <translation>योजना को कौन मंज़ूरी देता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version</source>
        <translation>योजना संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan covers, in a sentence or two</source>
        <translation>यह योजना किन बातों को कवर करती है, एक-दो वाक्यों में</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Activation criteria</source>
        <translation>सक्रियण की शर्तें</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Declare an outage when any of these is true. Double-click a line to edit it; clear a line to remove it.</source>
        <translation>इनमें से कोई भी बात सच हो तो आउटेज घोषित करें। बदलने के लिए पंक्ति पर डबल-क्लिक करें; हटाने के लिए पंक्ति खाली करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>शर्त जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>शर्त हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles and alternates</source>
        <translation>भूमिकाएँ और बैकअप व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>भूमिकाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>भूमिका जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>भूमिका हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact tree: who calls whom</source>
        <translation>संपर्क शृंखला: कौन किसे कॉल करेगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>ज़िम्मेदार व्यक्ति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>संपर्क शृंखला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>किसे कॉल करे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles the selected role calls</source>
        <translation>चुनी गई भूमिका जिन भूमिकाओं को कॉल करती है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready-to-send messages</source>
        <translation>भेजने को तैयार मैसेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>नया मैसेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove message</source>
        <translation>मैसेज हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>चुना गया मैसेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>प्राप्तकर्ता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>चैनल:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>टेक्स्ट:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;suggested text</source>
        <translation>सुझाया गया टेक्स्ट इस्तेमाल करें (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text with the suggested message for this audience and channel, in the message&apos;s language (Undo brings your text back).</source>
        <translation>टेक्स्ट की जगह इन प्राप्तकर्ताओं और इस चैनल के लिए सुझाया गया मैसेज रखें, मैसेज की भाषा में (पूर्ववत करें से आपका टेक्स्ट वापस आ जाता है)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>मैसेज का टेक्स्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send, with the number or link to use instead of WhatsApp</source>
        <translation>क्या भेजना है, WhatsApp की जगह इस्तेमाल होने वाले नंबर या लिंक के साथ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS length</source>
        <translation>SMS की लंबाई</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_roles.py" line="+157"/>
        <source>Select a role to choose whom it calls.</source>
        <translation>कोई भूमिका चुनें, फिर तय करें कि वह किसे कॉल करेगी।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add another role to choose whom &apos;%1&apos; calls.</source>
        <translation>एक और भूमिका जोड़ें, ताकि तय कर सकें कि &apos;%1&apos; किसे कॉल करेगी।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an outage is declared, &apos;%1&apos; calls:</source>
        <translation>आउटेज घोषित होने पर &apos;%1&apos; इन्हें कॉल करती है:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+173"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n अक्षर</numerusform>
            <numerusform>%n अक्षर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n SMS हिस्सा</numerusform>
            <numerusform>%n SMS हिस्से</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>इस हिस्से में %n अक्षर बाकी</numerusform>
            <numerusform>इस हिस्से में %n अक्षर बाकी</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part is charged.</source>
        <translation>एक SMS में GSM-7 (लैटिन अक्षर) में %1 अक्षर या UCS-2 (अरबी, हिंदी, इमोजी) में %2 अक्षर आते हैं। लंबे मैसेज %3 या %4 अक्षरों के हिस्सों में बँट जाते हैं और हर हिस्से का शुल्क लगता है।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no suggested text in %1 yet: the suggestion is in English. Translate it before you send it.</source>
        <translation>%1 में अभी कोई सुझाया गया टेक्स्ट नहीं है: सुझाव अंग्रेज़ी में है। भेजने से पहले इसका अनुवाद करें।</translation>
    </message>
</context>
<context>
    <name>PlanRender</name>
    <message>
        <location filename="../../continuity_app/report/fonts.py" line="+44"/>
        <source>font file {name} is missing from {folder}</source>
        <translation>{folder} में फ़ॉन्ट फ़ाइल {name} नहीं है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>font file {path} cannot be read: {reason}</source>
        <translation>फ़ॉन्ट फ़ाइल {path} पढ़ी नहीं जा सकी: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>font file {path} is not a TrueType or OpenType font</source>
        <translation>फ़ॉन्ट फ़ाइल {path} TrueType या OpenType फ़ॉन्ट नहीं है</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Qt could not load the font file {path}</source>
        <translation>Qt फ़ॉन्ट फ़ाइल {path} लोड नहीं कर सका</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>matplotlib could not load {path}: {error}</source>
        <translation>matplotlib {path} लोड नहीं कर सका: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-332"/>
        <source>The plan is printed with the system&apos;s fonts instead: it may look different on other machines, and some scripts may show as boxes.</source>
        <translation>इसलिए योजना सिस्टम के फ़ॉन्ट से प्रिंट की जा रही है: दूसरे कंप्यूटरों पर यह अलग दिख सकती है, और कुछ लिपियों के अक्षर खाली डिब्बों जैसे दिख सकते हैं।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>चार्ट नहीं बनाए जा सके: {error}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot start painting on the output device</source>
        <translation>आउटपुट डिवाइस पर ड्रॉइंग शुरू नहीं की जा सकी</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-36"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+109"/>
        <source>the folder {folder} does not exist</source>
        <translation>फ़ोल्डर {folder} मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+16"/>
        <source>nothing was written to {path}</source>
        <translation>{path} में कुछ भी सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../continuity_app/gui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>इंटरफ़ेस वाली ही</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language writes them</source>
        <translation>जैसे भाषा में लिखे जाते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western digits (0123)</source>
        <translation>पश्चिमी अंक (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>अरबी-भारतीय अंक (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes, hours or days as fits</source>
        <translation>ज़रूरत के हिसाब से मिनट, घंटे या दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hours</source>
        <translation>हमेशा घंटे</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>प्रिंट की गई योजना की भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of new plans</source>
        <translation>नई योजनाओं की मुद्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit for durations</source>
        <translation>अवधि की इकाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>इंटरफ़ेस की भाषा (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printed plan language:</source>
        <translation>प्रिंट योजना की भाषा (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>अंक (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urations:</source>
        <translation>अवधि (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency of new plans:</source>
        <translation>नई योजनाओं की मुद्रा (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when you next start.</source>
        <translation>नई इंटरफ़ेस भाषा अगली बार ऐप शुरू करने पर लागू होगी।</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../continuity_app/gui/print_actions.py" line="+47"/>
        <source>Print Previe&amp;w…</source>
        <translation>प्रिंट प्रीव्यू (&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>PDF एक्सपोर्ट करें (&amp;D)…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot print the plan</source>
        <translation>योजना प्रिंट नहीं हो सकी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed: %1</source>
        <translation>योजना प्रिंट नहीं हो सकी: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — continuity plan</source>
        <translation>प्रिंट प्रीव्यू — निरंतरता योजना</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the continuity plan</source>
        <translation>निरंतरता योजना प्रिंट करें</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the plan as PDF</source>
        <translation>योजना को PDF के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported the plan to {path} (%n page(s))</source>
        <translation>
            <numerusform>योजना {path} में एक्सपोर्ट की गई (%n पेज)</numerusform>
            <numerusform>योजना {path} में एक्सपोर्ट की गई (%n पेज)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-71"/>
        <source>Continuity plan · version {version}</source>
        <translation>निरंतरता योजना · संस्करण {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} of {pages}</source>
        <translation>पेज {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/page.py" line="+146"/>
        <source>Channels</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>सप्लायर</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+47"/>
        <source>Business continuity plan</source>
        <translation>व्यवसाय निरंतरता योजना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity of customer contact, orders and payments when WhatsApp fails</source>
        <translation>WhatsApp बंद होने पर ग्राहक संपर्क, ऑर्डर और भुगतान जारी रखना</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+33"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+8"/>
        <source>Plan version</source>
        <translation>योजना संस्करण</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-45"/>
        <source>Action plan</source>
        <translation>एक्शन प्लान</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preparation task is in this plan yet. On the Recommendations page, “Add this step to the action plan” makes a recommended step a task with an owner, a due date and its cost; the steps worth taking are listed in section {section}.</source>
        <translation>इस योजना में अभी तैयारी का कोई काम नहीं है। सुझाव पेज पर “यह कदम एक्शन प्लान में जोड़ें” किसी सुझाए गए कदम को ज़िम्मेदार व्यक्ति, आख़िरी तारीख और लागत वाला काम बना देता है; करने लायक कदम खंड {section} में दिए गए हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of this plan count only the tasks already done. The second column shows where the business will stand once every open task is done.</source>
        <translation>इस योजना के आँकड़ों में सिर्फ़ पूरे हो चुके काम गिने गए हैं। दूसरा कॉलम दिखाता है कि सभी अधूरे काम पूरे होने पर व्यवसाय कहाँ होगा।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every task is done or dropped: the figures of this plan include what the done tasks made ready.</source>
        <translation>हर काम पूरा हो चुका है या छोड़ दिया गया है: इस योजना के आँकड़ों में वह शामिल है जो पूरे हुए कामों ने तैयार किया।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>इसे बनाए रखने वाली गतिविधियाँ: {count} में से {kept}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>इसे बनाए रखने वाली गतिविधियाँ: {count} में से {kept}; नहीं रख पातीं: {names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the open tasks are done</source>
        <translation>अधूरे काम पूरे होने पर</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>तारीख निकल चुकी</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}, {channel}: reaches {share} within {duration} once done.</source>
        <translation>{function}, {channel}: पूरा होने पर {duration} के भीतर {share} तक पहुँचता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}, {channel}: in today&apos;s readiness.</source>
        <translation>{function}, {channel}: आज की तत्परता में शामिल।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{function}, {channel}</source>
        <translation>{function}, {channel}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks by due date</source>
        <translation>आख़िरी तारीख के क्रम में काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>किसी को नहीं सौंपा</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-59"/>
        <location line="+41"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+46"/>
        <source>Owner</source>
        <translation>योजना प्रभारी</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+26"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses: less than their savings one by one added up, because tasks for the same activity overlap.</source>
        <translation>अधूरे कामों की लागत एक बार {one_off} और हर महीने {monthly} है। सब पूरे होने पर ये अनुमानित नुकसान में सालाना {saving} बचाते हैं: यह उनकी अलग-अलग बचतों के जोड़ से कम है, क्योंकि एक ही गतिविधि के काम एक-दूसरे पर चढ़ते हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses.</source>
        <translation>अधूरे कामों की लागत एक बार {one_off} और हर महीने {monthly} है। सब पूरे होने पर ये अनुमानित नुकसान में सालाना {saving} बचाते हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Overdue on the day this plan was issued: %n task(s).</source>
        <translation>
            <numerusform>इस योजना के जारी होने के दिन %n काम की आख़िरी तारीख निकल चुकी थी।</numerusform>
            <numerusform>इस योजना के जारी होने के दिन %n कामों की आख़िरी तारीख निकल चुकी थी।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves/year: the expected yearly loss a task saves on its own, with the other tasks as they are today. A done task is counted in this plan&apos;s figures already; a dropped one counts nowhere.</source>
        <translation>बचत/वर्ष: कोई काम अकेले अनुमानित सालाना नुकसान में कितना बचाता है, जबकि बाकी काम आज जैसे ही रहें। पूरा हुआ काम इस योजना के आँकड़ों में पहले से गिना गया है; छोड़ा गया काम कहीं नहीं गिना जाता।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Approved by</source>
        <translation>मंज़ूरी देने वाले</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-50"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-66"/>
        <source>Document control</source>
        <translation>दस्तावेज़ नियंत्रण</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>व्यवसाय का प्रकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issue</source>
        <translation>जारी करने की तारीख</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not named yet</source>
        <translation>अभी तय नहीं</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{date} (overdue)</source>
        <translation>{date} (तारीख निकल चुकी)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+41"/>
        <source>Approver</source>
        <translation>मंज़ूरी देने वाले</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Distribution</source>
        <translation>वितरण</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed</source>
        <translation>पिछली समीक्षा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review date</source>
        <translation>अगली समीक्षा की तारीख</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+180"/>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+49"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval</source>
        <translation>मंज़ूरी</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+58"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+3"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+29"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+52"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+64"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-4"/>
        <source>Change history</source>
        <translation>बदलावों का इतिहास</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+32"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+20"/>
        <source>Purpose, scope and assumptions</source>
        <translation>उद्देश्य, दायरा और धारणाएँ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+1"/>
        <source>Purpose</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan says what {business} does when WhatsApp, or the Meta services around it, stop working: who decides, whom to call, what to send to customers, staff and suppliers, and how each business function carries on until the service returns.</source>
        <translation>यह योजना बताती है कि WhatsApp या उससे जुड़ी Meta सेवाएँ बंद होने पर {business} क्या करता है: कौन फ़ैसला लेता है, किसे कॉल करना है, ग्राहकों, कर्मचारियों और सप्लायरों को क्या भेजना है, और सेवा लौटने तक व्यवसाय का हर कार्य कैसे चलता रहता है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-29"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+11"/>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+12"/>
        <source>Business function</source>
        <translation>व्यावसायिक कार्य</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-245"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+3"/>
        <source>Share on WhatsApp</source>
        <translation>WhatsApp पर हिस्सा</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterparts by country: {countries}. Currency: {currency}.</source>
        <translation>आप जिनसे संपर्क करते हैं, वे किन देशों में हैं: {countries}। मुद्रा: {currency}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumptions</source>
        <translation>धारणाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost revenue</source>
        <translation>खोई आमदनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost gross margin</source>
        <translation>खोया सकल मार्जिन</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost sales are counted as {basis}.</source>
        <translation>खोई बिक्री को {basis} के रूप में गिना गया है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages can start at any hour: a scenario&apos;s loss is the average over every start hour of the week, and the worst start is shown beside it.</source>
        <translation>आउटेज किसी भी घंटे शुरू हो सकता है: किसी परिदृश्य का नुकसान हफ़्ते के हर शुरुआती घंटे का औसत है, और सबसे बुरा शुरुआती समय उसके साथ दिखाया गया है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figures are estimates from the plan&apos;s inputs and the reference data listed in appendix A, each with its source and confidence.</source>
        <translation>आँकड़े योजना में दर्ज जानकारी और परिशिष्ट A में दिए संदर्भ डेटा से निकाले गए अनुमान हैं, हर एक अपने स्रोत और विश्वसनीयता के साथ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An outage cuts off the channels that run on what it stops: a WhatsApp-only outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and Facebook. The share of a function&apos;s interactions that its listed channels do not carry (in person, by phone, elsewhere) is taken to carry on as usual, but is not counted towards its minimum service.</source>
        <translation>आउटेज उन चैनलों को काट देता है जो उसकी बंद की हुई चीज़ पर चलते हैं: सिर्फ़ WhatsApp का आउटेज अकेले WhatsApp को, Meta आउटेज Instagram, Messenger और Facebook को भी। किसी कार्य की जो बातचीत उसके चैनलों में नहीं आती (आमने-सामने, फ़ोन पर, कहीं और), उसे पहले की तरह चलती हुई माना जाता है, पर उसे कार्य की न्यूनतम सेवा में नहीं गिना जाता।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-31"/>
        <source>Impact summary</source>
        <translation>असर का सारांश</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+31"/>
        <source>Key figure</source>
        <translation>मुख्य आँकड़ा</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Outage scenarios</source>
        <translation>आउटेज परिदृश्य</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>क्या बंद</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+1"/>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+106"/>
        <source>Loss</source>
        <translation>नुकसान</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Worst start</source>
        <translation>सबसे बुरी शुरुआत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>सालाना</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impact over time</source>
        <translation>समय के साथ असर</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exposure by function</source>
        <translation>कार्यवार जोखिम</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>breached for {duration}</source>
        <translation>{duration} तक पूरी नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met after {duration}</source>
        <translation>{duration} बाद पूरी</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-9"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+48"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>On WhatsApp</source>
        <translation>WhatsApp पर</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+63"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One outage</source>
        <translation>एक आउटेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>एक साल</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+2"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="-28"/>
        <source>Dependencies and single points of failure</source>
        <translation>निर्भरताएँ और विफलता के एकल बिंदु</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+8"/>
        <source>The Meta group fails together.</source>
        <translation>Meta समूह एक साथ बंद होता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channels} run on the same Meta infrastructure. When it fails, as on 4 October 2021 for about six hours, all of them stop at once: none of them is a fallback for WhatsApp.</source>
        <translation>{channels} एक ही Meta बुनियादी ढाँचे पर चलते हैं। जब यह बंद होता है, जैसे 4 अक्टूबर 2021 को लगभग छह घंटे, तो ये सब एक साथ रुक जाते हैं: इनमें से कोई भी WhatsApp का वैकल्पिक चैनल नहीं है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which functions rely on which layers</source>
        <translation>कौन-सा कार्य किन परतों पर निर्भर है</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+57"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>किस पर निर्भर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} (today)</source>
        <translation>{channel} (अभी इस्तेमाल में)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{function}: no fallback channel at all; WhatsApp is a single point of failure.</source>
        <translation>{function}: कोई भी वैकल्पिक चैनल नहीं है; WhatsApp विफलता का एकल बिंदु है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}: no fallback channel at all, and every outage of the plan stops the channels it runs on.</source>
        <translation>{function}: कोई भी वैकल्पिक चैनल नहीं, और योजना का हर आउटेज उन चैनलों को बंद कर देता है जिन पर यह चलता है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{function}: no fallback keeps working in: {scenario}.</source>
        <translation>{function}: इसमें कोई भी वैकल्पिक चैनल चालू नहीं रहता: {scenario}।</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Single points of failure</source>
        <translation>विफलता के एकल बिंदु</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every function has a fallback that survives every scenario.</source>
        <translation>हर कार्य के पास ऐसा वैकल्पिक चैनल है जो हर परिदृश्य में चालू रहता है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+23"/>
        <source>{declarer}; if unreachable, the alternate {alternate}</source>
        <translation>{declarer}; संपर्क न हो पाए तो बैकअप व्यक्ति {alternate}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Activation criteria and who may declare</source>
        <translation>सक्रियण की शर्तें और घोषणा कौन कर सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an outage when</source>
        <translation>आउटेज तब घोषित करें जब</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activation criteria are written in the plan yet.</source>
        <translation>योजना में अभी सक्रियण की कोई शर्त नहीं लिखी गई है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may declare</source>
        <translation>घोषणा कौन कर सकता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role is named yet: name an outage lead in the plan.</source>
        <translation>अभी कोई भूमिका तय नहीं है: योजना में आउटेज प्रमुख का नाम लिखें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation</source>
        <translation>मामला ऊपर ले जाना</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="-15"/>
        <source>Roles and contact tree</source>
        <translation>भूमिकाएँ और संपर्क शृंखला</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+16"/>
        <source>Holder</source>
        <translation>ज़िम्मेदार व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Alternate</source>
        <translation>बैकअप व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate&apos;s phone</source>
        <translation>बैकअप व्यक्ति का फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>ज़िम्मेदारियाँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roles are named yet.</source>
        <translation>अभी कोई भूमिका तय नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>संपर्क शृंखला</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an outage is declared, each role calls the roles below it.</source>
        <translation>आउटेज घोषित होने पर हर भूमिका अपने नीचे की भूमिकाओं को कॉल करती है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/communications.py" line="+22"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Communications</source>
        <translation>संचार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-send messages. SMS counts: characters as the network counts them, the encoding, and how many SMS segments each message takes (each segment is billed).</source>
        <translation>भेजने को तैयार मैसेज। SMS गिनती: नेटवर्क के हिसाब से अक्षरों की संख्या, एन्कोडिंग, और हर मैसेज कितने SMS हिस्सों में जाता है (हर हिस्से का शुल्क लगता है)।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message is written for this audience yet. A suggested text follows: adapt it before an outage.</source>
        <translation>इन प्राप्तकर्ताओं के लिए अभी कोई मैसेज नहीं लिखा गया। नीचे एक सुझाया गया टेक्स्ट है: आउटेज से पहले इसे अपने हिसाब से बदल लें।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel: {channel}</source>
        <translation>चैनल: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>भाषा: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS: {characters}, {encoding}, {segments}</source>
        <translation>SMS: {characters}, {encoding}, {segments}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n अक्षर</numerusform>
            <numerusform>%n अक्षर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n SMS हिस्सा</numerusform>
            <numerusform>%n SMS हिस्से</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-27"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>हर %n महीने</numerusform>
            <numerusform>हर %n महीने</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-232"/>
        <source>Interactions per open day</source>
        <translation>प्रति कामकाजी दिन बातचीत</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-192"/>
        <source>The same outage, averaged over the week</source>
        <translation>यही आउटेज, पूरे हफ़्ते का औसत</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+69"/>
        <source>While open</source>
        <translation>खुले समय में</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Average</source>
        <translation>औसत</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+247"/>
        <source>card or bank transfer</source>
        <translation>कार्ड या बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Once prepared, use {channel} as well.</source>
        <translation>तैयार होने के बाद {channel} भी इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the {audience} message on every channel that works.</source>
        <translation>{audience} वाला मैसेज हर चालू चैनल पर भेजें।</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Write every order taken on a fallback channel in the order book: time, name, phone, items, amount, channel.</source>
        <translation>वैकल्पिक चैनल पर लिया गया हर ऑर्डर ऑर्डर बुक में लिखें: समय, नाम, फ़ोन, सामान, रकम, चैनल।</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{share} on WhatsApp</source>
        <translation>{share} WhatsApp पर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channels: {mix}</source>
        <translation>चैनल: {mix}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{step} — on the action plan (section {section}), status: {status}.</source>
        <translation>{step} — एक्शन प्लान में (खंड {section}), स्थिति: {status}।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keep the message for {audience} (section {section}) up to date.</source>
        <translation>{audience} के लिए मैसेज (खंड {section}) अपडेट रखें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channel} will reach {share} within {duration}</source>
        <translation>{channel} {duration} के भीतर {share} तक पहुँचेगा</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When the open tasks are done (section {section}): {channels}.</source>
        <translation>अधूरे काम पूरे होने पर (खंड {section}): {channels}।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to {channel} within {duration} (fails in every scenario of this plan: do not rely on it).</source>
        <translation>{duration} के भीतर {channel} पर जाएँ (यह इस योजना के हर परिदृश्य में बंद हो जाता है: इस पर भरोसा न करें)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to {channel} within {duration} (fails together with WhatsApp in a Meta outage: only when WhatsApp alone is down).</source>
        <translation>{duration} के भीतर {channel} पर जाएँ (यह Meta आउटेज में WhatsApp के साथ बंद हो जाता है: सिर्फ़ तब, जब अकेला WhatsApp बंद हो)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to {channel} within {duration}.</source>
        <translation>{duration} के भीतर {channel} पर जाएँ।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take payment by {payment} and write down each payment reference with the order it belongs to.</source>
        <translation>{payment} से भुगतान लें और हर भुगतान का रेफ़रेंस उसके ऑर्डर के साथ लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer questions by the fallback channels; note who asked what for a follow-up once WhatsApp is back.</source>
        <translation>सवालों के जवाब वैकल्पिक चैनलों से दें; किसने क्या पूछा, यह लिख लें ताकि WhatsApp लौटने पर फ़ॉलो-अप हो सके।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drivers call in at fixed times; give drop-off times by phone and note changes on the delivery sheet.</source>
        <translation>ड्राइवर तय समय पर फ़ोन करें; पहुँचाने का समय फ़ोन पर बताएँ और बदलाव डिलीवरी शीट पर लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the day&apos;s appointments by phone or SMS; note cancellations and new bookings in the diary.</source>
        <translation>दिन के अपॉइंटमेंट फ़ोन या SMS से पक्के करें; रद्द अपॉइंटमेंट और नई बुकिंग डायरी में लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone broadcasts that are not urgent; send urgent notices by the fallback channels only.</source>
        <translation>जो ब्रॉडकास्ट ज़रूरी नहीं, उन्हें टाल दें; ज़रूरी सूचनाएँ सिर्फ़ वैकल्पिक चैनलों से भेजें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff check the fallback group at fixed times; shift changes are confirmed by phone.</source>
        <translation>कर्मचारी तय समय पर वैकल्पिक ग्रुप देखें; शिफ़्ट में बदलाव फ़ोन पर पक्के किए जाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place urgent orders with suppliers by phone and confirm them in writing (SMS or email).</source>
        <translation>सप्लायरों को ज़रूरी ऑर्डर फ़ोन पर दें और लिखित में (SMS या ईमेल) पक्का करें।</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reconcile: enter every order from the order book into the usual records and match each payment reference (section {section}).</source>
        <translation>मिलान: ऑर्डर बुक का हर ऑर्डर सामान्य रिकॉर्ड में दर्ज करें और हर भुगतान रेफ़रेंस मिलाएँ (खंड {section})।</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tell {audience} that WhatsApp works again and where to write from now on.</source>
        <translation>बताएँ कि WhatsApp फिर से चल रहा है और अब से कहाँ लिखना है ({audience})।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work through the backlog: answer everyone who wrote during the outage, oldest first.</source>
        <translation>बकाया काम निपटाएँ: आउटेज के दौरान लिखने वाले हर व्यक्ति को जवाब दें, सबसे पुराने से शुरू करके।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note what worked and what did not in the decision log.</source>
        <translation>फ़ैसलों के लॉग में लिखें कि क्या काम आया और क्या नहीं।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="-269"/>
        <source>Fallback procedures per function</source>
        <translation>कार्यवार वैकल्पिक प्रक्रियाएँ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+27"/>
        <source>Before an outage</source>
        <translation>आउटेज से पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During an outage</source>
        <translation>आउटेज के दौरान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the outage</source>
        <translation>आउटेज के बाद</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+27"/>
        <source>Resources</source>
        <translation>संसाधन</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-7"/>
        <source>On the action plan (section {section}).</source>
        <translation>एक्शन प्लान में (खंड {section})।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fallback channels: {channels}</source>
        <translation>वैकल्पिक चैनल: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printed copy of this plan and the outage card (appendix D) at the counter and at home with the outage lead.</source>
        <translation>इस योजना और आउटेज कार्ड (परिशिष्ट D) की छपी कॉपी काउंटर पर, और एक आउटेज प्रमुख के घर पर।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact lists of customers, staff and suppliers with their consent, kept outside WhatsApp (phone book, spreadsheet, printed list).</source>
        <translation>ग्राहकों, कर्मचारियों और सप्लायरों की संपर्क सूचियाँ, उनकी सहमति के साथ, WhatsApp के बाहर रखी हुई (फ़ोन बुक, स्प्रेडशीट, छपी सूची)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paper order book and a payment log for orders taken on fallback channels.</source>
        <translation>वैकल्पिक चैनलों पर लिए गए ऑर्डर के लिए काग़ज़ की ऑर्डर बुक और भुगतान रजिस्टर।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A charged second phone with credit on a different network, if possible.</source>
        <translation>चार्ज किया हुआ दूसरा फ़ोन, बैलेंस के साथ, हो सके तो दूसरे नेटवर्क पर।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended preparation</source>
        <translation>सुझाई गई तैयारी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>कदम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="-43"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Saves/year</source>
        <translation>बचत/वर्ष</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Cost/year</source>
        <translation>लागत/वर्ष</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preparation step saves more than it costs.</source>
        <translation>तैयारी का कोई भी कदम अपनी लागत से ज़्यादा नहीं बचाता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also worth considering</source>
        <translation>इन पर भी विचार करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payback (months)</source>
        <translation>लागत वसूली (महीने)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worth it now</source>
        <translation>अभी करने लायक नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not now</source>
        <translation>अभी क्यों नहीं</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="-45"/>
        <source>Return to normal and reconciliation</source>
        <translation>सामान्य स्थिति में वापसी और मिलान</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+2"/>
        <source>Standing down</source>
        <translation>आउटेज ख़त्म करना</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp delivers messages again (two ticks) on two phones on different networks for 30 minutes.</source>
        <translation>अलग-अलग नेटवर्क वाले दो फ़ोन पर WhatsApp 30 मिनट तक फिर से मैसेज पहुँचाता है (दो टिक)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {role} declares the outage over.</source>
        <translation>आउटेज ख़त्म होने की घोषणा {role} करेंगे।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outage lead declares the outage over.</source>
        <translation>आउटेज ख़त्म होने की घोषणा आउटेज प्रमुख करेंगे।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell customers, staff and suppliers, on the fallback channels too, that WhatsApp works again.</source>
        <translation>ग्राहकों, कर्मचारियों और सप्लायरों को, वैकल्पिक चैनलों पर भी, बताएँ कि WhatsApp फिर से चल रहा है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciling orders and payments</source>
        <translation>ऑर्डर और भुगतान का मिलान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every order and payment taken on a fallback channel is entered in the usual records within one working day. Match each payment reference to its order; call the customer when one is missing. Fill in one line per channel:</source>
        <translation>वैकल्पिक चैनल पर लिया गया हर ऑर्डर और भुगतान एक कार्य-दिवस के भीतर सामान्य रिकॉर्ड में दर्ज होता है। हर भुगतान रेफ़रेंस को उसके ऑर्डर से मिलाएँ; कोई छूटा हो तो ग्राहक को कॉल करें। हर चैनल के लिए एक पंक्ति भरें:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders taken</source>
        <translation>लिए गए ऑर्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received</source>
        <translation>मिले भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in records</source>
        <translation>रिकॉर्ड में दर्ज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>जाँचने वाले</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+14"/>
        <source>Exercise and review schedule</source>
        <translation>अभ्यास और समीक्षा का कार्यक्रम</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-34"/>
        <source>Call the contact tree: everyone answers or calls back</source>
        <translation>संपर्क शृंखला पर कॉल करें: हर कोई जवाब दे या वापस कॉल करे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message on every fallback channel</source>
        <translation>हर वैकल्पिक चैनल पर टेस्ट मैसेज भेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table-top exercise: walk through a Meta-wide outage with this plan</source>
        <translation>टेबल-टॉप अभ्यास: इस योजना के साथ पूरे Meta के आउटेज को कदम-दर-कदम दोहराएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the plan: figures, contacts, messages and fallbacks</source>
        <translation>योजना की समीक्षा करें: आँकड़े, संपर्क, मैसेज और वैकल्पिक चैनल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review after every real outage</source>
        <translation>हर असली आउटेज के बाद समीक्षा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within a week</source>
        <translation>एक हफ़्ते के भीतर</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-2"/>
        <source>How often</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real outage, run in outage mode</source>
        <translation>असली आउटेज, आउटेज मोड में चलाया गया</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) of the plan not done; length {length}</source>
        <translation>
            <numerusform>योजना का %n कदम पूरा नहीं हुआ; अवधि {length}</numerusform>
            <numerusform>योजना के %n कदम पूरे नहीं हुए; अवधि {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-37"/>
        <source>Computed by Continuity Planner from this plan file: the same figures as the Results page. {trials} simulated years (simulation number {seed}).</source>
        <translation>Continuity Planner ने इस योजना फ़ाइल से निकाला: वही आँकड़े जो नतीजे पेज पर हैं। {trials} सिमुलेट किए गए साल (सिमुलेशन नंबर {seed})।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="-33"/>
        <source>The business can bear a loss of at most {amount} from one outage; the longest outage you can bear is read from it.</source>
        <translation>व्यवसाय एक आउटेज से ज़्यादा से ज़्यादा {amount} का नुकसान सह सकता है; सबसे लंबा सहनीय आउटेज इसी से निकाला जाता है।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest outage you can bear is worked out for this outage: {scenario}.</source>
        <translation>सबसे लंबा सहनीय आउटेज इस आउटेज के लिए निकाला गया है: {scenario}।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-70"/>
        <source>Loss if this outage strikes while you are open</source>
        <translation>अगर यह आउटेज व्यवसाय खुले रहते हुए हो, तो नुकसान</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>After {duration}, an outage that strikes while the business is open costs more than the {amount} you can bear: the plan must be working well before then.</source>
        <translation>{duration} के बाद, व्यवसाय खुले रहते हुए होने वाला आउटेज उस {amount} से ज़्यादा का पड़ता है जो आप सह सकते हैं: योजना उससे काफ़ी पहले ठीक से चालू हो जानी चाहिए।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Even an outage of a whole week costs less than the {amount} you can bear, in this outage: {scenario}.</source>
        <translation>इस आउटेज में, पूरे एक हफ़्ते का आउटेज भी उस {amount} से कम का पड़ता है जो आप सह सकते हैं: {scenario}।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>While open: an outage of typical length that strikes while the business is open, the figure to plan for. Average: over every start hour of the week and every length the history gives. How often: from the outage history and the counts for the business&apos;s countries. Yearly: the average times how often it happens.</source>
        <translation>खुले रहते हुए: सामान्य अवधि का आउटेज जो व्यवसाय खुले रहते हुए हो, यही आँकड़ा योजना के लिए है। औसत: हफ़्ते के हर शुरुआती घंटे और इतिहास में मिली हर अवधि पर। कितनी बार: आउटेज इतिहास और व्यवसाय के देशों की संख्याओं से। सालाना: औसत गुणा यह कितनी बार होता है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loss per outage by how long it lasts, per scenario, with the largest loss you can bear and the longest outage you can bear.</source>
        <translation>हर परिदृश्य के लिए, आउटेज कितना लंबा चले इसके हिसाब से प्रति आउटेज नुकसान, साथ में सबसे बड़ा सहनीय नुकसान और सबसे लंबा सहनीय आउटेज।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{share} within {duration}: {state}</source>
        <translation>{duration} के भीतर {share}: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outage it can bear alone</source>
        <translation>अकेले कितना आउटेज सह सकता है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While open: in the outage the plan is measured on, striking while the business is open. Outage it can bear alone: how long an outage can last before this function&apos;s loss by itself passes the largest loss you can bear. Minimum service: the share of the function&apos;s interactions that must still be served, within the time set in the plan.</source>
        <translation>खुले रहते हुए: जिस आउटेज पर योजना मापी जाती है, व्यवसाय खुले रहते हुए। अकेले कितना आउटेज सह सकता है: आउटेज कितनी देर चल सकता है इससे पहले कि सिर्फ़ इस कार्य का नुकसान सबसे बड़े सहनीय नुकसान से आगे निकल जाए। न्यूनतम सेवा: कार्य की बातचीत का वह हिस्सा जिसे योजना में तय समय के भीतर फिर भी निपटाना ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss by function and category in this outage: {scenario}.</source>
        <translation>इस आउटेज में कार्य और श्रेणी के हिसाब से नुकसान: {scenario}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss by category in this outage</source>
        <translation>इस आउटेज में श्रेणी के हिसाब से नुकसान</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How much the loss varies from year to year</source>
        <translation>नुकसान साल-दर-साल कितना बदलता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{trials} simulated years: the number of outages, their lengths, their start times and every uncertain input are drawn at random from their ranges.</source>
        <translation>{trials} सिमुलेट किए गए साल: आउटेज की संख्या, उनकी अवधि, उनके शुरू होने का समय और हर अनिश्चित इनपुट उनकी सीमाओं में से रैंडम चुने जाते हैं।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chance that a year loses more than each amount, with a typical, a bad and a very bad year marked.</source>
        <translation>किसी साल में हर रकम से ज़्यादा नुकसान होने की संभावना, आम, बुरा और बहुत बुरा साल चिह्नित।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+3"/>
        <source>Within {duration}, {function} must serve at least {share} of its interactions; if it does not, add the next fallback channel.</source>
        <translation>{duration} के भीतर {function} को अपनी कम से कम {share} बातचीत निपटानी होगी; अगर नहीं, तो अगला वैकल्पिक चैनल जोड़ें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At {duration}, the longest outage you can bear, the loss passes {amount}: the owner decides on further measures.</source>
        <translation>{duration} पर, यानी सबसे लंबे सहनीय आउटेज पर, नुकसान {amount} से आगे निकल जाता है: आगे के उपाय मालिक तय करता है।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+23"/>
        <source>{step} — recommended: saves {saving} a year for {cost}.</source>
        <translation>{step} — सुझाया गया: {cost} में सालाना {saving} बचाता है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {channel} ready: today it reaches {share} of this function&apos;s WhatsApp contacts, within {duration}. Check the contact list and consent.</source>
        <translation>{channel} तैयार रखें: आज यह {duration} के भीतर इस कार्य के WhatsApp संपर्कों में से {share} तक पहुँचता है। संपर्क सूची और सहमति जाँच लें।</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Confirm the outage against the activation criteria (section {section}); the {role} declares it.</source>
        <translation>सक्रियण की शर्तों (खंड {section}) से आउटेज की पुष्टि करें; {role} इसे घोषित करेंगे।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm the outage against the activation criteria (section {section}).</source>
        <translation>सक्रियण की शर्तों (खंड {section}) से आउटेज की पुष्टि करें।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By {duration}, at least {share} of interactions must be served again (the minimum service); if not, escalate.</source>
        <translation>{duration} तक कम से कम {share} बातचीत फिर से निपटनी चाहिए (न्यूनतम सेवा); अगर नहीं, तो मामला ऊपर ले जाएँ।</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>loss in {scenario}, while open: {amount}</source>
        <translation>{scenario} में नुकसान, खुले रहते हुए: {amount}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-36"/>
        <source>Expected loss per year today: {before}; after these steps: {after} (a bad year, 1 in 10: {bad_year}), for {cost} a year.</source>
        <translation>आज का अनुमानित सालाना नुकसान: {before}; इन कदमों के बाद: {after} (बुरे साल में, 10 में 1: {bad_year}), सालाना {cost} में।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-26"/>
        <source>Next</source>
        <translation>अगली बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>अभ्यास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-78"/>
        <source>Appendix A. Assumptions and data sources</source>
        <translation>परिशिष्ट A. धारणाएँ और डेटा स्रोत</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-45"/>
        <source>Channel: {name}</source>
        <translation>चैनल: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer: {name}</source>
        <translation>परत: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: {name}</source>
        <translation>देश: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: {name}</source>
        <translation>मुद्रा: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario: {name}</source>
        <translation>परिदृश्य: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: {name}</source>
        <translation>डिफ़ॉल्ट: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan inputs</source>
        <translation>योजना में दर्ज जानकारी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered for this plan. A range (low–high) marks an uncertain input; the likely value is used for the figures, the range for the simulated years.</source>
        <translation>इस योजना के लिए दर्ज किया गया। सीमा (कम–ज़्यादा) अनिश्चित इनपुट दिखाती है; आँकड़ों के लिए संभावित मान लिया जाता है, और सिमुलेट किए गए सालों के लिए सीमा।</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{price} USD per message</source>
        <translation>{price} USD प्रति मैसेज</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-26"/>
        <source>The outages the scenarios&apos; frequencies and lengths are derived from, as news reports and the providers&apos; status pages describe them.</source>
        <translation>वे आउटेज जिनसे परिदृश्यों की आवृत्ति और अवधि निकाली गई है, जैसा समाचार रिपोर्टें और प्रोवाइडरों के स्टेटस पेज उनका वर्णन करते हैं।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+91"/>
        <source>A day</source>
        <translation>प्रति दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+25"/>
        <source>Value each</source>
        <translation>प्रति बातचीत मूल्य</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patience</source>
        <translation>धैर्य</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Won back</source>
        <translation>वापस आए</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost for good</source>
        <translation>हमेशा के लिए खोए</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+9"/>
        <source>Reference data used</source>
        <translation>इस्तेमाल किया गया संदर्भ डेटा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the built-in reference data that this plan&apos;s figures rest on. Confidence: H high, M medium, L low, default a stated modelling choice.</source>
        <translation>बिल्ट-इन संदर्भ डेटा की वे पंक्तियाँ जिन पर इस योजना के आँकड़े टिके हैं। विश्वसनीयता: H उच्च, M मध्यम, L निम्न, default घोषित मॉडलिंग विकल्प।</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Usage: {channel} in {country}</source>
        <translation>इस्तेमाल: {country} में {channel}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(stated modelling default)</source>
        <translation>(घोषित मॉडलिंग डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+29"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Conf.</source>
        <translation>विश्व.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-153"/>
        <source>No price per message is known for {channels}: messages on them are counted as free. Enter a price in the fallback to include it.</source>
        <translation>{channels} के लिए प्रति मैसेज कोई कीमत पता नहीं: इन पर मैसेज मुफ़्त गिने जाते हैं। इसे शामिल करने के लिए वैकल्पिक चैनल में कीमत दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-32"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix B. Outage history</source>
        <translation>परिशिष्ट B. आउटेज इतिहास</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Services</source>
        <translation>सेवाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix C. Decision log</source>
        <translation>परिशिष्ट C. फ़ैसलों का लॉग</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage started (date, time): ______________   Declared by: ______________</source>
        <translation>आउटेज शुरू हुआ (तारीख, समय): ______________   घोषणा की: ______________</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision or action</source>
        <translation>फ़ैसला या कार्रवाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="-44"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix D. Outage card</source>
        <translation>परिशिष्ट D. आउटेज कार्ड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp down? Keep this card by the phone.</source>
        <translation>WhatsApp बंद? यह कार्ड फ़ोन के पास रखें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who declares</source>
        <translation>घोषणा कौन करेगा</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{declarer} — or {alternate}</source>
        <translation>{declarer} — या {alternate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (alternate)</source>
        <translation>{role} (बैकअप व्यक्ति)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No phone number is in the plan yet: add them to the roles.</source>
        <translation>योजना में अभी कोई फ़ोन नंबर नहीं है: उन्हें भूमिकाओं में जोड़ें।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check: {criterion}</source>
        <translation>जाँचें: {criterion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare the outage and start the contact tree: call {roles}.</source>
        <translation>आउटेज घोषित करें और संपर्क शृंखला शुरू करें: {roles} को कॉल करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare the outage and start the contact tree.</source>
        <translation>आउटेज घोषित करें और संपर्क शृंखला शुरू करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{function}: {channel} (only if WhatsApp alone is down)</source>
        <translation>{function}: {channel} (सिर्फ़ तब, जब अकेला WhatsApp बंद हो)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to the fallbacks: {switches}.</source>
        <translation>वैकल्पिक चैनलों पर जाएँ: {switches}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the channels prepared before the outage (section {section}).</source>
        <translation>आउटेज से पहले तैयार किए गए चैनलों पर जाएँ (खंड {section})।</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name an outage lead in the plan.</source>
        <translation>योजना में आउटेज प्रमुख का नाम लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>कॉल करने के नंबर</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First 5 steps</source>
        <translation>पहले 5 कदम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customers</source>
        <translation>ग्राहकों के लिए मैसेज</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer message is written yet.</source>
        <translation>ग्राहकों के लिए अभी कोई मैसेज नहीं लिखा गया।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+11"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix E. Glossary</source>
        <translation>परिशिष्ट E. शब्दावली</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan uses everyday words; the technical term beside each is the one continuity standards and risk analysts use.</source>
        <translation>यह योजना रोज़मर्रा के शब्दों का इस्तेमाल करती है; हर एक के साथ दिया गया तकनीकी शब्द वह है जो निरंतरता मानक और जोखिम विश्लेषक इस्तेमाल करते हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this plan</source>
        <translation>इस योजना में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical term</source>
        <translation>तकनीकी शब्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>मतलब</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+20"/>
        <source>Check that WhatsApp fails on two phones on different networks.</source>
        <translation>जाँचें कि अलग-अलग नेटवर्क वाले दो फ़ोन पर WhatsApp बंद है।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send the customer message below on every channel that works.</source>
        <translation>नीचे दिया ग्राहक मैसेज हर चालू चैनल पर भेजें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down every order and payment taken on a fallback channel, with the time.</source>
        <translation>वैकल्पिक चैनल पर लिया गया हर ऑर्डर और भुगतान, समय के साथ, लिखें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/document.py" line="+98"/>
        <source>{business} — continuity plan, version {version}</source>
        <translation>{business} — निरंतरता योजना, संस्करण {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business continuity plan: {business}</source>
        <translation>व्यवसाय निरंतरता योजना: {business}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/core/progress.py" line="+39"/>
        <source>Evaluating the outage scenarios…</source>
        <translation>आउटेज परिदृश्यों का आकलन हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating years of outages…</source>
        <translation>आउटेज के सालों का सिमुलेशन हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing today with the plan once its tasks are done…</source>
        <translation>आज की स्थिति की तुलना काम पूरे होने के बाद की योजना से हो रही है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuing preparation steps…</source>
        <translation>तैयारी के कदमों का मूल्य आँका जा रहा है…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../continuity_app/gui/qt_strings.py" line="+26"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ख़ारिज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="+31"/>
        <source>your staff can be asked to use it (about {share})</source>
        <translation>आप अपने कर्मचारियों से इसे इस्तेमाल करने को कह सकते हैं (लगभग {share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your suppliers can be asked to use it (about {share})</source>
        <translation>आप अपने सप्लायरों से इसे इस्तेमाल करने को कह सकते हैं (लगभग {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you said about {share} of your customers use it</source>
        <translation>आपके बताए अनुसार आपके लगभग {share} ग्राहक इसे इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about {share} of people in {country} use it</source>
        <translation>{country} में लगभग {share} लोग इसे इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} of people in your countries use it</source>
        <translation>आपके देशों में लगभग {share} लोग इसे इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about {share} in {country} use an iPhone</source>
        <translation>{country} में लगभग {share} लोग iPhone इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} use an iPhone</source>
        <translation>लगभग {share} लोग iPhone इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>about {share} of people in {country} have a mobile phone</source>
        <translation>{country} में लगभग {share} लोगों के पास मोबाइल फ़ोन है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {share} of people in your countries have a mobile phone</source>
        <translation>आपके देशों में लगभग {share} लोगों के पास मोबाइल फ़ोन है</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blocked in {country} since {date}</source>
        <translation>{country} में {date} से इस पर रोक है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its calls blocked in {country} since {date}</source>
        <translation>{country} में {date} से इसकी कॉल पर रोक है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowed down in {country} since {date}</source>
        <translation>{country} में {date} से इसे धीमा कर दिया गया है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no phone-ownership figure for {countries}: the figure for their region is used</source>
        <translation>{countries} के लिए फ़ोन रखने का कोई आँकड़ा नहीं: उनके क्षेत्र का आँकड़ा लिया गया है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data for {countries}: not counted there; if you know how many of your customers use it, enter it with &apos;What you know about this channel&apos;</source>
        <translation>{countries} के लिए कोई डेटा नहीं: वहाँ इसे गिना नहीं गया; अगर आप जानते हैं कि आपके कितने ग्राहक इसे इस्तेमाल करते हैं, तो &apos;इस चैनल के बारे में आपकी जानकारी&apos; में दर्ज करें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>runs on Meta&apos;s infrastructure and fails with WhatsApp in a Meta outage</source>
        <translation>Meta के बुनियादी ढाँचे पर चलता है और Meta आउटेज में WhatsApp के साथ बंद हो जाता है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>survives every outage scenario in your plan</source>
        <translation>आपकी योजना के हर आउटेज परिदृश्य में चालू रहता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>survives {share} of your expected outage loss (fails in: {scenarios})</source>
        <translation>आपके अनुमानित आउटेज नुकसान के {share} हिस्से में चालू रहता है (इनमें बंद होता है: {scenarios})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>can send one message to everyone at once</source>
        <translation>एक ही मैसेज एक साथ सबको भेज सकता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can take payments in the app</source>
        <translation>ऐप में ही भुगतान ले सकता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end-to-end encrypted by default</source>
        <translation>डिफ़ॉल्ट रूप से एंड-टू-एंड एन्क्रिप्टेड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not end-to-end encrypted by default</source>
        <translation>डिफ़ॉल्ट रूप से एंड-टू-एंड एन्क्रिप्टेड नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to send</source>
        <translation>भेजना मुफ़्त</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} {country} में आपके लगभग {share} {who} तक पहुँचता है और आपके अनुमानित आउटेज नुकसान के {kept} हिस्से में चालू रहता है (यह इनमें बंद होता है: {scenarios})।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} {country} में आपके लगभग {share} {who} तक पहुँचता है और आपकी योजना के हर आउटेज परिदृश्य में चालू रहता है.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} आपके लगभग {share} {who} तक पहुँचता है और आपके अनुमानित आउटेज नुकसान के {kept} हिस्से में चालू रहता है (यह इनमें बंद होता है: {scenarios}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} reaches about {share} of your {who} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} आपके लगभग {share} {who} तक पहुँचता है और आपकी योजना के हर आउटेज परिदृश्य में चालू रहता है.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, paying back in {months} months.</source>
        <translation>{step} ({function} के लिए): तत्परता {before} → {after}; इससे आपका अनुमानित सालाना नुकसान {saving} घटता है, सालाना {cost} की लागत पर, और {months} महीनों में लागत वसूल हो जाती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, more than it saves.</source>
        <translation>{step} ({function} के लिए): तत्परता {before} → {after}; इससे आपका अनुमानित सालाना नुकसान {saving} घटता है, सालाना {cost} की लागत पर, जो बचत से ज़्यादा है।</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{share} of the interactions of {function} run on {channels}, on Meta&apos;s infrastructure as WhatsApp is: in {scenarios} that part stops together with WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no fallback for WhatsApp; prepare one that runs on other infrastructure.</source>
        <translation>{function} का {share} हिस्सा {channels} पर चलता है, जो WhatsApp की तरह Meta के बुनियादी ढाँचे पर हैं: {scenarios} में यह WhatsApp के साथ ही बंद हो जाता है, और {function} का {cut_off} हिस्सा एक साथ कट जाता है। ये ऐप WhatsApp के वैकल्पिक चैनल नहीं हैं; ऐसा वैकल्पिक चैनल तैयार करें जो किसी दूसरे बुनियादी ढाँचे पर चलता हो।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/audiences.py" line="+34"/>
        <source>staff</source>
        <translation>कर्मचारियों</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers</source>
        <translation>सप्लायरों</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patients and clients</source>
        <translation>मरीज़ों और ग्राहकों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>ग्राहकों</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="-105"/>
        <source>staff and drivers who are asked to join</source>
        <translation>जुड़ने के लिए कहे गए कर्मचारियों और ड्राइवरों</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Its monthly fee is not known; add it to the plan when you have a quote.</source>
        <translation>इसका मासिक शुल्क मालूम नहीं है; कोटेशन मिलने पर इसे योजना में जोड़ें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{channel} fails together with WhatsApp when Meta&apos;s systems go down.</source>
        <translation>Meta के सिस्टम बंद होने पर {channel} भी WhatsApp के साथ बंद हो जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It saves {saving} a year, less than it costs ({cost} a year, set-up included).</source>
        <translation>यह सालाना {saving} बचाता है, जो इसकी लागत ({cost} सालाना, सेटअप सहित) से कम है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} is a fallback for {function}, but it has been blocked in {country} since {date}: customers there cannot reach you on it without a VPN. Choose another channel for them.</source>
        <translation>{channel} {function} के लिए वैकल्पिक चैनल है, लेकिन {country} में {date} से इस पर रोक है: वहाँ के ग्राहक VPN के बिना इस पर आप तक नहीं पहुँच सकते। उनके लिए कोई दूसरा चैनल चुनें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} is a fallback for {function}, but it runs on the same {layers} as WhatsApp and fails with it ({scenarios}); it is not counted as independent.</source>
        <translation>{channel} {function} के लिए वैकल्पिक चैनल है, लेकिन यह WhatsApp वाले ही {layers} पर चलता है और उसके साथ बंद हो जाता है ({scenarios}); इसलिए इसे स्वतंत्र नहीं गिना जाता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in every Meta outage</source>
        <translation>हर Meta आउटेज में</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{function} can lose {loss} in this outage: {scenario}; that is more than the {tolerance} you can bear. It needs at least two independent fallbacks and has {count} ({channels}).</source>
        <translation>{function} को इस आउटेज में {loss} का नुकसान हो सकता है: {scenario}; यह आपकी सहनीय सीमा {tolerance} से ज़्यादा है। इसे कम से कम दो स्वतंत्र वैकल्पिक चैनल चाहिए, और अभी {count} हैं ({channels})।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended portfolio adds {channels}.</source>
        <translation>सुझाया गया पैकेज {channels} जोड़ता है।</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and 2021. The model counts them at {share} of their readiness for the first {hours} hours; invite people before an outage.</source>
        <translation>WhatsApp आउटेज के पहले घंटों में सबको {channels} पर ले जाने में भीड़ से धीमा होने का जोखिम है: 2015, 2019 और 2021 में नए यूज़र की भीड़ से Telegram और Signal धीमे पड़े या बंद हुए। मॉडल पहले {hours} घंटों तक इनकी तत्परता का सिर्फ़ {share} गिनता है; लोगों को आउटेज से पहले ही जोड़ लें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/common.py" line="+29"/>
        <source>{items} and {last}</source>
        <translation>{items} और {last}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/recommendations_page.py" line="+180"/>
        <source>Recommendations</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation steps</source>
        <translation>तैयारी के कदम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels by function</source>
        <translation>कार्यवार चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>कदमों का पैकेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>चेतावनियाँ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What you know about this channel…</source>
        <translation>इस चैनल के बारे में आपकी जानकारी…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the share of your customers who use the selected channel, when you know it better than the country figures (or there are none).</source>
        <translation>चुने गए चैनल को इस्तेमाल करने वाले ग्राहकों का हिस्सा दर्ज करें, अगर आप इसे देशों के आँकड़ों से बेहतर जानते हैं (या आँकड़े हैं ही नहीं)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the country figures</source>
        <translation>देशों के आँकड़े इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected preparation step to the plan</source>
        <translation>चुना हुआ तैयारी का कदम योजना में जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Function:</source>
        <translation>कार्य (&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly &amp;budget:</source>
        <translation>सालाना बजट (&amp;B):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget for preparation</source>
        <translation>तैयारी का सालाना बजट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps and what they are worth</source>
        <translation>तैयारी के कदम और उनका फ़ायदा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels ranked for the chosen function</source>
        <translation>चुने गए कार्य के लिए चैनलों की रैंकिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended portfolio</source>
        <translation>सुझाया गया पैकेज</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this step</source>
        <translation>यह कदम क्यों</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valuing every preparation step against your plan…</source>
        <translation>आपकी योजना पर हर तैयारी के कदम का असर आँका जा रहा है…</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>With these steps you can expect to lose {ale} a year ({p90} in a bad year, 1 in 10), for {cost} a year.</source>
        <translation>इन कदमों के साथ आप सालाना {ale} नुकसान की उम्मीद कर सकते हैं (बुरे साल में {p90}, 10 में 1), सालाना {cost} में।</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Warnings (%1)</source>
        <translation>चेतावनियाँ (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Add this step to the action plan</source>
        <translation>यह कदम एक्शन प्लान में जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the &amp;whole portfolio to the action plan</source>
        <translation>पूरा पैकेज एक्शन प्लान में जोड़ें (&amp;W)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, and the steps that would cut your losses appear here.</source>
        <translation>अभी कोई गतिविधि नहीं: कार्य पेज पर जोड़ें कि आपके ग्राहक WhatsApp पर क्या करते हैं, और आपका नुकसान घटाने वाले कदम यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preparation step to suggest for this plan: check that each activity has its share on WhatsApp and its value per interaction on the Functions page.</source>
        <translation>इस योजना के लिए सुझाने को कोई तैयारी का कदम नहीं: कार्य पेज पर जाँचें कि हर गतिविधि का WhatsApp हिस्सा और प्रति बातचीत मूल्य भरा है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in 10). Each step below is valued by running the model again with it in place.</source>
        <translation>आज आउटेज से आप सालाना {ale} नुकसान की उम्मीद कर सकते हैं (बुरे साल में {p90}, 10 में 1)। नीचे हर कदम का मूल्य, उसे लागू मानकर मॉडल दोबारा चलाकर निकाला गया है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>कदम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a year</source>
        <translation>सालाना बचत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a bad year</source>
        <translation>बुरे साल में बचत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs a year</source>
        <translation>सालाना लागत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays back in</source>
        <translation>लागत वसूली</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not worth it now</source>
        <translation>अभी करने लायक नहीं</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 महीने</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the action plan: %1</source>
        <translation>एक्शन प्लान में: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>पहुँच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survives</source>
        <translation>चालू रहता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no data</source>
        <translation>डेटा नहीं</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{channel}: {reasons}.</source>
        <translation>{channel}: {reasons}।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you know about %1</source>
        <translation>%1 के बारे में आपकी जानकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of your customers who use %1 (%):</source>
        <translation>%1 इस्तेमाल करने वाले आपके ग्राहकों का हिस्सा (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): saves %3 a year on top of the steps above, costs %4</source>
        <translation>%1 (%2): ऊपर के कदमों के अलावा सालाना %3 बचाता है, लागत %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step saves more than it costs.</source>
        <translation>कोई भी कदम अपनी लागत से ज़्यादा नहीं बचाता।</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n step(s) added to the action plan as planned task(s). Give each an owner and a due date on the Action plan page; readiness today changes only when a task is marked done there.</source>
        <translation>
            <numerusform>%n कदम नियोजित काम के रूप में एक्शन प्लान में जोड़ा गया। एक्शन प्लान पेज पर इसे ज़िम्मेदार व्यक्ति और आख़िरी तारीख दें; आज की तत्परता तभी बदलती है जब वहाँ काम को पूरा चिह्नित किया जाए।</numerusform>
            <numerusform>%n कदम नियोजित कामों के रूप में एक्शन प्लान में जोड़े गए। एक्शन प्लान पेज पर हर एक को ज़िम्मेदार व्यक्ति और आख़िरी तारीख दें; आज की तत्परता तभी बदलती है जब वहाँ काम को पूरा चिह्नित किया जाए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../continuity_app/gui/recovery.py" line="+207"/>
        <source>{file} ({business})</source>
        <translation>{file} ({business})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an untitled plan ({business})</source>
        <translation>बिना नाम की योजना ({business})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was stopped at {when} with unsaved changes to {name}; they were kept.</source>
        <translation>{when} पर ऐप्लिकेशन रोका गया, तब {name} में बिना सहेजे बदलाव थे; उन्हें रख लिया गया है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application did not close properly; unsaved changes to {name} were kept at {when}.</source>
        <translation>ऐप्लिकेशन ठीक से बंद नहीं हुआ; {name} के बिना सहेजे बदलाव {when} तक के रख लिए गए हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore unsaved changes?</source>
        <translation>बिना सहेजे बदलाव वापस लाएँ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them in this window, save them to a file of their own, or discard them?</source>
        <translation>इन्हें इस विंडो में वापस लाएँ, अलग फ़ाइल में सहेजें, या ख़ारिज करें?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This window already shows restored work. Save these changes to a file of their own, discard them, or keep them to decide at the next start?</source>
        <translation>यह विंडो पहले से वापस लाया गया काम दिखा रही है। इन बदलावों को अलग फ़ाइल में सहेजें, ख़ारिज करें, या रखें और ऐप अगली बार शुरू होने पर तय करें?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more after this one.)</source>
        <translation>
            <numerusform>(इसके बाद एक और काम बाकी है।)</numerusform>
            <numerusform>(इसके बाद %n और काम बाकी हैं।)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation>इस नाम से सहेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ख़ारिज करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide Later</source>
        <translation>बाद में तय करें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save restored changes as</source>
        <translation>वापस लाए गए बदलाव इस नाम से सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity plans (*{suffix})</source>
        <translation>निरंतरता योजनाएँ (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored changes could not be saved to {path}: {reason}. They are kept and offered again at the next start.</source>
        <translation>वापस लाए गए बदलाव {path} में सहेजे नहीं जा सके: {reason}। इन्हें रख लिया गया है और ऐप अगली बार शुरू होने पर फिर से पूछेगा।</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../continuity_app/core/actions.py" line="+41"/>
        <location filename="../../continuity_app/core/reference_strings.py" line="+9"/>
        <source>card or bank</source>
        <translation>कार्ड या बैंक</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/reference_strings.py" line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS / MMS</source>
        <translation>SMS / MMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct</source>
        <translation>Instagram Direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iMessage</source>
        <translation>iMessage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCS (Google Messages / Apple Messages)</source>
        <translation>RCS (Google Messages / Apple Messages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web chat (own website or app)</source>
        <translation>वेब चैट (अपनी वेबसाइट या ऐप)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal Foundation</source>
        <translation>Signal Foundation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile operators</source>
        <translation>मोबाइल ऑपरेटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many providers</source>
        <translation>कई प्रोवाइडर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rakuten</source>
        <translation>Rakuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LY Corp</source>
        <translation>LY Corp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tencent</source>
        <translation>Tencent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kakao</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriers, Google Jibe, Apple</source>
        <translation>मोबाइल ऑपरेटर, Google Jibe, Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNG</source>
        <translation>VNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own hosting)</source>
        <translation>व्यवसाय ख़ुद (अपनी होस्टिंग)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp service</source>
        <translation>WhatsApp सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta shared infrastructure</source>
        <translation>Meta का साझा बुनियादी ढाँचा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram infrastructure</source>
        <translation>Telegram का बुनियादी ढाँचा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal infrastructure</source>
        <translation>Signal का बुनियादी ढाँचा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data network</source>
        <translation>मोबाइल डेटा नेटवर्क</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed internet</source>
        <translation>ब्रॉडबैंड इंटरनेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>बिजली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp app and service itself (e.g. the 25 Oct 2022 outage, when WhatsApp alone failed).</source>
        <translation>ख़ुद WhatsApp ऐप और सेवा (जैसे 25 अक्टूबर 2022 का आउटेज, जब सिर्फ़ WhatsApp बंद हुआ था)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s backbone, DNS and data centres under WhatsApp, Messenger, Instagram and Facebook Login; when it fails they all fail together (4 Oct 2021, 13 Mar 2019, 11 Dec 2024).</source>
        <translation>WhatsApp, Messenger, Instagram और Facebook Login के नीचे चलने वाला Meta का बैकबोन नेटवर्क, DNS और डेटा सेंटर; यह बंद हो तो ये सब एक साथ बंद हो जाते हैं (4 अक्टूबर 2021, 13 मार्च 2019, 11 दिसंबर 2024)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram&apos;s own servers and data centres (e.g. the 29 Mar 2018 data-centre power failure).</source>
        <translation>Telegram के अपने सर्वर और डेटा सेंटर (जैसे 29 मार्च 2018 को डेटा सेंटर की बिजली जाना)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal&apos;s servers, which run on public cloud (AWS, Azure, GCP); Signal went down in the AWS us-east-1 outage of 20 Oct 2025 and under the Jan 2021 sign-up surge.</source>
        <translation>Signal के सर्वर, जो पब्लिक क्लाउड (AWS, Azure, GCP) पर चलते हैं; Signal 20 अक्टूबर 2025 के AWS us-east-1 आउटेज में और जनवरी 2021 में साइन-अप की अचानक भीड़ में बंद हुआ था।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app used over the cellular data network; fails in a carrier outage or a government mobile-data shutdown.</source>
        <translation>मोबाइल डेटा नेटवर्क पर चलने वाला हर ऐप; मोबाइल ऑपरेटर के आउटेज या सरकार द्वारा मोबाइल डेटा बंदी में बंद हो जाता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice calls and SMS over mobile carriers; fails in national carrier outages (AT&amp;T 2024, Optus 2023, Rogers 2022).</source>
        <translation>मोबाइल ऑपरेटरों के ज़रिए कॉल और SMS; ऑपरेटर के देशव्यापी आउटेज में बंद हो जाते हैं (AT&amp;T 2024, Optus 2023, Rogers 2022)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-line and broadband internet (and the Wi-Fi behind it); Optus 2023 and Rogers 2022 also took out fixed services.</source>
        <translation>लैंडलाइन और ब्रॉडबैंड इंटरनेट (और उस पर चलने वाला Wi-Fi); Optus 2023 और Rogers 2022 के आउटेज में ये सेवाएँ भी बंद हुई थीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local electricity supply of the business or its counterparts.</source>
        <translation>व्यवसाय या उसके संपर्कों के इलाके की बिजली सप्लाई।</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>India</source>
        <translation>भारत</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Brazil</source>
        <translation>ब्राज़ील</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indonesia</source>
        <translation>इंडोनेशिया</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mexico</source>
        <translation>मेक्सिको</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigeria</source>
        <translation>नाइजीरिया</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>South Africa</source>
        <translation>दक्षिण अफ़्रीका</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Kenya</source>
        <translation>केन्या</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Egypt</source>
        <translation>मिस्र</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Saudi Arabia</source>
        <translation>सऊदी अरब</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>United Arab Emirates</source>
        <translation>संयुक्त अरब अमीरात</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Palestine</source>
        <translation>फ़िलिस्तीन</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Jordan</source>
        <translation>जॉर्डन</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lebanon</source>
        <translation>लेबनान</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Morocco</source>
        <translation>मोरक्को</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pakistan</source>
        <translation>पाकिस्तान</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Bangladesh</source>
        <translation>बांग्लादेश</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Philippines</source>
        <translation>फ़िलीपींस</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Vietnam</source>
        <translation>वियतनाम</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Thailand</source>
        <translation>थाईलैंड</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Japan</source>
        <translation>जापान</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>South Korea</source>
        <translation>दक्षिण कोरिया</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>China</source>
        <translation>चीन</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Russia</source>
        <translation>रूस</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ukraine</source>
        <translation>यूक्रेन</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Iran</source>
        <translation>ईरान</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Germany</source>
        <translation>जर्मनी</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>United Kingdom</source>
        <translation>यूनाइटेड किंगडम</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>France</source>
        <translation>फ़्रांस</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Spain</source>
        <translation>स्पेन</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Italy</source>
        <translation>इटली</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Netherlands</source>
        <translation>नीदरलैंड</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>United States</source>
        <translation>अमेरिका</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Canada</source>
        <translation>कनाडा</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Argentina</source>
        <translation>अर्जेंटीना</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Colombia</source>
        <translation>कोलंबिया</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chile</source>
        <translation>चिली</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Peru</source>
        <translation>पेरू</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Australia</source>
        <translation>ऑस्ट्रेलिया</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Malaysia</source>
        <translation>मलेशिया</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Singapore</source>
        <translation>सिंगापुर</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Israel</source>
        <translation>इज़राइल</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Phone call (mobile or landline)</source>
        <translation>फ़ोन कॉल (मोबाइल या लैंडलाइन)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imo</source>
        <translation>imo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business Platform (API)</source>
        <translation>WhatsApp Business Platform (API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook page or shop</source>
        <translation>Facebook पेज या शॉप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop or marketplace</source>
        <translation>ऑनलाइन शॉप या मार्केटप्लेस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (walk-in, counter)</source>
        <translation>आमने-सामने (दुकान पर आकर, काउंटर पर)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PageBites</source>
        <translation>PageBites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta (directly or through a provider: Twilio, 360dialog, Gupshup...)</source>
        <translation>Meta (सीधे या किसी प्रोवाइडर के ज़रिए: Twilio, 360dialog, Gupshup...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own site, Shopify...) or the marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</source>
        <translation>व्यवसाय ख़ुद (अपनी साइट, Shopify...) या मार्केटप्लेस (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (its premises)</source>
        <translation>व्यवसाय ख़ुद (अपना परिसर)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone calls and SMS network</source>
        <translation>फ़ोन कॉल और SMS नेटवर्क</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afghanistan</source>
        <translation>अफ़ग़ानिस्तान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>अल्बानिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>आर्मेनिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>अंगोला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <translation>ऑस्ट्रिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <translation>अरूबा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>अज़रबैजान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>बोस्निया और हर्ज़ेगोविना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>बारबाडोस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgium</source>
        <translation>बेल्जियम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>बुर्किना फ़ासो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>बुल्गारिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>बहरीन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>बुरुंडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>बेनिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>ब्रुनेई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>बोलीविया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <translation>बहामास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>भूटान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>बोत्सवाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>बेलारूस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>बेलीज़</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Democratic Republic of the Congo</source>
        <translation>कांगो लोकतांत्रिक गणराज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>मध्य अफ़्रीकी गणराज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>कांगो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>स्विट्ज़रलैंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>कोट डी आइवर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <translation>कैमरून</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costa Rica</source>
        <translation>कोस्टा रिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>क्यूबा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>केप वर्डे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>कुराकाओ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>साइप्रस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>चेकिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <translation>जिबूती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>डेनमार्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>डोमिनिकन गणराज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>अल्जीरिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>इक्वाडोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>एस्टोनिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <translation>पश्चिमी सहारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>इरिट्रिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <translation>इथियोपिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>फ़िनलैंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>फ़िजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>माइक्रोनेशिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <translation>गैबॉन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>ग्रेनाडा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>जॉर्जिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>फ़्रेंच गयाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>घाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>गाम्बिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>गिनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>ग्वाडेलूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>इक्वेटोरियल गिनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>ग्रीस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>ग्वाटेमाला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>गुआम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>गिनी-बिसाऊ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>गयाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>हाँगकाँग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>होंडुरास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>क्रोएशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>हैती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>हंगरी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <translation>आयरलैंड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Iraq</source>
        <translation>इराक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>आइसलैंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jersey</source>
        <translation>जर्सी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>जमैका</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kyrgyzstan</source>
        <translation>किर्गिज़स्तान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>कंबोडिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>किरिबाती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>कोमोरोस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>उत्तर कोरिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <translation>कुवैत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>कज़ाख़स्तान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>लाओस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <translation>सेंट लूसिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>श्रीलंका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>लाइबेरिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>लेसोथो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>लिथुआनिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>लक्ज़मबर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>लातविया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>लीबिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <translation>मोल्दोवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>मोंटेनेग्रो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>मेडागास्कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>उत्तर मैसेडोनिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>माली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>म्यांमार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>मंगोलिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>मकाओ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>मार्टीनिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>मॉरिटानिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>माल्टा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>मॉरीशस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>मालदीव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>मलावी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mozambique</source>
        <translation>मोज़ाम्बिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>नामीबिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>न्यू कैलेडोनिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>नाइजर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <translation>निकारागुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway</source>
        <translation>नॉर्वे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>नेपाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>न्यूज़ीलैंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>ओमान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>पनामा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <translation>फ़्रेंच पोलिनेशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>पापुआ न्यू गिनी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poland</source>
        <translation>पोलैंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>प्यूर्टो रिको</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portugal</source>
        <translation>पुर्तगाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>पैराग्वे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>क़तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>रियूनियन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>रोमानिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>सर्बिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <translation>रवांडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <translation>सोलोमन द्वीप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>सेशेल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>सूडान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>स्वीडन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>स्लोवेनिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>स्लोवाकिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>सिएरा लियोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>सेनेगल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>सोमालिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>सूरीनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>दक्षिण सूडान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>साओ तोमे और प्रिंसिपे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>अल सल्वाडोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>सीरिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>एस्वातिनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>चाड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>टोगो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <translation>ताजिकिस्तान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>तिमोर-लेस्ते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>तुर्कमेनिस्तान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>ट्यूनीशिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>टोंगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>तुर्किये</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>त्रिनिदाद और टोबैगो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>ताइवान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>तंज़ानिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <translation>युगांडा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <translation>उरुग्वे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>उज़्बेकिस्तान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>सेंट विंसेंट और ग्रेनेडाइंस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>वेनेज़ुएला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanuatu</source>
        <translation>वानुअतु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>समोआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>कोसोवो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>यमन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>मायोट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <translation>ज़ाम्बिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>ज़िम्बाब्वे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>संयुक्त अरब अमीरात दिरहम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghani</source>
        <translation>अफ़गान अफ़गानी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lek</source>
        <translation>अल्बानियाई लेक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian Dram</source>
        <translation>आर्मेनियाई ड्राम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwanza</source>
        <translation>अंगोलाई क्वांज़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentine Peso</source>
        <translation>अर्जेंटीनी पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australian Dollar</source>
        <translation>ऑस्ट्रेलियाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruban Florin</source>
        <translation>अरूबाई फ़्लोरिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan Manat</source>
        <translation>अज़रबैजानी मैनेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convertible Mark</source>
        <translation>बोस्निया-हर्ज़ेगोविना परिवर्तनीय मार्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados Dollar</source>
        <translation>बारबाडोस डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taka</source>
        <translation>बांग्लादेशी टका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian Lev</source>
        <translation>बुल्गारियाई लेव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahraini Dinar</source>
        <translation>बहरीनी दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi Franc</source>
        <translation>बुरुंडी फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Dollar</source>
        <translation>ब्रुनेई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boliviano</source>
        <translation>बोलिवियाई बोलिवियानो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazilian Real</source>
        <translation>ब्राज़ीली रियाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamian Dollar</source>
        <translation>बहामाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngultrum</source>
        <translation>भूटानी न्गुलट्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pula</source>
        <translation>बोत्सवाना पुला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian Ruble</source>
        <translation>बेलारूसी रूबल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize Dollar</source>
        <translation>बेलीज़ डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian Dollar</source>
        <translation>कनाडाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congolese Franc</source>
        <translation>कांगोली फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss Franc</source>
        <translation>स्विस फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chilean Peso</source>
        <translation>चिली पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan Renminbi</source>
        <translation>चीनी युआन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombian Peso</source>
        <translation>कोलंबियाई पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rican Colon</source>
        <translation>कोस्टा रिका कोलोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuban Peso</source>
        <translation>क्यूबाई पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde Escudo</source>
        <translation>केप वर्डे एस्कूडो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Koruna</source>
        <translation>चेक कोरुना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti Franc</source>
        <translation>जिबूती फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Krone</source>
        <translation>डैनिश क्रोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Peso</source>
        <translation>डोमिनिकन पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algerian Dinar</source>
        <translation>अल्जीरियाई दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egyptian Pound</source>
        <translation>मिस्री पाउंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nakfa</source>
        <translation>इरिट्रियाई नाक्फ़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopian Birr</source>
        <translation>इथियोपियाई बिर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>यूरो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji Dollar</source>
        <translation>फ़िजी डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound Sterling</source>
        <translation>पाउंड स्टर्लिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lari</source>
        <translation>जॉर्जियाई लारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana Cedi</source>
        <translation>घाना सेडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dalasi</source>
        <translation>गाम्बियाई डलासी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinean Franc</source>
        <translation>गिनी फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quetzal</source>
        <translation>ग्वाटेमाला क्वेटज़ल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana Dollar</source>
        <translation>गयाना डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong Dollar</source>
        <translation>हाँगकाँग डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lempira</source>
        <translation>होंडुरन लेम्पिरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gourde</source>
        <translation>हैतियाई गूर्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forint</source>
        <translation>हंगेरियन फ़ोरिंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah</source>
        <translation>इंडोनेशियाई रुपिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Israeli Sheqel</source>
        <translation>इज़राइली न्यू शेकेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Rupee</source>
        <translation>भारतीय रुपया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraqi Dinar</source>
        <translation>इराकी दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Rial</source>
        <translation>ईरानी रियाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland Krona</source>
        <translation>आइसलैंडिक क्रोना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaican Dollar</source>
        <translation>जमैकाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordanian Dinar</source>
        <translation>जॉर्डनियन दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen</source>
        <translation>जापानी येन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenyan Shilling</source>
        <translation>केन्याई शिलिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Som</source>
        <translation>किर्गिज़स्तानी सोम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riel</source>
        <translation>कंबोडियाई रिएल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comorian Franc</source>
        <translation>कोमोरियन फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korean Won</source>
        <translation>उत्तर कोरियाई वॉन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>दक्षिण कोरियाई वॉन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwaiti Dinar</source>
        <translation>कुवैती दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenge</source>
        <translation>कज़ाख़स्तानी टेंगे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao Kip</source>
        <translation>लाओ किप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanese Pound</source>
        <translation>लेबनानी पाउंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka Rupee</source>
        <translation>श्रीलंकाई रुपया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberian Dollar</source>
        <translation>लाइबेरियाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loti</source>
        <translation>लेसोथो लोटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libyan Dinar</source>
        <translation>लीबियाई दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccan Dirham</source>
        <translation>मोरक्को दिरहम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldovan Leu</source>
        <translation>मोल्दोवाई ल्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy Ariary</source>
        <translation>मालागासी एरियरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denar</source>
        <translation>मैसेडोनियाई देनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyat</source>
        <translation>म्यांमार क्यात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugrik</source>
        <translation>मंगोलियाई तुगरिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pataca</source>
        <translation>मकाओ पटाका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouguiya</source>
        <translation>मॉरिटानियाई ओगुइया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius Rupee</source>
        <translation>मॉरीशस रुपया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rufiyaa</source>
        <translation>मालदीवी रुफ़िया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi Kwacha</source>
        <translation>मलावी क्वाचा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexican Peso</source>
        <translation>मैक्सिकन पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysian Ringgit</source>
        <translation>मलेशियाई रिंगित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique Metical</source>
        <translation>मोज़ाम्बिकन मेटिकल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia Dollar</source>
        <translation>नामीबियाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naira</source>
        <translation>नाइजीरियाई नाइरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cordoba Oro</source>
        <translation>निकारागुआई कोर्डोबा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Krone</source>
        <translation>नॉर्वेजियन क्रोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepalese Rupee</source>
        <translation>नेपाली रुपया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand Dollar</source>
        <translation>न्यूज़ीलैंड डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial Omani</source>
        <translation>ओमानी रियाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol</source>
        <translation>पेरूवियन सोल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kina</source>
        <translation>पापुआ न्यू गिनी किना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippine Peso</source>
        <translation>फ़िलिपीनी पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan Rupee</source>
        <translation>पाकिस्तानी रुपया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zloty</source>
        <translation>पोलिश ज़्लॉटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarani</source>
        <translation>पैराग्वियन गुआरानी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatari Rial</source>
        <translation>क़तरी रियाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian Leu</source>
        <translation>रोमानियाई ल्यू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian Dinar</source>
        <translation>सर्बियाई दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>रूसी रूबल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda Franc</source>
        <translation>रवांडाई फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Riyal</source>
        <translation>सऊदी रियाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands Dollar</source>
        <translation>सोलोमन द्वीप डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles Rupee</source>
        <translation>सेशेल्स रुपया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudanese Pound</source>
        <translation>सूडानी पाउंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish Krona</source>
        <translation>स्वीडिश क्रोना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore Dollar</source>
        <translation>सिंगापुर डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leone</source>
        <translation>सिएरा लियोन लियोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surinam Dollar</source>
        <translation>सूरीनामी डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudanese Pound</source>
        <translation>दक्षिण सूडानी पाउंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dobra</source>
        <translation>साओ तोमे और प्रिंसिपे डोबरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syrian Pound</source>
        <translation>सीरियाई पाउंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lilangeni</source>
        <translation>एस्वातिनी लिलांगेनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baht</source>
        <translation>थाई बहत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somoni</source>
        <translation>ताजिकिस्तानी सोमोनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan New Manat</source>
        <translation>तुर्कमेनिस्तानी नया मैनेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisian Dinar</source>
        <translation>ट्यूनीशियाई दिनार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa’anga</source>
        <translation>टोंगन पांगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>तुर्की लीरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago Dollar</source>
        <translation>त्रिनिदाद और टोबैगो डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan Dollar</source>
        <translation>नया ताइवान डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzanian Shilling</source>
        <translation>तंज़ानियाई शिलिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hryvnia</source>
        <translation>यूक्रेनी ह्रिव्निया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda Shilling</source>
        <translation>युगांडाई शिलिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>अमेरिकी डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peso Uruguayo</source>
        <translation>उरुग्वियन पेसो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan Sum</source>
        <translation>उज़्बेकिस्तानी सोम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolívar Soberano</source>
        <translation>वेनेज़ुएलाई बोलिवार सोबेरानो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dong</source>
        <translation>वियतनामी डोंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatu</source>
        <translation>वानुअतु वातू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tala</source>
        <translation>समोआई ताला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BEAC</source>
        <translation>केंद्रीय अफ़्रीकी CFA फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Caribbean Dollar</source>
        <translation>पूर्वी कैरिबियाई डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Guilder</source>
        <translation>कैरिबियाई गिल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BCEAO</source>
        <translation>पश्चिमी अफ़्रीकी CFA फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFP Franc</source>
        <translation>CFP फ़्रैंक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemeni Rial</source>
        <translation>यमनी रियाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rand</source>
        <translation>दक्षिण अफ़्रीकी रैंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambian Kwacha</source>
        <translation>ज़ाम्बियाई क्वाचा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe Gold (ZiG)</source>
        <translation>ज़िम्बाब्वे गोल्ड (ZiG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect customers&apos; mobile numbers and SMS consent at checkout and booking</source>
        <translation>बिलिंग और बुकिंग के समय ग्राहकों के मोबाइल नंबर और SMS की सहमति लें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an SMS gateway account with prepaid credit and a ready outage message</source>
        <translation>प्रीपेड क्रेडिट और पहले से लिखे आउटेज मैसेज के साथ SMS गेटवे खाता खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare {payment} payment links to send by SMS</source>
        <translation>SMS से भेजने के लिए {payment} पेमेंट लिंक तैयार रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the fallback phone number on the shop door, receipts and website</source>
        <translation>वैकल्पिक फ़ोन नंबर दुकान के दरवाज़े, रसीदों और वेबसाइट पर छापें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up call forwarding to a second phone so that calls are answered at peak times</source>
        <translation>दूसरे फ़ोन पर कॉल फ़ॉरवर्डिंग सेट करें, ताकि भीड़ के समय भी हर कॉल उठे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a phone tree: who calls whom when WhatsApp is down</source>
        <translation>संपर्क शृंखला लिखें: WhatsApp बंद होने पर कौन किसे कॉल करेगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect email addresses and prepare an outage notice template</source>
        <translation>ईमेल पते जमा करें और आउटेज सूचना का टेम्पलेट तैयार रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a Telegram channel link on every receipt and order confirmation</source>
        <translation>हर रसीद और ऑर्डर कन्फ़र्मेशन पर Telegram चैनल का लिंक दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Telegram group for staff and drivers, everyone joined in advance</source>
        <translation>कर्मचारियों और ड्राइवरों के लिए Telegram ग्रुप बनाएँ, सभी पहले से जुड़े हों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Signal group for staff, everyone joined in advance</source>
        <translation>कर्मचारियों के लिए Signal ग्रुप बनाएँ, सभी पहले से जुड़े हों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Viber community and show its QR code at the counter and on receipts</source>
        <translation>Viber कम्युनिटी बनाएँ और उसका QR कोड काउंटर पर और रसीदों पर दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a LINE Official Account and show its QR code at the counter</source>
        <translation>LINE Official Account खोलें और उसका QR कोड काउंटर पर दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Kakao Talk channel and show its QR code on receipts</source>
        <translation>Kakao Talk चैनल खोलें और उसका QR कोड रसीदों पर दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WeChat Official Account and show its QR code at the counter</source>
        <translation>WeChat Official Account खोलें और उसका QR कोड काउंटर पर दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Zalo Official Account and show its QR code on receipts</source>
        <translation>Zalo Official Account खोलें और उसका QR कोड रसीदों पर दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order and booking form to your website and link it from your profiles</source>
        <translation>अपनी वेबसाइट पर ऑर्डर और बुकिंग फ़ॉर्म जोड़ें और अपनी प्रोफ़ाइलों पर उसका लिंक दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point customers to Instagram Direct as a second inbox</source>
        <translation>ग्राहकों को दूसरे इनबॉक्स के रूप में Instagram Direct पर बुलाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link a Messenger inbox from your Facebook page</source>
        <translation>अपने Facebook पेज से Messenger इनबॉक्स जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers and consent let you text customers the moment WhatsApp fails</source>
        <translation>नंबर और सहमति होने से WhatsApp बंद होते ही आप ग्राहकों को SMS भेज सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prepaid gateway sends the outage message to everyone within minutes</source>
        <translation>प्रीपेड गेटवे कुछ ही मिनटों में सबको आउटेज मैसेज भेज देता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ready link collects the payment without WhatsApp</source>
        <translation>तैयार लिंक से WhatsApp के बिना भुगतान मिल जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who cannot reach you on WhatsApp call instead</source>
        <translation>जो ग्राहक WhatsApp पर आप तक नहीं पहुँच पाते, वे कॉल कर लेते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second line keeps calls from going unanswered</source>
        <translation>दूसरी लाइन होने से कोई कॉल बिना जवाब के नहीं छूटती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone knows whom to call within minutes</source>
        <translation>कुछ ही मिनटों में सबको पता होता है कि किसे कॉल करना है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email reaches customers who are online but cannot use WhatsApp</source>
        <translation>ईमेल उन ग्राहकों तक पहुँचता है जो ऑनलाइन हैं, पर WhatsApp इस्तेमाल नहीं कर पा रहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who follow the channel get your updates and can message you</source>
        <translation>चैनल फ़ॉलो करने वाले ग्राहकों को आपके अपडेट मिलते हैं और वे आपको मैसेज कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team keeps talking as soon as WhatsApp fails</source>
        <translation>WhatsApp बंद होते ही टीम की बातचीत यहाँ जारी रहती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end-to-end encrypted group keeps the team talking</source>
        <translation>एंड-टू-एंड एन्क्रिप्टेड ग्रुप में टीम की बातचीत चलती रहती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber users follow the community and can message you</source>
        <translation>Viber इस्तेमाल करने वाले कम्युनिटी फ़ॉलो करते हैं और आपको मैसेज कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE friends of your account get messages and can book with you</source>
        <translation>आपके अकाउंट के LINE फ़्रेंड्स को मैसेज मिलते हैं और वे आपके यहाँ बुकिंग कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk friends of your channel can message you</source>
        <translation>आपके चैनल के KakaoTalk फ़्रेंड्स आपको मैसेज कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers of your account can message and pay you</source>
        <translation>आपके अकाउंट के फ़ॉलोअर आपको मैसेज और भुगतान कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo followers can message you</source>
        <translation>Zalo फ़ॉलोअर आपको मैसेज कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who look for you online can still order</source>
        <translation>ऑनलाइन आपको ढूँढने वाले ग्राहक फिर भी ऑर्डर कर सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>सिर्फ़ WhatsApp बंद हो तो Instagram Direct चलता है, पर यह भी Meta के बुनियादी ढाँचे पर चलता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>सिर्फ़ WhatsApp बंद हो तो Messenger चलता है, पर यह भी Meta के बुनियादी ढाँचे पर चलता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a customer needs a private conversation</source>
        <translation>ग्राहक को जवाब देने के लिए निजी बातचीत चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business account lets several staff answer and keeps history</source>
        <translation>बिज़नेस अकाउंट से कई कर्मचारी जवाब दे सकते हैं और पुरानी बातचीत सहेजी रहती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders are taken in a private conversation</source>
        <translation>ऑर्डर निजी बातचीत में लिए जाते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogues and shared inboxes speed up order taking</source>
        <translation>कैटलॉग और साझा इनबॉक्स से ऑर्डर जल्दी लिए जाते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a sale is easier where payment can follow</source>
        <translation>जहाँ उसी जगह भुगतान भी हो सके, वहाँ बिक्री पूरी करना आसान होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an in-app payment path collects money without another app</source>
        <translation>ऐप के अंदर भुगतान की सुविधा से किसी दूसरे ऐप के बिना पैसे मिल जाते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment link (Pix, UPI, card) can be sent in any private message</source>
        <translation>भुगतान लिंक (Pix, UPI, कार्ड) किसी भी निजी मैसेज में भेजा जा सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team coordinates in a group large enough for all staff</source>
        <translation>टीम ऐसे ग्रुप में तालमेल करती है जिसमें सभी कर्मचारी आ सकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager also needs to reach each person directly</source>
        <translation>मैनेजर को हर व्यक्ति से सीधे बात भी करनी होती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders to suppliers go person to person</source>
        <translation>सप्लायरों को ऑर्डर सीधे एक-से-एक बातचीत में जाते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some suppliers coordinate in groups</source>
        <translation>कुछ सप्लायर ग्रुप में तालमेल करते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broadcast reaches every follower at once</source>
        <translation>ब्रॉडकास्ट एक साथ हर फ़ॉलोअर तक पहुँचता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking and reminders are private conversations</source>
        <translation>बुकिंग और रिमाइंडर निजी बातचीत में होते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic reminders need a business account</source>
        <translation>अपने-आप जाने वाले रिमाइंडर के लिए बिज़नेस अकाउंट चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers and customers confirm drop-offs one to one</source>
        <translation>ड्राइवर और ग्राहक डिलीवरी की पुष्टि आपस में सीधे करते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch groups keep drivers in step</source>
        <translation>डिस्पैच ग्रुप से सभी ड्राइवरों में तालमेल बना रहता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a business sends to handle one interaction on a fallback channel; multiplies the channel&apos;s price per message</source>
        <translation>वैकल्पिक चैनल पर एक बातचीत निपटाने के लिए व्यवसाय जितने मैसेज भेजता है; चैनल की प्रति मैसेज कीमत इससे गुणा होती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a fallback&apos;s coverage to rise linearly from 0 to its full readiness once its activation delay has passed</source>
        <translation>सक्रिय होने में देरी बीत जाने के बाद, वैकल्पिक चैनल की पहुँच को 0 से एकसमान रफ़्तार से पूरी तत्परता तक पहुँचने में लगने वाला समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness multiplier for channels with surge_risk during the first surge_hours of an outage that fails the whatsapp or meta layer</source>
        <translation>whatsapp या meta परत को बंद करने वाले आउटेज के पहले surge_hours घंटों में, surge_risk वाले चैनलों की तत्परता पर लगने वाला गुणक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the surge penalty lasts after an outage of whatsapp or meta starts. Evidence: &apos;slower Telegram in the Americas&apos; on 4 Oct 2021 (+70M sign-ups in a day); Signal&apos;s outage of 15 Jan 2021 under the privacy-policy surge; Telegram&apos;s SMS-code gateways overloaded by +1.5M Brazilian sign-ups within hours on 17 Dec 2015</source>
        <translation>whatsapp या meta का आउटेज शुरू होने के बाद भीड़ से धीमा होने का असर कितनी देर रहता है। सबूत: 4 अक्टूबर 2021 को &apos;अमेरिकी महाद्वीपों में Telegram धीमा&apos; (एक दिन में +7 करोड़ साइन-अप); प्राइवेसी पॉलिसी के बाद की भीड़ में 15 जनवरी 2021 का Signal आउटेज; 17 दिसंबर 2015 को कुछ ही घंटों में ब्राज़ील से +15 लाख साइन-अप के कारण Telegram के SMS-कोड गेटवे पर ज़रूरत से ज़्यादा बोझ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of log(duration) for a scenario whose category has fewer than min_duration_points usable durations in outages.csv; the median comes from the scenario</source>
        <translation>ऐसे परिदृश्य के लिए log(अवधि) का मानक विचलन, जिसकी श्रेणी की outages.csv में min_duration_points से कम इस्तेमाल लायक अवधियाँ हैं; मीडियन परिदृश्य से लिया जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest usable durations a category needs before its own log-normal spread is fitted</source>
        <translation>किसी श्रेणी का अपना log-normal फैलाव निकालने से पहले उसमें कम से कम इतनी इस्तेमाल लायक अवधियाँ होनी चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year of the outage-history window used for yearly frequencies</source>
        <translation>सालाना आवृत्ति निकालने में इस्तेमाल होने वाले आउटेज इतिहास का पहला वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (inclusive) of the outage-history window used for yearly frequencies</source>
        <translation>सालाना आवृत्ति निकालने में इस्तेमाल होने वाले आउटेज इतिहास का आख़िरी वर्ष (इसे मिलाकर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a government shutdown or block when neither the history nor the published counts give one</source>
        <translation>सरकारी बंदी या रोक की अवधि, जब न इतिहास में और न प्रकाशित गिनती में यह दी गई हो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step of the impact simulation</source>
        <translation>असर के सिमुलेशन का समय-चरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon of the impact simulation (one week)</source>
        <translation>असर के सिमुलेशन की कुल अवधि (एक हफ़्ता)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in the GSM-7 alphabet</source>
        <translation>GSM-7 अक्षरों में एक हिस्से वाले SMS में अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part GSM-7 SMS</source>
        <translation>कई हिस्सों वाले GSM-7 SMS में प्रति हिस्सा अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in UCS-2 (any character outside GSM-7, e.g. Arabic, Hindi)</source>
        <translation>UCS-2 में एक हिस्से वाले SMS में अक्षर (GSM-7 से बाहर का कोई भी अक्षर, जैसे अरबी, हिंदी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part UCS-2 SMS</source>
        <translation>कई हिस्सों वाले UCS-2 SMS में प्रति हिस्सा अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach of any app channel among the business&apos;s own staff and drivers, who can be asked to install it</source>
        <translation>व्यवसाय के अपने कर्मचारियों और ड्राइवरों में किसी भी ऐप चैनल की पहुँच, क्योंकि उनसे इसे इंस्टॉल करने को कहा जा सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the one-off set-up time of a preparation step is spread when its yearly cost is computed</source>
        <translation>तैयारी के कदम की सालाना लागत निकालते समय उसके एक बार के सेट-अप समय को कितने वर्षों में बाँटा जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a channel&apos;s lack of default end-to-end encryption lowers its score (0: not at all, 1: to zero)</source>
        <translation>डिफ़ॉल्ट रूप से एंड-टू-एंड एन्क्रिप्शन न होने पर चैनल का स्कोर कितना घटता है (0: बिल्कुल नहीं, 1: शून्य तक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a high set-up effort lowers a channel&apos;s score (medium counts half)</source>
        <translation>ज़्यादा सेट-अप मेहनत से चैनल का स्कोर कितना घटता है (मध्यम मेहनत का आधा असर)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest bearable loss per outage given to a new plan whose functions put no revenue at stake (coordination only): one working day of the whole staff&apos;s cost, the same one-day horizon as the revenue-based tolerance</source>
        <translation>ऐसी नई योजना का प्रति आउटेज अधिकतम सहनीय नुकसान, जिसके कार्यों में कोई आमदनी दाँव पर नहीं है (सिर्फ़ तालमेल): पूरे स्टाफ़ की एक कार्यदिवस की लागत, यानी आमदनी पर आधारित सहनीय सीमा जैसी ही एक दिन की अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the recovery tail after an outage&apos;s announced end, over which the blocked share falls linearly to zero (regions coming back one by one, queued messages delivered late)</source>
        <translation>आउटेज के घोषित अंत के बाद धीरे-धीरे ठीक होने की अवधि, जिसमें अटका हुआ हिस्सा एक समान दर से घटकर शून्य हो जाता है (इलाके एक-एक करके लौटते हैं, कतार में रुके मैसेज देर से पहुँचते हैं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after service returns customers with a same-day need who heard of the outage stay with the arrangements they made elsewhere (the rest of the day: an evening, or the afternoon after a morning outage); also the scale on which the share who heard of it grows with the outage&apos;s length (1 - e^(-length / this))</source>
        <translation>सेवा लौटने के बाद कितनी देर तक उसी दिन की ज़रूरत वाले ग्राहक, जिन्हें रुकावट की ख़बर मिली, कहीं और किया गया इंतज़ाम ही रखते हैं (दिन का बाक़ी हिस्सा: एक शाम, या सुबह की रुकावट के बाद की दोपहर); यही वह पैमाना भी है जिस पर ख़बर सुनने वालों का हिस्सा रुकावट की अवधि के साथ बढ़ता है (1 - e^(-अवधि / यह मान))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor 0..1</source>
        <translation>गुणक 0..1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-hours</source>
        <translation>log-घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages</source>
        <translation>आउटेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours per staff member</source>
        <translation>घंटे प्रति कर्मचारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp-only outage (like 25 Oct 2022)</source>
        <translation>सिर्फ़ WhatsApp आउटेज (जैसे 25 अक्टूबर 2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage (like 4 Oct 2021)</source>
        <translation>पूरे Meta का आउटेज (जैसे 4 अक्टूबर 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long Meta outage (like 13 Mar 2019)</source>
        <translation>लंबा Meta आउटेज (जैसे 13 मार्च 2019)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National carrier outage (like AT&amp;T, 22 Feb 2024)</source>
        <translation>राष्ट्रीय मोबाइल ऑपरेटर आउटेज (जैसे AT&amp;T, 22 फ़रवरी 2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government mobile-data shutdown</source>
        <translation>सरकार द्वारा मोबाइल डेटा बंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>सरकार द्वारा इंटरनेट बंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>देश में WhatsApp पर रोक (अदालत या सरकार द्वारा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: restaurants, bakeries, take-away, catering</source>
        <translation>खान-पान: रेस्टोरेंट, बेकरी, टेक-अवे, कैटरिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail: shops, fashion, pharmacies, online stores</source>
        <translation>खुदरा: दुकानें, फ़ैशन, दवा की दुकानें, ऑनलाइन दुकानें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health: clinics, doctors, dentists, laboratories</source>
        <translation>स्वास्थ्य: क्लिनिक, डॉक्टर, डेंटिस्ट, लैब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: salons, repairs, cleaning, tutoring</source>
        <translation>सेवाएँ: सैलून, मरम्मत, सफ़ाई, ट्यूशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages; Messenger, Instagram and every other channel keep working.</source>
        <translation>सिर्फ़ WhatsApp पर मैसेज जाना बंद होता है; Messenger, Instagram और बाकी सभी चैनल चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Messenger, Instagram and Facebook fail together for hours, as on 4 Oct 2021.</source>
        <translation>WhatsApp, Messenger, Instagram और Facebook घंटों तक एक साथ बंद रहते हैं, जैसा 4 अक्टूबर 2021 को हुआ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Meta apps fail for most of a day, as on 13-14 Mar 2019 (about 14 h).</source>
        <translation>सभी Meta ऐप लगभग पूरे दिन बंद रहते हैं, जैसा 13-14 मार्च 2019 को हुआ (लगभग 14 घंटे)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile operator&apos;s network fails nationwide: calls, SMS and mobile data stop; apps on Wi-Fi and fixed lines keep working.</source>
        <translation>किसी मोबाइल ऑपरेटर का नेटवर्क पूरे देश में बंद हो जाता है: कॉल, SMS और मोबाइल डेटा रुक जाते हैं; Wi-Fi और ब्रॉडबैंड पर ऐप चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data: every messaging app stops on phones; SMS, voice and fixed internet keep working.</source>
        <translation>सरकार मोबाइल डेटा बंद कर देती है: फ़ोन पर हर मैसेजिंग ऐप रुक जाता है; SMS, कॉल और ब्रॉडबैंड इंटरनेट चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut all internet access, mobile and fixed: every app and web channel stops; SMS and voice calls keep working.</source>
        <translation>सरकार मोबाइल और ब्रॉडबैंड, दोनों तरह का पूरा इंटरनेट बंद कर देती है: हर ऐप और वेब चैनल रुक जाता है; SMS और कॉल चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court or the government orders WhatsApp blocked in one country, as in Brazil in Dec 2015, May 2016 and Jul 2016; every other app keeps working.</source>
        <translation>कोई अदालत या सरकार किसी एक देश में WhatsApp पर रोक लगाने का आदेश देती है, जैसे ब्राज़ील में दिसंबर 2015, मई 2016 और जुलाई 2016 में; बाकी सभी ऐप चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>ग्राहक सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>ऑर्डर और बिक्री</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>कर्मचारियों से तालमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>सप्लायरों से तालमेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>मार्केटिंग ब्रॉडकास्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family bakery in Ramallah that takes cake and catering orders, answers customers and dispatches deliveries on WhatsApp; customers all in Palestine, prices in shekels.</source>
        <translation>रामल्लाह की एक पारिवारिक बेकरी, जो WhatsApp पर केक और कैटरिंग के ऑर्डर लेती है, ग्राहकों को जवाब देती है और डिलीवरी भेजती है; सभी ग्राहक फ़िलिस्तीन में, दाम शेकेल में।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family clinic in Mumbai that books appointments, sends lab reports and collects UPI payments on WhatsApp; patients all in India, amounts in rupees.</source>
        <translation>मुंबई का एक पारिवारिक क्लिनिक, जो WhatsApp पर अपॉइंटमेंट बुक करता है, लैब रिपोर्ट भेजता है और UPI पेमेंट लेता है; सभी मरीज़ भारत में, रकम रुपये में।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online fashion shop in São Paulo that sells, sends Pix payment links and runs broadcast lists on WhatsApp, with Instagram as its shop window; losses counted as lost margin.</source>
        <translation>साओ पाउलो की एक ऑनलाइन फ़ैशन दुकान, जो WhatsApp पर बिक्री करती है, Pix पेमेंट लिंक भेजती है और ब्रॉडकास्ट लिस्ट चलाती है, Instagram उसका शोकेस है; नुकसान खोए मार्जिन के रूप में गिना गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages for about two hours, as on 25 October 2022; Instagram, Messenger and every other channel keep working.</source>
        <translation>सिर्फ़ WhatsApp लगभग दो घंटे के लिए मैसेज भेजना बंद कर देता है, जैसा 25 अक्टूबर 2022 को हुआ था; Instagram, Messenger और बाकी सभी चैनल चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp stops sending</source>
        <translation>WhatsApp से मैसेज जाना बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick; Instagram and Facebook still work. Is this our phones, our internet, or WhatsApp? Who decides to declare the outage?</source>
        <translation>मैसेज पर एक ही टिक रहता है; Instagram और Facebook अब भी चल रहे हैं। गड़बड़ हमारे फ़ोन में है, हमारे इंटरनेट में, या WhatsApp में? आउटेज घोषित करने का फ़ैसला कौन करेगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers ask on Instagram</source>
        <translation>ग्राहक Instagram पर पूछ रहे हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who follow you on Instagram ask there why you do not answer on WhatsApp. Who answers them, and what do you tell the customers who are not on Instagram?</source>
        <translation>जो ग्राहक Instagram पर आपको फ़ॉलो करते हैं, वे वहाँ पूछते हैं कि आप WhatsApp पर जवाब क्यों नहीं दे रहे। उन्हें जवाब कौन देगा, और जो ग्राहक Instagram पर नहीं हैं उन्हें आप क्या बताएँगे?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service restored</source>
        <translation>सेवा बहाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp works again. Messages sent during the outage arrive in a rush. Who answers them first?</source>
        <translation>WhatsApp फिर से चल रहा है। आउटेज के दौरान भेजे गए मैसेज एक साथ आ रहे हैं। सबसे पहले उनका जवाब कौन देगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage, hour by hour (like 4 Oct 2021)</source>
        <translation>पूरे Meta का आउटेज, घंटे-दर-घंटे (जैसे 4 अक्टूबर 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram, Messenger and Facebook stop together for about six hours, as on 4 October 2021 from 15:39 UTC. Telegram slows under a sign-up surge, a customer disputes a payment, the mobile network fails too, and WhatsApp comes back partly, with messages arriving late.</source>
        <translation>WhatsApp, Instagram, Messenger और Facebook लगभग छह घंटे के लिए एक साथ बंद हो जाते हैं, जैसा 4 अक्टूबर 2021 को 15:39 UTC से हुआ था। नए यूज़र की भीड़ से Telegram धीमा पड़ जाता है, एक ग्राहक भुगतान पर विवाद करता है, मोबाइल नेटवर्क भी बंद हो जाता है, और WhatsApp आंशिक रूप से लौटता है, पर मैसेज देर से पहुँचते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook stop</source>
        <translation>WhatsApp, Instagram और Facebook बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick. Instagram and Facebook do not load either. Staff ask in the shop whether their phones are broken. Who confirms the outage, and how?</source>
        <translation>मैसेज पर एक ही टिक रहता है। Instagram और Facebook भी नहीं खुलते। दुकान में कर्मचारी पूछते हैं कि कहीं उनके फ़ोन तो ख़राब नहीं हो गए। आउटेज की पुष्टि कौन करेगा, और कैसे?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers cannot order</source>
        <translation>ग्राहक ऑर्डर नहीं कर पा रहे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three regular customers phone the shop: their orders on WhatsApp did not go through. Who answers the phone, and where are the orders written down?</source>
        <translation>तीन नियमित ग्राहक दुकान पर फ़ोन करते हैं: WhatsApp पर किए उनके ऑर्डर नहीं पहुँचे। फ़ोन कौन उठाएगा, और ऑर्डर कहाँ लिखे जाएँगे?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram slows under a sign-up surge</source>
        <translation>नए यूज़र की भीड़ से Telegram धीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millions of people sign up to Telegram at once, as on 4 October 2021 (70 million in one day). Verification codes arrive late; some customers cannot join your Telegram channel for an hour.</source>
        <translation>करोड़ों लोग एक साथ Telegram पर साइन अप करते हैं, जैसा 4 अक्टूबर 2021 को हुआ था (एक दिन में 7 करोड़)। वेरिफ़िकेशन कोड देर से आते हैं; कुछ ग्राहक एक घंटे तक आपके Telegram चैनल से नहीं जुड़ पाते।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer disputes a payment made during the outage</source>
        <translation>एक ग्राहक आउटेज के दौरान किए गए भुगतान पर विवाद करता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer says she paid by bank transfer an hour ago, but nobody can see the WhatsApp message with her receipt. How is the payment checked, and who decides whether to hand over the goods?</source>
        <translation>एक ग्राहक कहती है कि उसने एक घंटे पहले बैंक ट्रांसफ़र से भुगतान किया, लेकिन उसकी रसीद वाला WhatsApp मैसेज किसी को नहीं दिख रहा। भुगतान की जाँच कैसे होगी, और सामान देना है या नहीं, यह कौन तय करेगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile network fails too</source>
        <translation>मोबाइल नेटवर्क भी बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One operator&apos;s mobile network drops in your area: calls and SMS to half of your customers fail for forty minutes. Which channel still reaches them?</source>
        <translation>आपके इलाके में एक ऑपरेटर का मोबाइल नेटवर्क बंद हो जाता है: आपके आधे ग्राहकों को कॉल और SMS चालीस मिनट तक नहीं जाते। कौन-सा चैनल अब भी उन तक पहुँचता है?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp returns partly; messages arrive late</source>
        <translation>WhatsApp आंशिक रूप से लौटा; मैसेज देर से पहुँच रहे हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some phones receive WhatsApp messages again, hours late and out of order. Customers who ordered elsewhere send the same order on WhatsApp. How are duplicate orders avoided?</source>
        <translation>कुछ फ़ोन पर WhatsApp मैसेज फिर से आने लगते हैं, घंटों देर से और उलटे-सीधे क्रम में। जिन ग्राहकों ने कहीं और ऑर्डर किया था, वे वही ऑर्डर WhatsApp पर भी भेजते हैं। दोहरे ऑर्डर से कैसे बचा जाए?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook work again for everyone. Who stands down, and what does the team do first?</source>
        <translation>WhatsApp, Instagram और Facebook सबके लिए फिर से चल रहे हैं। आउटेज ख़त्म होने की घोषणा कौन करेगा, और टीम सबसे पहले क्या करेगी?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customers&apos; main mobile operator fails nationwide: calls, SMS and mobile data stop, so WhatsApp stops on their phones too, as with AT&amp;T on 22 February 2024. Most phones reconnect after about two hours; congestion lasts most of the day.</source>
        <translation>आपके ग्राहकों का मुख्य मोबाइल ऑपरेटर पूरे देश में बंद हो जाता है: कॉल, SMS और मोबाइल डेटा रुक जाते हैं, इसलिए उनके फ़ोन पर WhatsApp भी बंद हो जाता है, जैसा 22 फ़रवरी 2024 को AT&amp;T के साथ हुआ था। ज़्यादातर फ़ोन लगभग दो घंटे बाद फिर से जुड़ जाते हैं; नेटवर्क पर भीड़ दिन के ज़्यादातर हिस्से तक रहती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones show no signal</source>
        <translation>फ़ोन में सिग्नल नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff phones on one operator show SOS only; WhatsApp, calls and SMS fail on them. Phones on another operator and on Wi-Fi still work. Who has a working line?</source>
        <translation>एक ऑपरेटर वाले कर्मचारियों के फ़ोन पर सिर्फ़ SOS दिखता है; उन पर WhatsApp, कॉल और SMS नहीं चलते। दूसरे ऑपरेटर वाले और Wi-Fi पर चल रहे फ़ोन अब भी काम करते हैं। किसके पास चालू लाइन है?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers on Wi-Fi only</source>
        <translation>सिर्फ़ Wi-Fi वाले ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at home on Wi-Fi still write on WhatsApp; those outside cannot. Which orders are you missing, and how will you know?</source>
        <translation>घर पर Wi-Fi से जुड़े ग्राहक अब भी WhatsApp पर लिख रहे हैं; जो बाहर हैं, वे नहीं लिख पा रहे। आपके कौन-से ऑर्डर छूट रहे हैं, और आपको कैसे पता चलेगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, slowly</source>
        <translation>ज़्यादातर फ़ोन धीरे-धीरे फिर से जुड़ रहे हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, but calls drop and messages are slow for hours. Do you keep the fallback running?</source>
        <translation>ज़्यादातर फ़ोन फिर से जुड़ जाते हैं, लेकिन घंटों तक कॉल कटती रहती हैं और मैसेज धीमे रहते हैं। क्या आप वैकल्पिक चैनल चालू रखेंगे?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier delivery not confirmed</source>
        <translation>सप्लायर की डिलीवरी की पुष्टि नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s driver cannot confirm today&apos;s delivery time. Who decides whether to close the kitchen early?</source>
        <translation>सप्लायर का ड्राइवर आज की डिलीवरी का समय पक्का नहीं कर पा रहा। रसोई जल्दी बंद करनी है या नहीं, यह कौन तय करेगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network fully restored</source>
        <translation>नेटवर्क पूरी तरह बहाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator announces full restoration and a credit for customers. Who stands down?</source>
        <translation>ऑपरेटर पूरी सेवा बहाल होने और ग्राहकों को क्रेडिट देने की घोषणा करता है। आउटेज ख़त्म होने की घोषणा कौन करेगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data for three days: every messaging app stops on phones, while SMS, voice calls and fixed internet keep working.</source>
        <translation>सरकार तीन दिन के लिए मोबाइल डेटा बंद कर देती है: फ़ोन पर हर मैसेजिंग ऐप बंद हो जाता है, जबकि SMS, वॉइस कॉल और ब्रॉडबैंड इंटरनेट चलते रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data stops nationwide</source>
        <translation>पूरे देश में मोबाइल डेटा बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app stops on phones; SMS and calls work; the shop&apos;s fixed internet works. Who declares the outage, and on which channel is the team told?</source>
        <translation>फ़ोन पर हर ऐप बंद है; SMS और कॉल चल रहे हैं; दुकान का ब्रॉडबैंड इंटरनेट चल रहा है। आउटेज कौन घोषित करेगा, और टीम को किस चैनल पर बताया जाएगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers do not know where to order</source>
        <translation>ग्राहकों को नहीं पता कि ऑर्डर कहाँ करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular customers phone the shop, busy at peak time. How do you tell everyone at once that orders are taken by SMS and phone?</source>
        <translation>भीड़ के समय, जब दुकान पहले से व्यस्त है, नियमित ग्राहक फ़ोन कर रहे हैं। सबको एक साथ कैसे बताएँ कि ऑर्डर SMS और फ़ोन से लिए जा रहे हैं?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shutdown is extended</source>
        <translation>बंदी बढ़ा दी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorities say the shutdown continues for two more days. Which staff come in, and how are shifts arranged without the staff group?</source>
        <translation>सरकार कहती है कि बंदी दो दिन और चलेगी। कौन-से कर्मचारी काम पर आएँगे, और कर्मचारियों के ग्रुप के बिना शिफ़्ट कैसे तय होंगी?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments pile up</source>
        <translation>भुगतान अटक रहे हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who usually pay with a link from WhatsApp ask how to pay. What do you accept, and how is each payment recorded?</source>
        <translation>जो ग्राहक आम तौर पर WhatsApp से मिले लिंक से भुगतान करते हैं, वे पूछ रहे हैं कि भुगतान कैसे करें। आप क्या स्वीकार करेंगे, और हर भुगतान कैसे दर्ज होगा?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data restored</source>
        <translation>मोबाइल डेटा बहाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data returns. Three days of WhatsApp messages arrive at once. Who answers them, and in which order?</source>
        <translation>मोबाइल डेटा लौट आता है। तीन दिन के WhatsApp मैसेज एक साथ आ जाते हैं। उनका जवाब कौन देगा, और किस क्रम में?</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+68"/>
        <source>high</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>निम्न</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium to high</source>
        <translation>मध्यम से उच्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low to medium</source>
        <translation>निम्न से मध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>निकाला गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (no source measures it)</source>
        <translation>अनुमानित (कोई स्रोत इसे नहीं मापता)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not rated</source>
        <translation>आँका नहीं गया</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/reference_table.py" line="+87"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>विश्वसनीयता</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../continuity_app/gui/models/refusal.py" line="+33"/>
        <source>{label}: low, likely and high must go up: you typed {typed} (for example {example}).</source>
        <translation>{label}: कम, संभावित और ज़्यादा बढ़ते क्रम में होने चाहिए: आपने {typed} लिखा (जैसे {example})।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} must be more than {low} and at most {high}; you typed {typed}.</source>
        <translation>{label} {low} से ज़्यादा और ज़्यादा से ज़्यादा {high} होना चाहिए; आपने {typed} लिखा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be from {low} to {high}; you typed {typed}.</source>
        <translation>{label} {low} से {high} तक होना चाहिए; आपने {typed} लिखा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be more than {low}; you typed {typed}.</source>
        <translation>{label} {low} से ज़्यादा होना चाहिए; आपने {typed} लिखा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {low} or more; you typed {typed}.</source>
        <translation>{label} {low} या उससे ज़्यादा होना चाहिए; आपने {typed} लिखा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {high} or less; you typed {typed}.</source>
        <translation>{label} {high} या उससे कम होना चाहिए; आपने {typed} लिखा।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} cannot be left empty: {reason}</source>
        <translation>{label} खाली नहीं छोड़ा जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{typed}” was not used: {reason}</source>
        <translation>{label}: “{typed}” इस्तेमाल नहीं किया गया: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type one number, or low – likely – high (for example 40 – 60 – 90).</source>
        <translation>एक संख्या लिखें, या कम – संभावित – ज़्यादा (जैसे 40 – 60 – 90)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type one number.</source>
        <translation>एक संख्या लिखें।</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/results_page.py" line="+155"/>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it strikes while open:</source>
        <translation>अगर खुले समय में शुरू हो:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scenario:</source>
        <translation>परिदृश्य (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario shown in the charts and table</source>
        <translation>चार्ट और तालिका में दिखाया गया परिदृश्य</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact over time</source>
        <translation>समय के साथ असर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By function</source>
        <translation>कार्यवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>श्रेणीवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per year</source>
        <translation>सालाना नुकसान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: loss over outage duration</source>
        <translation>चार्ट: आउटेज की अवधि के साथ नुकसान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by function</source>
        <translation>चार्ट: कार्यवार नुकसान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by category</source>
        <translation>चार्ट: श्रेणीवार नुकसान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: chance of a yearly loss</source>
        <translation>चार्ट: सालाना नुकसान की संभावना</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{p50} usually, {p90} one time in 10, {p99} one time in 100</source>
        <translation>आम तौर पर {p50}, 10 में 1 बार {p90}, 100 में 1 बार {p99}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad year (1 in 100)</source>
        <translation>आम साल में {p50}, बुरे साल में {p90} (10 में 1), बहुत बुरे साल में {p99} (100 में 1)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing to show yet: add what your customers do on WhatsApp on the Functions page, and what an outage would cost appears here.</source>
        <translation>अभी दिखाने को कुछ नहीं: कार्य पेज पर जोड़ें कि आपके ग्राहक WhatsApp पर क्या करते हैं, और आउटेज की लागत यहाँ दिखेगी।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 if it strikes while the business is open (%3, its typical length); %4 on average over every hour of the week and every length (the yearly figure is built from this average); worst if it starts on %5 at %6 (%7).</source>
        <translation>%1: व्यवसाय खुला रहते समय शुरू हो तो %2 (%3, इसकी आम अवधि); हफ़्ते के हर घंटे और हर अवधि का औसत %4 (सालाना आँकड़ा इसी औसत से निकाला जाता है); सबसे बुरा तब, जब यह %5 को %6 पर शुरू हो (%7)।</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>While open</source>
        <translation>खुले समय में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average outage</source>
        <translation>औसत आउटेज</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export &amp;PNG…</source>
        <translation>PNG एक्सपोर्ट करें (&amp;P)…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{term}:</source>
        <translation>{term}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One outage costs:</source>
        <translation>एक आउटेज की लागत:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year of outages costs:</source>
        <translation>आउटेज से एक साल की लागत:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export S&amp;VG…</source>
        <translation>SVG एक्सपोर्ट करें (&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss by function in the chosen scenario</source>
        <translation>चुने गए परिदृश्य में कार्यवार नुकसान</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1”, of typical length (%2), striking while the business is open: the figure to plan for. Averaged over every hour of the week and every length, it costs %3.</source>
        <translation>आम अवधि (%2) का “%1”, जो व्यवसाय खुला रहते समय शुरू हो: योजना बनाने के लिए यही आँकड़ा है। हफ़्ते के हर घंटे और हर अवधि का औसत लें तो इसका नुकसान %3 है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1, “%2” striking while the business is open costs more than the %3 the business can bear.</source>
        <translation>%1 के बाद, व्यवसाय खुला रहते समय शुरू होने वाले “%2” का नुकसान उस %3 से ज़्यादा हो जाता है जो व्यवसाय सह सकता है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>simulating…</source>
        <translation>सिमुलेशन जारी…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missed for %2</source>
        <translation>%1: %2 तक पूरी नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reached after %2</source>
        <translation>%1: %2 बाद पूरी</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/review_view.py" line="+96"/>
        <source>After-action review of the exercise</source>
        <translation>अभ्यास के बाद की समीक्षा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-action review of the outage</source>
        <translation>आउटेज के बाद की समीक्षा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings against the plan</source>
        <translation>योजना की तुलना में लगा समय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan expects</source>
        <translation>योजना के अनुसार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It took</source>
        <translation>असल में लगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was not done</source>
        <translation>जो नहीं हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks for the action plan</source>
        <translation>एक्शन प्लान के लिए फ़ॉलो-अप काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF…</source>
        <translation>रिपोर्ट PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the follow-up tasks and the record of this run to the plan</source>
        <translation>फ़ॉलो-अप काम और इस बार का रिकॉर्ड योजना में जोड़ें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started on %1 at %2 UTC; it lasted %3.</source>
        <translation>%1 को %2 UTC पर शुरू हुआ; %3 चला।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Later than the plan expects, or never done.</source>
        <translation>योजना में तय समय से देर से हुआ, या कभी नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step was done.</source>
        <translation>कुछ नहीं: हर कदम पूरा हुआ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: every switch was made.</source>
        <translation>कोई नहीं: हर वैकल्पिक चैनल पर स्विच हो गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the plan: the follow-up tasks (%1), the record of this run and its date as the plan&apos;s review date. Undo takes them back; save the plan to keep them.</source>
        <translation>योजना में जोड़ा गया: फ़ॉलो-अप काम (%1), इस बार का रिकॉर्ड, और इसकी तारीख योजना की समीक्षा की तारीख के रूप में। पूर्ववत करने से ये हट जाते हैं; इन्हें रखने के लिए योजना सहेजें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>रिपोर्ट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved: %1</source>
        <translation>रिपोर्ट सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is saved as %1.</source>
        <translation>रिपोर्ट %1 के रूप में सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+74"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does during an outage.</source>
        <translation>आउटेज के दौरान यह व्यक्ति क्या करता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder</source>
        <translation>ज़िम्मेदार व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who normally takes this role.</source>
        <translation>आम तौर पर यह भूमिका कौन निभाता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate</source>
        <translation>बैकअप व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who steps in when the holder cannot be reached.</source>
        <translation>ज़िम्मेदार व्यक्ति से संपर्क न हो पाए तो कौन संभालता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s phone number (not WhatsApp).</source>
        <translation>ज़िम्मेदार व्यक्ति का फ़ोन नंबर (WhatsApp नहीं)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate&apos;s phone</source>
        <translation>बैकअप व्यक्ति का फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alternate&apos;s phone number.</source>
        <translation>बैकअप व्यक्ति का फ़ोन नंबर।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duties</source>
        <translation>ज़िम्मेदारियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this role does once an outage is declared.</source>
        <translation>आउटेज घोषित होने पर यह भूमिका क्या करती है।</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../continuity_app/core/scenarios.py" line="+179"/>
        <source>length unknown</source>
        <translation>अवधि अज्ञात</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <location line="+143"/>
        <location line="+56"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n घटना</numerusform>
            <numerusform>%n घटनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>{event_count} in {years} years: {how_often}</source>
        <translation>{years} साल में {event_count}: {how_often}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Events: {events}.</source>
        <translation>घटनाएँ: {events}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lengths from these events: {events}.</source>
        <translation>इन घटनाओं से अवधियाँ: {events}।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model follows an outage for one week at most, so {hours} h are counted</source>
        <translation>मॉडल किसी आउटेज को ज़्यादा से ज़्यादा एक हफ़्ते तक देखता है, इसलिए {hours} घंटे गिने जाते हैं</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outage history holds no event of this kind, so the app&apos;s stated defaults apply: {how_often}, {duration} h typical length (listed with their sources on the Sources page).</source>
        <translation>आउटेज इतिहास में इस तरह की कोई घटना नहीं है, इसलिए ऐप के बताए डिफ़ॉल्ट मान लागू होते हैं: {how_often}, सामान्य अवधि {duration} घंटे (स्रोत पेज पर उनके स्रोतों के साथ सूचीबद्ध)।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{country}: {event_count} from {first} to {last}: {how_often}</source>
        <translation>{country}: {first} से {last} तक {event_count}: {how_often}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: no nationwide government shutdown of this kind recorded from {first} to {last}, so none is expected; change the frequency if the risk has grown</source>
        <translation>{country}: {first} से {last} तक इस तरह की कोई देशव्यापी सरकारी बंदी दर्ज नहीं, इसलिए कोई अपेक्षित नहीं; अगर जोखिम बढ़ा है तो आवृत्ति बदलें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{country}: no count of its own is published, so the world rate applies: {event_count} in {years} years across {countries}, so in one country {how_often}</source>
        <translation>{country}: इसकी अपनी कोई संख्या प्रकाशित नहीं होती, इसलिए विश्व दर लागू होती है: {countries} में {years} साल में {event_count}, यानी एक देश में {how_often}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weighted by the plan&apos;s countries: {how_often}</source>
        <translation>योजना के देशों के हिसाब से भारित: {how_often}</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n देश</numerusform>
            <numerusform>%n देशों</numerusform>
        </translation>
    </message>
    <message>
        <location line="-170"/>
        <source>{sentence}. {next}</source>
        <translation>{sentence}। {next}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; the spread of their logarithms is {sigma}</source>
        <translation>आम अवधि = ज्ञात अवधियों ({known}) की माध्यिका = {duration} घंटे; उनके लघुगणकों का फैलाव {sigma} है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>आम अवधि = ज्ञात अवधियों ({known}) की माध्यिका = {duration} घंटे; फैलाव मापने के लिए अवधियाँ बहुत कम हैं, इसलिए घोषित डिफ़ॉल्ट {sigma} लागू है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No length is known, so the stated default of {duration} h applies; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>कोई अवधि ज्ञात नहीं है, इसलिए घोषित डिफ़ॉल्ट {duration} घंटे लागू है; फैलाव मापने के लिए अवधियाँ बहुत कम हैं, इसलिए घोषित डिफ़ॉल्ट {sigma} लागू है</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{country} also had {event_count} that hit only one region (regional shutdowns) from {first} to {last}; they are not counted, so raise the frequency if your region is among those affected</source>
        <translation>{country} में {first} से {last} तक सिर्फ़ एक इलाके तक सीमित घटनाएँ (क्षेत्रीय शटडाउन) भी दर्ज हैं: {event_count}; ये गिनी नहीं जातीं, इसलिए अगर आपका इलाका प्रभावित इलाकों में है तो आवृत्ति बढ़ाएँ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How often this happens depends on the business&apos;s countries: it is counted for each country when a plan gives them</source>
        <translation>यह कितनी बार होता है, यह व्यवसाय के देशों पर निर्भर है: योजना में देश दिए हों तो हर देश के लिए इसकी गिनती होती है</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="-89"/>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this kind of outage.</source>
        <translation>इस तरह के आउटेज का नाम।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What fails</source>
        <translation>क्या बंद होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The infrastructure that stops working; every channel on it fails.</source>
        <translation>वह बुनियादी ढाँचा जो काम करना बंद कर देता है; उस पर चलने वाला हर चैनल बंद हो जाता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration (h)</source>
        <translation>अवधि (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length of one outage, hours.</source>
        <translation>एक आउटेज की आम अवधि, घंटों में।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many such outages to expect in a year. Double-click to type it as a number per year: 0.5 is once every two years, 4 is four times a year.</source>
        <translation>एक साल में ऐसे कितने आउटेज की उम्मीद है। इसे प्रति वर्ष संख्या के रूप में लिखने के लिए डबल-क्लिक करें: 0.5 यानी हर दो साल में एक बार, 4 यानी साल में चार बार।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="+134"/>
        <source>Outages per year</source>
        <translation>प्रति वर्ष आउटेज</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the scenario a name.</source>
        <translation>परिदृश्य का नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+13"/>
        <source>Starts</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pinned start time, or any time of the week (losses averaged).</source>
        <translation>तय शुरुआती समय, या हफ़्ते का कोई भी समय (नुकसान का औसत)।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="-33"/>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/scenarios_page.py" line="+236"/>
        <location line="+16"/>
        <source>Scenarios</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Say how often at least one scenario happens in a year.</source>
        <translation>बताएँ कि कम से कम एक परिदृश्य साल में कितनी बार होता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outages this plan prepares for. Presets take their frequency and length from the outage history below; a channel keeps working in a scenario only when nothing it depends on fails. Double-click a name, duration or frequency to change it.</source>
        <translation>वे आउटेज जिनके लिए यह योजना तैयारी करती है। तैयार परिदृश्यों की आवृत्ति और अवधि नीचे दिए आउटेज इतिहास से ली जाती है; कोई चैनल किसी परिदृश्य में तभी चलता रहता है जब वह जिन चीज़ों पर निर्भर है, उनमें से कुछ भी बंद न हो। नाम, अवधि या आवृत्ति बदलने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add preset</source>
        <translation>तैयार परिदृश्य जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outage scenario derived from the history.</source>
        <translation>इतिहास से निकाला गया आउटेज परिदृश्य जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add preset scenario</source>
        <translation>तैयार परिदृश्य जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom scenario</source>
        <translation>अपना परिदृश्य जोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario whose numbers you set yourself.</source>
        <translation>ऐसा परिदृश्य जोड़ें जिसकी संख्याएँ आप खुद तय करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected scenario from the plan.</source>
        <translation>चुना गया परिदृश्य योजना से हटाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scenario</source>
        <translation>परिदृश्य हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected scenario</source>
        <translation>चुना गया परिदृश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What fails (hover for details):</source>
        <translation>क्या बंद होता है (ब्योरे के लिए माउस रखें) (&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed infrastructure layers</source>
        <translation>बुनियादी ढाँचे की बंद परतें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin the start time</source>
        <translation>शुरुआती समय तय करें (&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a pinned start the loss is averaged over every hour of the week, and the worst start is reported beside it.</source>
        <translation>शुरुआती समय तय न हो तो नुकसान हफ़्ते के हर घंटे का औसत होता है, और साथ में सबसे बुरा शुरुआती समय बताया जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start weekday</source>
        <translation>शुरुआत का दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>शुरुआत का समय</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the numbers come from</source>
        <translation>संख्याएँ कहाँ से आती हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>आउटेज इतिहास</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>सेवाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed</source>
        <translation>क्या बंद हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (h)</source>
        <translation>अवधि (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>विश्वसनीयता</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every preset is in the plan</source>
        <translation>सभी तैयार परिदृश्य योजना में हैं</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only one kind of outage so far: add the others with Add preset (a Meta-wide outage, a phone network outage, a government shutdown) to see what each would cost.</source>
        <translation>अभी तक आउटेज का सिर्फ़ एक प्रकार है: बाकी “तैयार परिदृश्य जोड़ें” से जोड़ें (पूरे Meta का आउटेज, फ़ोन नेटवर्क आउटेज, सरकारी बंदी) ताकि दिखे कि हर एक की लागत क्या होगी।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A custom scenario: its frequency and duration are yours. Fails: %1.</source>
        <translation>आपका अपना परिदृश्य: इसकी आवृत्ति और अवधि आप तय करते हैं। बंद होता है: %1।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: {source} (confidence: {confidence}).</source>
        <translation>स्रोत: {source} (विश्वसनीयता: {confidence})।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A scenario needs at least one layer that fails.</source>
        <translation>परिदृश्य में कम से कम एक परत बंद होनी चाहिए।</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Outage history (%n event(s))</source>
        <translation>
            <numerusform>आउटेज इतिहास (%n घटना)</numerusform>
            <numerusform>आउटेज इतिहास (%n घटनाएँ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show outage history</source>
        <translation>आउटेज इतिहास दिखाएँ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of the modelled layers</source>
        <translation>मॉडल की कोई भी परत नहीं</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../continuity_app/selftest.py" line="+60"/>
        <source>note: no display answers at {displays}; the window is checked offscreen.</source>
        <translation>नोट: {displays} पर कोई डिस्प्ले जवाब नहीं दे रहा; विंडो की जाँच बिना स्क्रीन (offscreen) की जा रही है।</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../continuity_app/gui/app.py" line="+115"/>
        <source>The unsaved changes could not be written to the recovery folder: the window asks whether to save them. Press Ctrl+C again to quit without them.</source>
        <translation>बिना सहेजे बदलाव रिकवरी फ़ोल्डर में नहीं लिखे जा सके: विंडो पूछेगी कि उन्हें सहेजना है या नहीं। उनके बिना बाहर निकलने के लिए फिर से Ctrl+C दबाएँ।</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_page.py" line="+91"/>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every figure the model uses, with where it comes from and how far it can be trusted. Figures marked &apos;default&apos; are stated assumptions, not measurements: change them in your plan where you know better. &apos;Derived&apos; figures are computed from the others (for example from the outage history).</source>
        <translation>मॉडल में इस्तेमाल हर आँकड़ा, वह कहाँ से आया और उस पर कितना भरोसा किया जा सकता है। &apos;डिफ़ॉल्ट&apos; चिह्नित आँकड़े घोषित धारणाएँ हैं, माप नहीं: जहाँ आप बेहतर जानते हों, अपनी योजना में उन्हें बदलें। &apos;निकाले गए&apos; आँकड़े दूसरे आँकड़ों से गणना करके निकाले जाते हैं (जैसे आउटेज इतिहास से)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter:</source>
        <translation>फ़िल्टर:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to show only matching rows in every tab</source>
        <translation>हर टैब में सिर्फ़ मेल खाने वाली पंक्तियाँ दिखाने के लिए टाइप करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the reference tables</source>
        <translation>संदर्भ तालिकाएँ फ़िल्टर करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the selected row</source>
        <translation>चुनी गई पंक्ति का स्रोत</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy source</source>
        <translation>स्रोत कॉपी करें</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Source of the selected row (confidence: %1):</source>
        <translation>चुनी गई पंक्ति का स्रोत (विश्वसनीयता: %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the selected row:</source>
        <translation>चुनी गई पंक्ति का स्रोत:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Channels</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage by country</source>
        <translation>देशवार इस्तेमाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>आउटेज इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country figures</source>
        <translation>देशों के आँकड़े</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="+274"/>
        <source>Blocked apps</source>
        <translation>रोक लगे ऐप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data coverage</source>
        <translation>डेटा की उपलब्धता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelling defaults</source>
        <translation>मॉडल के डिफ़ॉल्ट मान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer behaviour</source>
        <translation>ग्राहकों का व्यवहार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdowns and carrier outages</source>
        <translation>इंटरनेट बंदी और मोबाइल ऑपरेटर आउटेज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario presets</source>
        <translation>तैयार परिदृश्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps</source>
        <translation>तैयारी के कदम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function needs</source>
        <translation>कार्यों की ज़रूरतें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure layers</source>
        <translation>बुनियादी ढाँचे की परतें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="-213"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>आंशिक रूप से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <location line="+319"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>किस पर निर्भर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works without mobile data</source>
        <translation>मोबाइल डेटा के बिना चलता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end encrypted</source>
        <translation>एंड-टू-एंड एन्क्रिप्टेड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per message (USD)</source>
        <translation>प्रति मैसेज लागत (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up effort</source>
        <translation>सेटअप की मेहनत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slows under sign-up surges</source>
        <translation>नए यूज़र की भीड़ में धीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+27"/>
        <location line="+24"/>
        <location line="+26"/>
        <location line="+35"/>
        <location line="+93"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was measured</source>
        <translation>क्या मापा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Used by the model</source>
        <translation>मॉडल में इस्तेमाल</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-96"/>
        <source>worldwide</source>
        <translation>दुनिया भर में</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>one country</source>
        <translation>एक देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>regional</source>
        <translation>क्षेत्रीय</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>partial</source>
        <translation>आंशिक</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>शुरुआत (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>सेवाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Failed layers</source>
        <translation>बंद हुई परतें</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Duration (h)</source>
        <translation>अवधि (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the duration</source>
        <translation>अवधि के बारे में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Assumption</source>
        <translation>धारणा</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+85"/>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What it measures</source>
        <translation>यह क्या मापता है</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>App</source>
        <translation>ऐप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>किस पर रोक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole app</source>
        <translation>पूरा ऐप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its calls</source>
        <translation>इसकी कॉल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down, not blocked</source>
        <translation>धीमा किया गया, रोक नहीं</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in force</source>
        <translation>अभी लागू</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apps with a usage figure</source>
        <translation>इस्तेमाल के आँकड़े वाले ऐप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest figure</source>
        <translation>सबसे पुराना आँकड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest figure</source>
        <translation>सबसे नया आँकड़ा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>डेटा नहीं</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted from the other tabs: each figure keeps its own source there.</source>
        <translation>बाकी टैब से गिना गया: हर आँकड़े का स्रोत वहीं दिया गया है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind of function</source>
        <translation>कार्य का प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>व्यवसाय का प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long customers wait (h)</source>
        <translation>ग्राहक कितना इंतज़ार करते हैं (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share who come back later</source>
        <translation>बाद में लौटने वालों का हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share lost for good</source>
        <translation>हमेशा के लिए खोए ग्राहकों का हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share that cannot wait</source>
        <translation>इंतज़ार न कर सकने वाला हिस्सा</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length (h)</source>
        <translation>आम अवधि (घंटे)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government mobile-data shutdown</source>
        <translation>सरकार द्वारा मोबाइल डेटा बंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>सरकार द्वारा इंटरनेट बंदी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps blocked by the government</source>
        <translation>सरकार द्वारा ऐप्स पर रोक</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nationwide mobile-carrier outage</source>
        <translation>देशव्यापी मोबाइल ऑपरेटर आउटेज</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole country</source>
        <translation>पूरा देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one region</source>
        <translation>एक क्षेत्र</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>World</source>
        <translation>दुनिया</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages at least (h)</source>
        <translation>आउटेज कम से कम (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages under (h)</source>
        <translation>आउटेज इससे कम (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step</source>
        <translation>कदम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts who follow</source>
        <translation>साथ आने वाले लोग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready after (h)</source>
        <translation>तैयार होने में (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up work (h)</source>
        <translation>सेटअप का काम (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (USD)</source>
        <translation>मासिक शुल्क (USD)</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+116"/>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all sectors</source>
        <translation>सभी व्यवसाय</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year</source>
        <translation>पहला वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>अंतिम वर्ष</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>देश में WhatsApp पर रोक (अदालत या सरकार द्वारा)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet shutdown by the government (kind not given)</source>
        <translation>सरकार द्वारा इंटरनेट बंदी (प्रकार नहीं बताया गया)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not stated</source>
        <translation>नहीं बताया गया</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>local (e.g. %1)</source>
        <translation>स्थानीय (जैसे %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one-to-one chats</source>
        <translation>व्यक्तिगत चैट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast</source>
        <translation>ब्रॉडकास्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business account or API</source>
        <translation>बिज़नेस खाता या API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>ज़रूरतें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>महत्व</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+11"/>
        <source>one provider&apos;s service</source>
        <translation>एक प्रदाता की सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>परत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fails with it</source>
        <translation>इसके साथ क्या बंद होता है</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+94"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/spreadsheet_dialog.py" line="+372"/>
        <source>The plan has no results to export yet.</source>
        <translation>योजना में अभी एक्सपोर्ट करने लायक नतीजे नहीं हैं।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export results</source>
        <translation>नतीजे एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel वर्कबुक (*.xlsx);;CSV तालिका (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export</source>
        <translation>एक्सपोर्ट नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location line="-260"/>
        <source>Import functions from a spreadsheet</source>
        <translation>स्प्रेडशीट से कार्य इम्पोर्ट करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel table with one row per function. Say which column holds each value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values low – likely – high.</source>
        <translation>CSV या Excel तालिका, जिसमें हर कार्य की एक पंक्ति हो। बताएँ कि कौन-सा मान किस कॉलम में है; शीर्षकों से अंदाज़ा लगाया जाता है। हिस्से 0.8 या 80 % लिखे जा सकते हैं, अनिश्चित मान कम – संभावित – ज़्यादा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>तालिका:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>कोई फ़ाइल नहीं चुनी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen table</source>
        <translation>चुनी गई तालिका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file</source>
        <translation>CSV या Excel फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the plan&apos;s functions as a table…</source>
        <translation>योजना के कार्य तालिका के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan&apos;s functions to a CSV or Excel file in the columns this dialog reads, to edit them in a spreadsheet and import them back.</source>
        <translation>योजना के कार्यों को CSV या Excel फ़ाइल में उन्हीं कॉलम में लिखें जिन्हें यह डायलॉग पढ़ता है, ताकि आप उन्हें स्प्रेडशीट में बदलकर वापस इम्पोर्ट कर सकें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>%1 का कॉलम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First rows:</source>
        <translation>पहली पंक्तियाँ (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the table</source>
        <translation>तालिका की पहली पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>समस्याएँ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the table</source>
        <translation>तालिका में समस्याएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the plan&apos;s functions</source>
        <translation>योजना के कार्यों में जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the plan&apos;s functions</source>
        <translation>योजना के कार्यों की जगह रखें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a functions table</source>
        <translation>कार्यों की तालिका चुनें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>तालिकाएँ (*.csv *.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan&apos;s functions as a table</source>
        <translation>योजना के कार्य तालिका के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel वर्कबुक (*.xlsx);;CSV तालिका (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the table</source>
        <translation>तालिका सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(not used)</source>
        <translation>(इस्तेमाल नहीं)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>पंक्ति %1, कॉलम “%2”: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>&amp;Import %n function(s)</source>
        <translation>
            <numerusform>%n कार्य इम्पोर्ट करें (&amp;I)</numerusform>
            <numerusform>%n कार्य इम्पोर्ट करें (&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+105"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>पंक्ति {row}, कॉलम {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {message}</source>
        <translation>पंक्ति {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(और %n)</numerusform>
            <numerusform>(और %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: choose a .csv or .xlsx file</source>
        <translation>{name}: .csv या .xlsx फ़ाइल चुनें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/table_files.py" line="+65"/>
        <source>{path}: no such file</source>
        <translation>{path}: यह फ़ाइल मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>फ़ाइल {path} पढ़ी नहीं जा सकी: {reason}।</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} is not a regular file (it is a folder, a pipe or a device). Choose the spreadsheet file itself.</source>
        <translation>{name} सामान्य फ़ाइल नहीं है (यह फ़ोल्डर, पाइप या डिवाइस है)। स्प्रेडशीट फ़ाइल ही चुनें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is {size}; a functions table file is at most {limit}. Keep only the functions table in the file and save it again.</source>
        <translation>{name} {size} की है; कार्यों की तालिका वाली फ़ाइल ज़्यादा से ज़्यादा {limit} की होती है। फ़ाइल में सिर्फ़ कार्यों की तालिका रखें और उसे फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: the sheet has {rows} rows; a functions table has at most {limit}. Delete the rows below the table (or copy the table to a new sheet) and save it again.</source>
        <translation>{name}: शीट में {rows} पंक्तियाँ हैं; कार्यों की तालिका में ज़्यादा से ज़्यादा {limit} होती हैं। तालिका के नीचे की पंक्तियाँ मिटाएँ (या तालिका को नई शीट में कॉपी करें) और फ़ाइल फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the sheet has {columns} columns; a functions table has at most {limit}. Delete the columns right of the table and save it again.</source>
        <translation>{name}: शीट में {columns} कॉलम हैं; कार्यों की तालिका में ज़्यादा से ज़्यादा {limit} होते हैं। तालिका के दाईं ओर के कॉलम मिटाएँ और फ़ाइल फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {cell} holds {length} characters; a cell of a functions table holds at most {limit}. Shorten that cell and save the file again.</source>
        <translation>{name}: {cell} में {length} अक्षर हैं; कार्यों की तालिका के एक सेल में ज़्यादा से ज़्यादा {limit} अक्षर हो सकते हैं। उस सेल को छोटा करें और फ़ाइल फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: reading the table took more than {seconds} seconds, far longer than a functions table needs. Keep only the functions table in the file and save it again.</source>
        <translation>{name}: तालिका पढ़ने में {seconds} सेकंड से ज़्यादा लगे, कार्यों की तालिका के लिए ज़रूरत से कहीं ज़्यादा। फ़ाइल में सिर्फ़ कार्यों की तालिका रखें और उसे फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line {line}, cell {column}</source>
        <translation>पंक्ति {line}, सेल {column}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {line}</source>
        <translation>पंक्ति {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: line {line} cannot be read as CSV ({error}). Open the file in your spreadsheet program and save it again as CSV UTF-8.</source>
        <translation>{name}: पंक्ति {line} CSV के रूप में पढ़ी नहीं जा सकी ({error})। फ़ाइल को अपने स्प्रेडशीट प्रोग्राम में खोलें और फिर से CSV UTF-8 के रूप में सहेजें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {limit}</source>
        <translation>{limit} से ज़्यादा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} contains NUL characters, so it is not a text table (perhaps a workbook or another binary file named .csv). Save the table as CSV UTF-8 or as .xlsx and try again.</source>
        <translation>{name} में NUL अक्षर हैं, इसलिए यह टेक्स्ट तालिका नहीं है (शायद कोई वर्कबुक या दूसरी बाइनरी फ़ाइल, जिसके नाम के अंत में .csv है)। तालिका को CSV UTF-8 या .xlsx के रूप में सहेजें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx</source>
        <translation>{name}: UTF-8 टेक्स्ट नहीं है; तालिका को CSV UTF-8 या .xlsx के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is password-protected or an old-style .xls workbook. Remove the password (or save it as .xlsx) in your spreadsheet program and try again.</source>
        <translation>{name} पासवर्ड से सुरक्षित है या पुराने ढंग की .xls वर्कबुक है। अपने स्प्रेडशीट प्रोग्राम में पासवर्ड हटाएँ (या इसे .xlsx के रूप में सहेजें) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV UTF-8 and try again.</source>
        <translation>{name} Excel वर्कबुक (.xlsx) नहीं है। तालिका को .xlsx या CSV UTF-8 के रूप में सहेजें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook is damaged and cannot be read ({detail}). Open it in your spreadsheet program and save it again, or save the table as CSV UTF-8.</source>
        <translation>{name}: वर्कबुक ख़राब है और पढ़ी नहीं जा सकती ({detail})। इसे अपने स्प्रेडशीट प्रोग्राम में खोलकर फिर से सहेजें, या तालिका को CSV UTF-8 के रूप में सहेजें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook unpacks to more than {size}, far more than a functions table needs, so it is not opened. Copy the functions table into a new workbook and save that.</source>
        <translation>{name}: अनज़िप होने पर वर्कबुक {size} से ज़्यादा की हो जाती है, कार्यों की तालिका की ज़रूरत से कहीं ज़्यादा, इसलिए इसे खोला नहीं गया। कार्यों की तालिका को नई वर्कबुक में कॉपी करें और उसे सहेजें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many parts</source>
        <translation>बहुत ज़्यादा हिस्से</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is password-protected. Remove the password in your spreadsheet program and try again.</source>
        <translation>{name} पासवर्ड से सुरक्षित है। अपने स्प्रेडशीट प्रोग्राम में पासवर्ड हटाएँ और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: the workbook holds XML declarations that spreadsheet programs never write (a way to make a small file expand without end), so it is not opened. Copy the table into a new workbook and save that.</source>
        <translation>{name}: वर्कबुक में ऐसे XML डिक्लेरेशन हैं जो स्प्रेडशीट प्रोग्राम कभी नहीं लिखते (छोटी फ़ाइल को अंतहीन फैलाने का एक तरीका), इसलिए इसे खोला नहीं गया। तालिका को नई वर्कबुक में कॉपी करें और उसे सहेजें।</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no sheets</source>
        <translation>कोई शीट नहीं</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cell {cell}</source>
        <translation>सेल {cell}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+6"/>
        <location filename="../../continuity_app/io/table_files.py" line="-435"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: फ़ाइल खाली है</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {number}</source>
        <translation>कॉलम {number}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{text} is a formula, and formulas are not computed here; type the value itself (or paste values only) in the spreadsheet</source>
        <translation>{text} एक फ़ॉर्मूला है, और यहाँ फ़ॉर्मूलों की गणना नहीं होती; स्प्रेडशीट में मान ख़ुद लिखें (या सिर्फ़ मान पेस्ट करें)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is a date, not a number; {hint}</source>
        <translation>{text} एक तारीख है, संख्या नहीं; {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a finite number; {hint}</source>
        <translation>{text} सीमित संख्या नहीं है; {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a whole number of people</source>
        <translation>{text}: लोगों की संख्या पूरी संख्या होनी चाहिए (बिना दशमलव)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: give one number</source>
        <translation>{text}: एक संख्या दें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}: low – likely – high must be in rising order</source>
        <translation>{text}: कम – संभावित – ज़्यादा बढ़ते क्रम में होने चाहिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: give one number or low – likely – high</source>
        <translation>{text}: एक संख्या दें, या कम – संभावित – ज़्यादा</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a number; {hint}</source>
        <translation>{text} कोई संख्या नहीं है; {hint}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-171"/>
        <source>write interactions per open day, such as 60 or 40 – 60 – 90</source>
        <translation>प्रति कामकाजी दिन बातचीत लिखें, जैसे 60 या 40 – 60 – 90</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>write a share such as 0.8 or 80 %</source>
        <translation>0.8 या 80 % जैसा हिस्सा लिखें</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>write a share such as 0.5 or 50 %</source>
        <translation>0.5 या 50 % जैसा हिस्सा लिखें</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write a share such as 0.05 or 5 %</source>
        <translation>0.05 या 5 % जैसा हिस्सा लिखें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write a share such as 0.9 or 90 %, or leave it empty for the default</source>
        <translation>0.9 या 90 % जैसा हिस्सा लिखें, या डिफ़ॉल्ट के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>write a share such as 0.3 or 30 %</source>
        <translation>0.3 या 30 % जैसा हिस्सा लिखें</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>write an amount in the plan currency, such as 35</source>
        <translation>योजना की मुद्रा में रकम लिखें, जैसे 35</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>write an amount in the plan currency, such as 2</source>
        <translation>योजना की मुद्रा में रकम लिखें, जैसे 2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>write hours, such as 4 or 1 – 4 – 12</source>
        <translation>घंटे लिखें, जैसे 4 या 1 – 4 – 12</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>write messages per interaction, such as 3</source>
        <translation>प्रति बातचीत मैसेज लिखें, जैसे 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>write a number of people, such as 5</source>
        <translation>लोगों की संख्या लिखें, जैसे 5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+8"/>
        <source>write a number</source>
        <translation>संख्या लिखें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a kind of function; use one of {kinds}</source>
        <translation>{text} कोई कार्य-प्रकार नहीं है; इनमें से एक इस्तेमाल करें: {kinds}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>choose a column for {fields}</source>
        <translation>{fields} के लिए कॉलम चुनें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such column in the table</source>
        <translation>तालिका में ऐसा कोई कॉलम नहीं है</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty</source>
        <comment>a required cell with nothing in it</comment>
        <translation>खाली</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/sheet_writers.py" line="+117"/>
        <source>{name}: give a file name ending in .csv or .xlsx</source>
        <translation>{name}: .csv या .xlsx पर ख़त्म होने वाला फ़ाइल नाम दें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write {path}: {error}</source>
        <translation>{path} सहेजा नहीं जा सका: {error}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../continuity_app/gui/outage/start_dialog.py" line="+74"/>
        <location line="+7"/>
        <source>Start outage mode</source>
        <translation>आउटेज मोड शुरू करें</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which outage is it? The window then shows the plan at work: the clock since now, the checklist, the messages and the log, saved as it goes.</source>
        <translation>कौन-सा आउटेज है? इसके बाद विंडो योजना को काम करते हुए दिखाएगी: अभी से चलती घड़ी, चेकलिस्ट, मैसेज और लॉग, जो साथ-साथ सहेजा जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run a tabletop exercise</source>
        <translation>टेबल-टॉप अभ्यास चलाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which exercise? A facilitator moves its clock on and reads out its events; the team works from the plan as in a real outage.</source>
        <translation>कौन-सा अभ्यास? एक संचालक उसकी घड़ी आगे बढ़ाता है और उसकी घटनाएँ पढ़कर सुनाता है; टीम असली आउटेज की तरह योजना के अनुसार काम करती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the exercise</source>
        <translation>अभ्यास शुरू करें</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/status_view.py" line="+46"/>
        <source>Where the outage stands, by the plan&apos;s figures</source>
        <translation>योजना के आँकड़ों के हिसाब से आउटेज की स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss so far:</source>
        <translation>अब तक नुकसान:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest outage you can bear:</source>
        <translation>सबसे लंबा आउटेज जो आप सह सकते हैं:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum service, served now by the switches made:</source>
        <translation>न्यूनतम सेवा, अब तक किए गए चैनल बदलावों से:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week; no limit within this outage.</source>
        <translation>एक हफ़्ते से ज़्यादा; इस आउटेज में कोई सीमा नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reached in %2.</source>
        <translation>%1, जो %2 बाद पूरा होगा।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, passed %2 ago.</source>
        <translation>%1, जो %2 पहले पार हो चुका है।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 served, %3 needed within %4: met.</source>
        <translation>%1: %2 को सेवा, %4 के भीतर %3 ज़रूरी: पूरा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met yet, %5 left.</source>
        <translation>%1: %2 को सेवा, %4 के भीतर %3 ज़रूरी: अभी पूरा नहीं, %5 बाकी।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met, %5 too late.</source>
        <translation>%1: %2 को सेवा, %4 के भीतर %3 ज़रूरी: पूरा नहीं, %5 की देरी।</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/summary_page.py" line="+128"/>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first three things to do</source>
        <translation>सबसे पहले करने वाले तीन काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every recommendation</source>
        <translation>सभी सुझाव देखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan…</source>
        <translation>योजना प्रिंट करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp बंद है: आउटेज मोड शुरू करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>टेबल-टॉप अभ्यास चलाएँ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: what a WhatsApp outage would cost</source>
        <translation>%1: WhatsApp आउटेज की लागत क्या होगी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: what an outage of WhatsApp and your other apps would cost</source>
        <translation>%1: WhatsApp और आपके दूसरे ऐप के आउटेज की लागत क्या होगी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out the figures…</source>
        <translation>आँकड़े निकाले जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n activities rely on typical values no source measures for your business (how long customers wait, how many come back): replace them with yours on the Functions page when you know them.</source>
        <translation>
            <numerusform>%n गतिविधि ऐसे आम मानों पर टिकी है जिन्हें कोई स्रोत आपके व्यवसाय के लिए नहीं मापता (ग्राहक कितनी देर इंतज़ार करते हैं, कितने लौटते हैं): जब आपको पता हो, कार्य पेज पर इन्हें अपने मानों से बदलें।</numerusform>
            <numerusform>%n गतिविधियाँ ऐसे आम मानों पर टिकी हैं जिन्हें कोई स्रोत आपके व्यवसाय के लिए नहीं मापता (ग्राहक कितनी देर इंतज़ार करते हैं, कितने लौटते हैं): जब आपको पता हो, कार्य पेज पर इन्हें अपने मानों से बदलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>With the %n open task(s) of your action plan done, you can expect to lose about {after} a year instead of {before}, and {p90_after} instead of {p90_before} in a bad year. The figures above are for today.</source>
        <translation>
            <numerusform>आपके एक्शन प्लान का %n अधूरा काम पूरा होने पर: अनुमानित नुकसान सालाना {before} की जगह लगभग {after}, और बुरे साल में {p90_before} की जगह {p90_after}। ऊपर के आँकड़े आज के हैं।</numerusform>
            <numerusform>आपके एक्शन प्लान के %n अधूरे काम पूरे होने पर: अनुमानित नुकसान सालाना {before} की जगह लगभग {after}, और बुरे साल में {p90_before} की जगह {p90_after}। ऊपर के आँकड़े आज के हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One outage of about %1 while you are open</source>
        <translation>व्यवसाय खुले रहते हुए लगभग %1 का एक आउटेज</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the longest outage you can bear is worked out on this one.</source>
        <translation>%1: आपका सबसे लंबा सहनीय आउटेज इसी आउटेज पर निकाला जाता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than a week</source>
        <translation>एक हफ़्ते से ज़्यादा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After that, one outage costs more than the %1 you said you can bear.</source>
        <translation>उसके बाद एक आउटेज की लागत उस %1 से ज़्यादा हो जाती है जो आपने कहा कि आप सह सकते हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out what to do first…</source>
        <translation>तय हो रहा है कि पहले क्या करें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to add now: no step saves more than it costs. See the Recommendations page for the reasons.</source>
        <translation>अभी जोड़ने को कुछ नहीं: कोई भी कदम अपनी लागत से ज़्यादा नहीं बचाता। कारण सुझाव पेज पर देखें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (for %3): saves about %4 a year, costs about %5 a year.</source>
        <translation>%1. %2 (%3 के लिए): सालाना लगभग %4 बचाता है, सालाना लगभग %5 लागत।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your action plan: %1.</source>
        <translation>आपके एक्शन प्लान में: %1।</translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <location filename="../../continuity_app/io/task_export.py" line="+58"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worth a year ({currency})</source>
        <translation>सालाना फ़ायदा ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>पूरा होने की तारीख</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Continuity plan: {business}</source>
        <translation>निरंतरता योजना: {business}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function: {function}</source>
        <translation>कार्य: {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>चैनल: {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {owner}</source>
        <translation>ज़िम्मेदार व्यक्ति: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>स्थिति: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost: {once} once, then {monthly} a month</source>
        <translation>लागत: एक बार {once}, फिर हर महीने {monthly}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {monthly} a month</source>
        <translation>लागत: हर महीने {monthly}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {once} once</source>
        <translation>लागत: एक बार {once}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: none recorded</source>
        <translation>लागत: दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When done: {channel} reaches {readiness} of this function&apos;s WhatsApp contacts, who switch to it within {delay}.</source>
        <translation>पूरा होने पर: {channel} इस कार्य के WhatsApp संपर्कों में से {readiness} तक पहुँचता है, जो {delay} के भीतर उस पर आ जाते हैं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worth: about {amount} a year of expected outage losses avoided.</source>
        <translation>फ़ायदा: आउटेज के अनुमानित नुकसान में सालाना लगभग {amount} की बचत।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>टिप्पणियाँ: {notes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparation tasks: {business}</source>
        <translation>तैयारी के काम: {business}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} एक फ़ोल्डर है; फ़ाइल नाम दें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} सहेजा नहीं जा सका: {reason}</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tasks.py" line="+15"/>
        <source>Task</source>
        <translation>काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done to make the channel ready.</source>
        <translation>चैनल तैयार करने के लिए क्या करना है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity the task prepares a fallback for.</source>
        <translation>वह गतिविधि जिसके लिए यह काम वैकल्पिक चैनल तैयार करता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fallback channel the task makes ready.</source>
        <translation>वह वैकल्पिक चैनल जिसे यह काम तैयार करता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (a name, or a role of the plan).</source>
        <translation>इसे कौन करेगा (कोई नाम, या योजना की कोई भूमिका)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>आख़िरी तारीख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it should be done by.</source>
        <translation>वह तारीख जिस तक यह पूरा हो जाना चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, in progress, done or dropped. Only a done task counts in how ready the business is today.</source>
        <translation>नियोजित, जारी, पूरा या छोड़ा गया। व्यवसाय आज कितना तैयार है, इसमें सिर्फ़ पूरा हुआ काम गिना जाता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One-off cost (%1)</source>
        <translation>एक बार की लागत (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What setting it up costs once, staff time included.</source>
        <translation>इसे शुरू करने की एक बार की लागत, कर्मचारियों का समय मिलाकर।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-off</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (%1)</source>
        <translation>मासिक लागत (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs each month once it runs (fees, numbers).</source>
        <translation>चालू होने के बाद इसकी हर महीने की लागत (शुल्क, नंबर)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready when done (%)</source>
        <translation>पूरा होने पर तत्परता (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the activity&apos;s WhatsApp customers the channel will reach once the task is done.</source>
        <translation>काम पूरा होने पर चैनल गतिविधि के WhatsApp ग्राहकों में से कितने प्रतिशत तक पहुँचेगा।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch within (hours)</source>
        <translation>सक्रिय होने में देरी (घंटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until those customers actually switch, once the task is done.</source>
        <translation>काम पूरा होने के बाद, इन ग्राहकों को सच में चैनल पर आने में कितने घंटे लगते हैं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the owner of the task should know.</source>
        <translation>काम के ज़िम्मेदार व्यक्ति को जो कुछ भी पता होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/tasks_model.py" line="+128"/>
        <source>Saves a year</source>
        <translation>सालाना बचत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much less you can expect to lose to outages each year once this task alone is done (open tasks only).</source>
        <translation>सिर्फ़ यह काम पूरा होने पर आउटेज से आपका अनुमानित सालाना नुकसान कितना कम होगा (सिर्फ़ अधूरे कामों के लिए)।</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>तारीख निकल चुकी: इसे {date} तक पूरा होना था।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not assigned</source>
        <translation>किसी को नहीं सौंपा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} (overdue)</source>
        <translation>{date} (तारीख निकल चुकी)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>say what has to be done.</source>
        <translation>बताएँ कि क्या करना है।</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/tasks_page.py" line="+142"/>
        <source>Action plan</source>
        <translation>एक्शन प्लान</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “%1” is overdue.</source>
        <translation>%1 की आख़िरी तारीख निकल चुकी है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is past its review date.</source>
        <translation>योजना की समीक्षा की तारीख निकल चुकी है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps you have decided to take, with who does them and by when. A step counts in how ready you are today only once it is marked done; until then it shows in the right-hand column, as what the plan will give.</source>
        <translation>वे कदम जो आपने उठाने का फ़ैसला किया है, साथ में कौन करेगा और कब तक। कोई कदम आपकी आज की तत्परता में तभी गिना जाता है जब उसे पूरा चिह्नित किया जाए; तब तक वह दाएँ कॉलम में दिखता है, यानी योजना से क्या मिलेगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New task…</source>
        <translation>नया काम (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>पूरा चिह्नित करें (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>काम हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as spreadsheet (CSV)…</source>
        <translation>स्प्रेडशीट (CSV) के रूप में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar (.ics)…</source>
        <translation>कैलेंडर में एक्सपोर्ट करें (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the plan as reviewed today</source>
        <translation>आज योजना की समीक्षा दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation tasks</source>
        <translation>तैयारी के काम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and when the open tasks are done</source>
        <translation>आज, और अधूरे काम पूरे होने पर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad year (1 in 10)</source>
        <translation>बुरा साल (10 में 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum service kept</source>
        <translation>न्यूनतम सेवा बरकरार</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>%n अधूरा काम पूरा होने पर</numerusform>
            <numerusform>%n अधूरे काम पूरे होने पर</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No tasks yet. On the Recommendations page, choose a step and press “Add this step to the action plan”, or make one here with “New task”.</source>
        <translation>अभी कोई काम नहीं। सुझाव पेज पर कोई कदम चुनें और “यह कदम एक्शन प्लान में जोड़ें” दबाएँ, या यहाँ “नया काम” से एक बनाएँ।</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No open task: the same</source>
        <translation>कोई अधूरा काम नहीं: वही आँकड़े</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>more than a week</source>
        <translation>एक हफ़्ते से ज़्यादा</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no minimum set</source>
        <translation>कोई न्यूनतम तय नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>इसे बनाए रखने वाली गतिविधियाँ: {count} में से {kept}; नहीं रख पातीं: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>इसे बनाए रखने वाली गतिविधियाँ: {count} में से {kept}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review of this plan is recorded. Review it with the people who act in it, then mark it reviewed: the next review falls due six months later.</source>
        <translation>इस योजना की कोई समीक्षा दर्ज नहीं है। इसमें भूमिका निभाने वाले लोगों के साथ इसकी समीक्षा करें, फिर समीक्षा दर्ज करें: अगली समीक्षा छह महीने बाद होगी।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was due for review on %1: review it, then mark it.</source>
        <translation>योजना की समीक्षा %1 को होनी थी: समीक्षा करें, फिर उसे दर्ज करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review of the plan: %1.</source>
        <translation>योजना की अगली समीक्षा: %1।</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export the tasks as a spreadsheet</source>
        <translation>काम स्प्रेडशीट के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n task(s) written to {path}.</source>
        <translation>
            <numerusform>%n काम {path} में सहेजा गया।</numerusform>
            <numerusform>%n काम {path} में सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tasks to a calendar</source>
        <translation>काम कैलेंडर में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>कैलेंडर फ़ाइलें (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open task(s) written to {path} as calendar entries, each on its due date with a reminder the day before.</source>
        <translation>
            <numerusform>%n अधूरा काम {path} में कैलेंडर प्रविष्टि के रूप में सहेजा गया, उसकी आख़िरी तारीख पर, एक दिन पहले रिमाइंडर के साथ।</numerusform>
            <numerusform>%n अधूरे काम {path} में कैलेंडर प्रविष्टियों के रूप में सहेजे गए, हर एक उसकी आख़िरी तारीख पर, एक दिन पहले रिमाइंडर के साथ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open task(s) have no due date and were left out: give them one.</source>
        <translation>
            <numerusform>%n अधूरे काम की कोई आख़िरी तारीख नहीं है, इसलिए उसे छोड़ दिया गया: उसे तारीख दें।</numerusform>
            <numerusform>%n अधूरे कामों की कोई आख़िरी तारीख नहीं है, इसलिए उन्हें छोड़ दिया गया: उन्हें तारीख दें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tasks could not be written to %1: %2. Choose another place.</source>
        <translation>काम %1 में सहेजे नहीं जा सके: %2। कोई दूसरी जगह चुनें।</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../continuity_app/core/terms.py" line="+33"/>
        <source>{technical}: {meaning}</source>
        <translation>{technical}: {meaning}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected loss per year</source>
        <translation>अनुमानित सालाना नुकसान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALE (annualised loss expectancy)</source>
        <translation>ALE (वार्षिक हानि प्रत्याशा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what outages cost in an average year: the cost of each kind of outage times how often it happens, added up.</source>
        <translation>औसत साल में आउटेज की लागत: हर तरह के आउटेज की लागत गुणा वह कितनी बार होता है, सब जोड़कर।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest outage you can bear</source>
        <translation>सबसे लंबा आउटेज जो आप सह सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTPD (maximum tolerable period of disruption)</source>
        <translation>MTPD (अधिकतम सहनीय बाधा अवधि)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long an outage can last, striking while you are open, before its cost passes the largest loss you said you can bear.</source>
        <translation>व्यवसाय खुले रहते हुए हुआ आउटेज कितनी देर चल सकता है, इससे पहले कि उसकी लागत उस सबसे बड़े नुकसान से आगे निकल जाए जो आपने कहा कि आप सह सकते हैं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum service</source>
        <translation>न्यूनतम सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBCO (minimum business continuity objective)</source>
        <translation>MBCO (न्यूनतम व्यवसाय निरंतरता उद्देश्य)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of an activity&apos;s customers you must still serve during an outage, and how soon.</source>
        <translation>किसी गतिविधि के ग्राहकों का वह हिस्सा जिन्हें आउटेज के दौरान फिर भी सेवा देनी ज़रूरी है, और कितनी जल्दी।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest loss you can bear from one outage</source>
        <translation>एक आउटेज से सबसे बड़ा नुकसान जो आप सह सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss tolerance</source>
        <translation>नुकसान सहनशीलता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most one outage may cost before the business is in trouble; the longest outage you can bear is read from it.</source>
        <translation>एक आउटेज की ज़्यादा से ज़्यादा लागत, जिसके बाद व्यवसाय मुश्किल में पड़ जाए; सबसे लंबा सहनीय आउटेज इसी से निकाला जाता है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A typical year</source>
        <translation>आम साल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 (median)</source>
        <translation>P50 (माध्यिका)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of the simulated years lose less than this, half lose more.</source>
        <translation>आधे सिमुलेट किए गए सालों में इससे कम नुकसान होता है, आधे में ज़्यादा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bad year (1 in 10)</source>
        <translation>बुरा साल (10 में 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 (90th percentile)</source>
        <translation>P90 (90वाँ पर्सेंटाइल)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in ten loses more than this.</source>
        <translation>हर दस सिमुलेट किए गए सालों में से सिर्फ़ एक में इससे ज़्यादा नुकसान होता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A very bad year (1 in 100)</source>
        <translation>बहुत बुरा साल (100 में 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P99 (99th percentile)</source>
        <translation>P99 (99वाँ पर्सेंटाइल)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in a hundred loses more than this.</source>
        <translation>हर सौ सिमुलेट किए गए सालों में से सिर्फ़ एक में इससे ज़्यादा नुकसान होता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated years</source>
        <translation>सिमुलेट किए गए साल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo simulation</source>
        <translation>मोंटे कार्लो सिमुलेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app plays out thousands of possible years, with outages at random times and of random lengths, to show how much the loss can vary from one year to the next.</source>
        <translation>ऐप हज़ारों संभावित साल चलाकर देखता है, जिनमें आउटेज रैंडम समय पर और रैंडम अवधि के होते हैं, ताकि दिखे कि नुकसान एक साल से अगले साल तक कितना बदल सकता है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation number</source>
        <translation>सिमुलेशन नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>रैंडम सीड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same number gives the same simulated years, so that a result can be repeated and checked.</source>
        <translation>एक ही नंबर से वही सिमुलेट किए गए साल मिलते हैं, ताकि नतीजा दोहराया और जाँचा जा सके।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone calls and SMS network</source>
        <translation>फ़ोन कॉल और SMS नेटवर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSTN and cellular network</source>
        <translation>PSTN और सेलुलर नेटवर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mobile operator&apos;s network for ordinary calls and text messages; it works when the internet apps do not, and fails when the operator does.</source>
        <translation>आम कॉल और टेक्स्ट मैसेज के लिए मोबाइल ऑपरेटर का नेटवर्क; इंटरनेट ऐप बंद हों तब भी यह चलता है, और ऑपरेटर के बंद होने पर बंद हो जाता है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready today</source>
        <translation>आज तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback readiness</source>
        <translation>वैकल्पिक चैनल की तत्परता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of this activity&apos;s customers you could reach on the channel today. Channels overlap: with 40% on SMS and 60% on calls, the app counts 1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.</source>
        <translation>इस गतिविधि के ग्राहकों का वह हिस्सा जिन तक आप आज इस चैनल पर पहुँच सकते हैं। चैनल एक-दूसरे पर चढ़ते हैं: SMS पर 40% और कॉल पर 60% हों, तो ऐप 1 - 0.6 x 0.4 = 76% तक पहुँच गिनता है, 100% नहीं, क्योंकि कुछ ग्राहक दोनों पर हैं।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to switch</source>
        <translation>चैनल बदलने का समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation delay</source>
        <translation>सक्रिय होने में देरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long after an outage starts the channel is in use: noticing the outage, deciding, and telling customers where to go.</source>
        <translation>आउटेज शुरू होने के कितनी देर बाद चैनल इस्तेमाल में आता है: आउटेज पहचानना, फ़ैसला करना, और ग्राहकों को बताना कि कहाँ जाना है।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not expected (frequency 0)</source>
        <translation>अपेक्षित नहीं (आवृत्ति 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {count} times a year</source>
        <translation>साल में लगभग {count} बार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about once a year</source>
        <translation>साल में लगभग एक बार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about once every {years} years</source>
        <translation>लगभग हर {years} साल में एक बार</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/welcome_page.py" line="+104"/>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready when WhatsApp goes down</source>
        <translation>WhatsApp बंद हो, तब भी तैयार रहें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what an outage of WhatsApp and the apps that fail with it would cost your business, which fallback channels to prepare, and print a continuity plan. Everything stays on this computer.</source>
        <translation>जानें कि WhatsApp और उसके साथ बंद होने वाले ऐप्स का आउटेज आपके व्यवसाय को कितना महँगा पड़ेगा, कौन-से वैकल्पिक चैनल तैयार रखें, और एक निरंतरता योजना प्रिंट करें। सब कुछ इसी कंप्यूटर पर रहता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore an example</source>
        <translation>एक उदाहरण देखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a finished plan of a real-world kind of business and look around.</source>
        <translation>असल दुनिया जैसे किसी व्यवसाय की तैयार योजना खोलें और देखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example plans</source>
        <translation>उदाहरण योजनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an example.</source>
        <translation>उदाहरण खोलने के लिए डबल-क्लिक करें या Enter दबाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan</source>
        <translation>नई योजना शुरू करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions an owner can answer (what customers do on WhatsApp, how many a day, what an order is worth); it takes about ten minutes.</source>
        <translation>कुछ सवालों के जवाब दें जो कोई भी मालिक दे सकता है (ग्राहक WhatsApp पर क्या करते हैं, रोज़ कितने, एक ऑर्डर कितने का होता है); इसमें लगभग दस मिनट लगते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent plans (double-click to open):</source>
        <translation>हाल की योजनाएँ (खोलने के लिए डबल-क्लिक करें):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent plans</source>
        <translation>हाल की योजनाएँ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open a plan file…</source>
        <translation>योजना फ़ाइल खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a plan saved on this computer.</source>
        <translation>इस कंप्यूटर पर सहेजी गई योजना पर आगे काम करें।</translation>
    </message>
</context>
<context>
    <name>_ActivitiesPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="+356"/>
        <source>What runs on WhatsApp</source>
        <translation>WhatsApp पर क्या चलता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your customers and staff do there, and how much of it.</source>
        <translation>आपके ग्राहक और कर्मचारी वहाँ क्या करते हैं, और कितना।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what runs on WhatsApp. For each, count chats, orders or bookings on a normal open day (not messages), and how many of them come by WhatsApp, by Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave what you are not sure of: the plan starts from typical values, marked as such.</source>
        <translation>जो कुछ WhatsApp पर चलता है, उसे चुनें। हर एक के लिए किसी आम कामकाजी दिन की चैट, ऑर्डर या बुकिंग गिनें (मैसेज नहीं), और यह भी कि उनमें से कितने WhatsApp से, कितने Instagram से और कितने Facebook से आते हैं (बाकी फ़ोन से, आमने-सामने या कहीं और से)। जिसके बारे में पक्का न हो, उसे छोड़ दें: योजना आम मानों से शुरू होती है और उन्हें इसी रूप में चिह्नित करती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many a day (all channels)</source>
        <translation>रोज़ लगभग कितने (सभी चैनल)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By WhatsApp</source>
        <translation>WhatsApp से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Instagram</source>
        <translation>Instagram से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Facebook</source>
        <translation>Facebook से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one (%1)</source>
        <translation>एक का मूल्य (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answering questions before and after a sale</source>
        <translation>बिक्री से पहले और बाद के सवालों के जवाब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking orders and closing sales in chats</source>
        <translation>चैट में ऑर्डर लेना और बिक्री पक्की करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending payment links, confirming payments</source>
        <translation>पेमेंट लिंक भेजना, भुगतान की पुष्टि करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff groups, shifts, daily instructions</source>
        <translation>कर्मचारियों के ग्रुप, शिफ़्ट, रोज़ के निर्देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordering stock, arranging supplies</source>
        <translation>स्टॉक मँगाना, सप्लाई की व्यवस्था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast lists, offers, new products</source>
        <translation>ब्रॉडकास्ट लिस्ट, ऑफ़र, नए प्रोडक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings and reminders</source>
        <translation>बुकिंग और रिमाइंडर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers, drop-off times, delivery updates</source>
        <translation>ड्राइवर, पहुँचाने का समय, डिलीवरी अपडेट</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how many a day</source>
        <translation>%1: रोज़ कितने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share by WhatsApp</source>
        <translation>%1: WhatsApp का हिस्सा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share by Instagram</source>
        <translation>%1: Instagram का हिस्सा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: share by Facebook</source>
        <translation>%1: Facebook का हिस्सा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical for this kind of activity: %1%. Change it to yours.</source>
        <translation>इस तरह की गतिविधि के लिए आम: %1%। इसे अपने हिसाब से बदलें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: what one is worth</source>
        <translation>%1: एक का मूल्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sale</source>
        <translation>कोई बिक्री नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity brings no sale of its own.</source>
        <translation>इस गतिविधि से अपनी कोई बिक्री नहीं होती।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>पक्का नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money one brings in (an order&apos;s value, a booking&apos;s fee). Not sure: the plan starts from %1 (about %2 hours of work), marked as a default.</source>
        <translation>एक से आने वाला पैसा (ऑर्डर की रकम, बुकिंग की फ़ीस)। पक्का नहीं: योजना %1 से शुरू होती है (लगभग %2 घंटे का काम), डिफ़ॉल्ट के रूप में चिह्नित।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one thing the business does on WhatsApp.</source>
        <translation>कम से कम एक ऐसा काम चुनें जो व्यवसाय WhatsApp पर करता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say about how many a day for %1 (a rough count is fine).</source>
        <translation>%1 के लिए बताएँ कि रोज़ लगभग कितने (मोटा अंदाज़ा काफ़ी है)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1, the shares by WhatsApp, Instagram and Facebook add up to more than 100%; lower one of them.</source>
        <translation>%1 के लिए WhatsApp, Instagram और Facebook के हिस्सों का जोड़ 100% से ज़्यादा है; इनमें से किसी एक को कम करें।</translation>
    </message>
</context>
<context>
    <name>_BearablePage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-74"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of your WhatsApp sales, %1; change it if you can bear more or less.</source>
        <translation>एक आउटेज की ज़्यादा से ज़्यादा लागत, जिसके बाद व्यवसाय मुश्किल में पड़ जाए। योजना इसी से निकालती है कि आप सबसे लंबा कितना आउटेज सह सकते हैं। हम आपकी एक दिन की WhatsApp बिक्री, %1, से शुरू करते हैं; अगर आप ज़्यादा या कम सह सकते हैं तो इसे बदलें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of the sales the worst outage would cut off (WhatsApp and the other apps on Meta&apos;s infrastructure), %1; change it if you can bear more or less.</source>
        <translation>एक आउटेज की ज़्यादा से ज़्यादा लागत, जिसके बाद व्यवसाय मुश्किल में पड़ जाए। योजना इसी से निकालती है कि आप सबसे लंबा कितना आउटेज सह सकते हैं। हम उस एक दिन की बिक्री से शुरू करते हैं जो सबसे बुरे आउटेज में कट जाएगी (WhatsApp और Meta के बुनियादी ढाँचे पर चलने वाले दूसरे ऐप), %1; अगर आप ज़्यादा या कम सह सकते हैं तो इसे बदलें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you can bear</source>
        <translation>आप कितना सह सकते हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss that would put the business in trouble.</source>
        <translation>वह नुकसान जो व्यवसाय को मुश्किल में डाल दे।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest loss you can bear from one outage (%1)</source>
        <translation>एक आउटेज से सबसे बड़ा नुकसान जो आप सह सकते हैं (%1)</translation>
    </message>
</context>
<context>
    <name>_BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="-285"/>
        <source>Your business</source>
        <translation>आपका व्यवसाय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the plan is for, where your customers are and when you are open.</source>
        <translation>योजना किसके लिए है, आपके ग्राहक कहाँ हैं और आप कब खुले रहते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name</source>
        <translation>व्यवसाय का नाम (&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The business this plan is for.</source>
        <translation>वह व्यवसाय जिसके लिए यह योजना है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it does</source>
        <translation>यह क्या करता है (&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main &amp;country</source>
        <translation>मुख्य देश (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where most of your customers are. Type to search.</source>
        <translation>जहाँ आपके ज़्यादातर ग्राहक हैं। खोजने के लिए टाइप करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second c&amp;ountry</source>
        <translation>दूसरा देश (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country where many of your customers are, and its share.</source>
        <translation>एक और देश जहाँ आपके कई ग्राहक हैं, और उसका हिस्सा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>मुद्रा (&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every amount in the plan uses it.</source>
        <translation>योजना की हर रकम इसी मुद्रा में होती है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;from</source>
        <translation>खुलने का समय (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers can reach you; change it later for each day.</source>
        <translation>ग्राहक आप तक कब पहुँच सकते हैं; बाद में हर दिन के लिए अलग बदल सकते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>खुले रहने के दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The days you are open.</source>
        <translation>जिन दिनों आप खुले रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>कर्मचारी (&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who work in the business, you included.</source>
        <translation>व्यवसाय में काम करने वाले लोग, आपको मिलाकर।</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>In a few words. The app uses it to pick how customers of such a business usually behave.</source>
        <translation>कुछ शब्दों में। ऐप इससे चुनता है कि ऐसे व्यवसाय के ग्राहक आम तौर पर कैसा व्यवहार करते हैं।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One &amp;hour of work costs</source>
        <translation>एक घंटे के काम की लागत (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an hour of one person&apos;s work costs you, in the plan&apos;s currency. It prices the time lost when staff cannot coordinate.</source>
        <translation>एक व्यक्ति के एक घंटे के काम पर आपका कितना ख़र्च होता है, योजना की मुद्रा में। इससे उस समय की क़ीमत लगती है जो कर्मचारियों के तालमेल न कर पाने पर बर्बाद होता है।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>बंद होने का समय</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also</source>
        <translation>साथ में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country</source>
        <translation>दूसरा देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the second country</source>
        <translation>दूसरे देश का हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>जैसे: अन्नपूर्णा बेकरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>जैसे: बेकरी, क्लिनिक, ऑनलाइन दुकान</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the business a name.</source>
        <translation>व्यवसाय का नाम लिखें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the main country from the list.</source>
        <translation>सूची से मुख्य देश चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a second country other than the main one.</source>
        <translation>मुख्य देश से अलग कोई दूसरा देश चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one day you are open.</source>
        <translation>कम से कम एक ऐसा दिन चुनें जब आप खुले रहते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time must come after the opening time.</source>
        <translation>बंद होने का समय खुलने के समय के बाद होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what one hour of work costs you (an estimate is fine).</source>
        <translation>बताएँ कि एक घंटे के काम पर आपका कितना ख़र्च होता है (अंदाज़ा काफ़ी है)।</translation>
    </message>
</context>
<context>
    <name>_CustomersPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-134"/>
        <source>When WhatsApp stops</source>
        <translation>जब WhatsApp बंद हो जाए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your customers would do, as far as you know. &quot;I don&apos;t know&quot; keeps the published figures.</source>
        <translation>आपके ग्राहक क्या करेंगे, जहाँ तक आप जानते हैं। “मुझे नहीं पता” चुनने पर प्रकाशित आँकड़े रहते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you do not answer, how long do most customers &amp;wait before they go elsewhere?</source>
        <translation>अगर आप जवाब न दें, तो ज़्यादातर ग्राहक कहीं और जाने से पहले कितनी देर इंतज़ार करते हैं? (&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know (use the published figures)</source>
        <translation>मुझे नहीं पता (प्रकाशित आँकड़े इस्तेमाल करें)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than an hour</source>
        <translation>एक घंटे से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A couple of hours</source>
        <translation>दो-एक घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest of the day</source>
        <translation>दिन का बाकी समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the next day</source>
        <translation>अगले दिन तक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of your customers could reach you today another way? Count only those who already have the number, address or account.</source>
        <translation>आज आपके कितने ग्राहक किसी और तरीके से आप तक पहुँच सकते हैं? सिर्फ़ उन्हें गिनें जिनके पास पहले से नंबर, पता या अकाउंट है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few (about 1 in 10)</source>
        <translation>कुछ (लगभग 10 में 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 1 in 4</source>
        <translation>लगभग 4 में 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About half</source>
        <translation>लगभग आधे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most</source>
        <translation>ज़्यादातर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of each sale, how much do you &amp;keep after paying for the goods? (optional)</source>
        <translation>हर बिक्री में, सामान का पैसा चुकाने के बाद आपके पास कितना बचता है? (वैकल्पिक) (&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>पक्का नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your gross margin. If you give it, losses are counted as lost profit; if not, as lost sales.</source>
        <translation>आपका सकल मार्जिन। भरने पर नुकसान खोया हुआ मुनाफ़ा गिना जाता है; न भरने पर खोई हुई बिक्री।</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+21"/>
        <source>positional arguments</source>
        <translation>स्थितीय आर्गुमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="-10"/>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>प्रोग्राम का संस्करण दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="-4"/>
        <source>usage:</source>
        <translation>उपयोग:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: त्रुटि: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>आर्गुमेंट %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>पहचाने नहीं गए आर्गुमेंट: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>ये आर्गुमेंट ज़रूरी हैं: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>आर्गुमेंट %s में से कोई एक ज़रूरी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>आर्गुमेंट %s के साथ नहीं दिया जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>एक आर्गुमेंट चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ज़्यादा से ज़्यादा एक आर्गुमेंट चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>कम से कम एक आर्गुमेंट चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s मान ग़लत है: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ग़लत विकल्प: %(value)r (इनमें से चुनें: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>अस्पष्ट विकल्प: %(option)s इनमें से किसी से भी मेल खा सकता है: %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>फ़ाइल &apos;%(filename)s&apos; खोली नहीं जा सकी: %(error)s</translation>
    </message>
</context>
</TS>
