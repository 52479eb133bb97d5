<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <location filename="../../continuity_app/gui/about.py" line="+23"/>
        <source>Plans for WhatsApp and Meta outages: what they cost, which channels keep you working, and a printable continuity plan. Works offline: nothing you enter leaves this computer.</source>
        <translation>تخطيط لانقطاعات واتساب وميتا: كم تكلّف، وأي القنوات تُبقي عملك مستمرًا، مع خطة استمرارية جاهزة للطباعة. يعمل دون إنترنت: لا يغادر شيء مما تُدخله هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference data: %1 outages, %2 channels and %3 countries, each figure with its source and confidence (see the Sources page).</source>
        <translation>البيانات المرجعية: انقطاعات: %1، قنوات: %2، دول: %3، ولكل رقم مصدره ودرجة موثوقيته (انظر صفحة المصادر).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, SIL Open Font License.</source>
        <translation>التراخيص: هذا التطبيق، MIT. ‏Qt for Python ‏(PySide6 %1)، LGPLv3. ‏matplotlib وnumpy وpandas، بأسلوب BSD. ‏pydantic، MIT. الخطوط المرفقة، SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AfterAction</name>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+100"/>
        <source>After-action report of the exercise</source>
        <translation>تقرير المراجعة بعد التمرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report of the outage</source>
        <translation>تقرير المراجعة بعد الانقطاع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>الانقطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} at {time} UTC</source>
        <translation>يوم {day} الساعة {time} بتوقيت UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise script</source>
        <translation>نص التمرين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan</source>
        <translation>التوقيتات مقارنةً بالخطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>What</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was missing</source>
        <translation>ما لم يُنجَز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the plan was done.</source>
        <translation>أُنجزت كل خطوات الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks</source>
        <translation>مهام المتابعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the action plan when the review is recorded; readiness stays as the plan holds it until a task is marked done.</source>
        <translation>تُضاف إلى خطة العمل عند تسجيل المراجعة؛ وتبقى الجاهزية كما هي في الخطة إلى أن تُعلَّم المهمة منجزة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up task: no switch was missed.</source>
        <translation>لا توجد مهمة متابعة: لم يفت أي انتقال إلى قناة بديلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was logged.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../../continuity_app/core/behaviour.py" line="+65"/>
        <source>how long its customers wait ({value})</source>
        <translation>مدة انتظار عملائها ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share who come back later ({value})</source>
        <translation>نسبة من يعودون لاحقًا ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share lost for good ({value})</source>
        <translation>نسبة المفقودين نهائيًا ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share that cannot wait ({value})</source>
        <translation>نسبة ما لا يحتمل الانتظار ({value})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{function}” uses assumed values that no study measures: {values}. Enter what you know of your customers on the Functions page.</source>
        <translation>تعتمد العملية «{function}» على قيم مفترضة لا تقيسها أي دراسة: {values}. أدخل ما تعرفه عن عملائك في صفحة العمليات.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+217"/>
        <location line="+9"/>
        <source>Business</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The exchange rate to the US dollar, to price SMS and other channels.</source>
        <translation>سعر الصرف مقابل الدولار الأمريكي، لتسعير رسائل SMS والقنوات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+70"/>
        <source>Where your customers are</source>
        <translation>أين يوجد عملاؤك</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+132"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+67"/>
        <source>What the business can bear</source>
        <translation>ما تستطيع المنشأة تحمّله</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+7"/>
        <source>Model settings</source>
        <translation>إعدادات النموذج</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-14"/>
        <source>Share of the people you message in each country; the shares decide which fallback channels reach them and must add up to 100%.</source>
        <translation>نسبة من تراسلهم في كل دولة؛ تحدّد النسب القنوات البديلة التي تصل إليهم، ويجب أن يكون مجموعها ١٠٠%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.</source>
        <translation>أوقات مثل ‪09:00-13:00, 17:00-21:00‬؛ اترك اليوم فارغًا إذا كانت المنشأة مغلقة فيه.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+3"/>
        <source>{term} for each activity: the share of its customers you must still serve during an outage, and how soon. 0 means no minimum.</source>
        <translation>{term} لكل نشاط: نسبة عملائه الذين يجب أن تستمر في خدمتهم أثناء الانقطاع، وخلال كم من الوقت. القيمة ٠ تعني بلا حد أدنى.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+4"/>
        <location line="+50"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>النسبة (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-16"/>
        <source>Country mix</source>
        <translation>توزيع الدول</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="-57"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>إضافة دولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>إزالة دولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>إزالة الدولة المحددة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+9"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+41"/>
        <source>Minimum served (%)</source>
        <translation>الحد الأدنى للخدمة (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within (h)</source>
        <translation>خلال (س)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+6"/>
        <source>Minimum service per function</source>
        <translation>الحد الأدنى للخدمة لكل عملية</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+4"/>
        <source>Revenue (what customers would have paid)</source>
        <translation>الإيرادات (ما كان العملاء سيدفعونه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin (revenue × gross margin)</source>
        <translation>هامش الربح (الإيرادات × هامش الربح الإجمالي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>مثال: مخبز الزيتونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>مثال: مخبز، عيادة، متجر إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-148"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure.</source>
        <translation>اكتب رقمًا واحدًا، أو أدنى – مرجّح – أعلى (مثل ٤٠ – ٥٥ – ٧٠) إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business this plan is for.</source>
        <translation>المنشأة التي وُضعت لها هذه الخطة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the business does, in a few words.</source>
        <translation>ماذا تعمل المنشأة، في كلمات قليلة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every amount in the plan is in this currency.</source>
        <translation>كل المبالغ في الخطة بهذه العملة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 per US &amp;dollar</source>
        <translation>%1 لكل &amp;دولار أمريكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many %1 one US dollar buys; prices channels that charge in dollars (SMS, business messaging). Leave empty if you do not know it.</source>
        <translation>كم %1 يساوي الدولار الأمريكي الواحد؛ يُستخدم لتسعير القنوات التي تتقاضى بالدولار (SMS، رسائل الأعمال). اتركه فارغًا إن لم تكن تعرفه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;taff</source>
        <translation>عدد ال&amp;موظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who work in the business, owner included.</source>
        <translation>عدد العاملين في المنشأة، بمن فيهم المالك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff cost per &amp;hour (%1)</source>
        <translation>&amp;تكلفة ساعة العمل (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an hour of one person&apos;s work costs, wages and charges included.</source>
        <translation>تكلفة ساعة عمل لشخص واحد، شاملة الأجر والتكاليف الإضافية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross &amp;margin (%)</source>
        <translation>&amp;هامش الربح الإجمالي (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue left after the cost of goods; used when losses are counted as lost margin.</source>
        <translation>نسبة ما يبقى من الإيرادات بعد تكلفة البضاعة؛ تُستخدم حين تُحسب الخسائر على أساس هامش الربح الضائع.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer &amp;lifetime value (%1)</source>
        <translation>قيمة العميل مدى ال&amp;حياة (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a customer brings over all future purchases; lost when a customer leaves for good.</source>
        <translation>ما يجلبه العميل من كل مشترياته المستقبلية؛ وتضيع حين يغادر العميل نهائيًا.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{term} ({currency})</source>
        <translation>{term} ({currency})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How soon into an outage the minimum must be served, in hours.</source>
        <translation>عدد الساعات من بدء الانقطاع التي يجب خلالها تقديم الحد الأدنى للخدمة.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outage to plan for</source>
        <translation>الانقطاع الذي تخطط له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of outage whose cost, hour after hour, is compared with the largest loss you can bear: it sets the longest outage you can bear.</source>
        <translation>نوع الانقطاع الذي تُقارن تكلفته، ساعة بعد ساعة، بأقصى خسارة يمكنك تحمّلها: منه يُحدَّد أطول انقطاع يمكنك تحمّله.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More years give steadier figures and take longer.</source>
        <translation>عدد أكبر من السنوات يعطي أرقامًا أثبت لكنه يستغرق وقتًا أطول.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+73"/>
        <source>Amounts are not converted: the staff cost, what each activity is worth and the largest loss you can bear keep their numbers: check that they are right in %1.</source>
        <translation>لم تُحوَّل المبالغ: تكلفة الموظفين وقيمة كل نشاط وأقصى خسارة يمكنك تحمّلها بقيت بأرقامها نفسها: تأكّد أنها صحيحة بالعملة %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type how many units of the plan&apos;s currency one US dollar buys (above 0), or leave it empty.</source>
        <translation>اكتب كم وحدة من عملة الخطة يشتري الدولار الأمريكي الواحد (أكثر من ٠)، أو اترك الخانة فارغة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-27"/>
        <source>Count losses as</source>
        <translation>حساب الخسائر على أساس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue shows what customers would have paid; margin what you keep.</source>
        <translation>الإيرادات تبيّن ما كان العملاء سيدفعونه؛ وهامش الربح ما يبقى لك منه.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="-89"/>
        <source>Opening hours on %1, like 09:00-13:00, 17:00-21:00.</source>
        <translation>ساعات العمل يوم %1، مثل ‪09:00-13:00, 17:00-21:00‬.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>give the business a name (up to 200 characters).</source>
        <translation>اكتب اسم المنشأة (حتى ٢٠٠ حرف).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type a percentage from 0 to 100, or low – likely – high in that order.</source>
        <translation>اكتب نسبة من ٠ إلى ١٠٠، أو أدنى – مرجّح – أعلى بهذا الترتيب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type an amount of 0 or more, or low – likely – high in that order.</source>
        <translation>اكتب مبلغًا يساوي ٠ أو أكثر، أو أدنى – مرجّح – أعلى بهذا الترتيب.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>write times like 09:00-13:00, 17:00-21:00, each ending after it starts.</source>
        <translation>اكتب الأوقات بصيغة ‪09:00-13:00, 17:00-21:00‬، على أن تنتهي كل فترة بعد بدايتها.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+66"/>
        <source>Total: %1%</source>
        <translation>المجموع: %1%</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+32"/>
        <source>%1 is listed twice.</source>
        <translation>%1 مذكورة مرتين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every country a share above 0%, or remove it.</source>
        <translation>أعطِ كل دولة نسبة أكبر من ٠%، أو أزِلها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1%; they must add up to 100%.</source>
        <translation>مجموع النسب %1%؛ ويجب أن يكون ١٠٠%.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+106"/>
        <source>The first scenario (%1)</source>
        <translation>السيناريو الأول (%1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+58"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum served for %1</source>
        <translation>الحد الأدنى للخدمة في %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Within hours for %1</source>
        <translation>المهلة بالساعات في %1</translation>
    </message>
</context>
<context>
    <name>ChannelMix</name>
    <message>
        <location filename="../../continuity_app/gui/models/channel_mix_model.py" line="+77"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>النسبة (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/channel_mix_box.py" line="+73"/>
        <source>Channels of the selected function</source>
        <translation>قنوات العملية المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove channel</source>
        <translation>إزالة قناة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel from the mix</source>
        <translation>إزالة القناة المحددة من توزيع القنوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a channel to the mix</source>
        <translation>إضافة قناة إلى توزيع القنوات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels of {name}</source>
        <translation>قنوات العملية {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other channels, which none of the plan&apos;s outages reaches (in person, by phone or elsewhere): {share}</source>
        <translation>قنوات أخرى لا يطالها أي انقطاع في الخطة (حضوريًا أو بالهاتف أو بطرق أخرى): {share}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every outage of the plan cuts off {share} of these interactions.</source>
        <translation>يوقف كل انقطاع في الخطة {share} من هذه التفاعلات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} in {outages}</source>
        <translation>{share} في {outages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut off: {parts}.</source>
        <translation>ما يتوقف: {parts}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a channel…</source>
        <translation>إضافة قناة…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../continuity_app/report/chart_style.py" line="+137"/>
        <source>+ %n more, with smaller losses</source>
        <translation>
            <numerusform>+ %n سيناريو آخر بخسائر أصغر</numerusform>
            <numerusform>+ سيناريو آخر بخسارة أصغر</numerusform>
            <numerusform>+ سيناريوهان آخران بخسائر أصغر</numerusform>
            <numerusform>+ %n سيناريوهات أخرى بخسائر أصغر</numerusform>
            <numerusform>+ %n سيناريو آخر بخسائر أصغر</numerusform>
            <numerusform>+ %n سيناريو آخر بخسائر أصغر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Outage duration</source>
        <translation>مدة الانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per outage</source>
        <translation>الخسارة لكل انقطاع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>15 min</source>
        <translation>١٥ د</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>١ س</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 h</source>
        <translation>٦ س</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>٣ أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} ({share})</source>
        <translation>{amount} ({share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} (&lt;{share})</source>
        <translation>{amount} (أقل من {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {amount}</source>
        <translation>{name}: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest bearable loss per outage {amount}</source>
        <translation>أقصى خسارة يمكن تحمّلها للانقطاع الواحد {amount}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loss in this outage</source>
        <translation>الخسارة في هذا الانقطاع</translation>
    </message>
    <message numerus="yes">
        <location line="-138"/>
        <source>%n other function(s)</source>
        <translation>
            <numerusform>%n عملية أخرى</numerusform>
            <numerusform>عملية أخرى واحدة</numerusform>
            <numerusform>عمليتان أخريان</numerusform>
            <numerusform>%n عمليات أخرى</numerusform>
            <numerusform>%n عملية أخرى</numerusform>
            <numerusform>%n عملية أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Largest bearable loss {amount}</source>
        <translation>أقصى خسارة يمكن تحمّلها {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage {duration}</source>
        <translation>أطول انقطاع يمكن تحمّله {duration}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss in a year</source>
        <translation>الخسارة في سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance a year loses more</source>
        <translation>احتمال خسارة سنوية أكبر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour of day</source>
        <translation>ساعة اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loss</source>
        <translation>لا خسارة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/chart_view.py" line="+61"/>
        <source>Export chart as PNG…</source>
        <translation>تصدير الرسم البياني بصيغة PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG…</source>
        <translation>تصدير الرسم البياني بصيغة SVG…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>تعذّر حفظ الرسم البياني في %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/__init__.py" line="+64"/>
        <source>Unknown date order {order}: use dmy, mdy or ymd.</source>
        <translation>ترتيب تاريخ غير معروف {order}: استخدم dmy أو mdy أو ymd.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="+210"/>
        <source>{what} is empty: there is nothing to import.</source>
        <translation>{what} فارغ: لا يوجد ما يمكن استيراده.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This JSON file is not a Telegram Desktop export (it is a list, not an export object). Export the chat from Telegram Desktop as JSON.</source>
        <translation>ملف JSON هذا ليس مُصدَّرًا من Telegram Desktop (فهو قائمة وليس كائن تصدير). صدّر المحادثة من Telegram Desktop بصيغة JSON.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{what} is larger than {limit}, far more than any chat export: it is not imported. Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: Export chat history of one chat) and import that file.</source>
        <translation>{what} أكبر من {limit}، وهذا أكبر بكثير من أي محادثة مُصدَّرة، لذا لم يُستورد. صدّر محادثة واحدة فقط (في واتساب: تصدير الدردشة، بدون وسائط؛ في Telegram Desktop: تصدير سجل محادثة واحدة) واستورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} looks like a zip file but is damaged and cannot be read. Export the chat again, or unpack the zip and import the .txt file inside.</source>
        <translation>يبدو الملف {name} ملف zip، لكنه تالف ولا يمكن قراءته. صدّر المحادثة مرة أخرى، أو فُكّ ضغط ملف zip واستورد ملف ‎.txt الموجود داخله.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket): choose the exported chat file itself.</source>
        <translation>المسار {path} ليس ملفًا عاديًا (بل أنبوب أو جهاز أو مقبس): اختر ملف المحادثة المُصدَّرة نفسه.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{what} is a binary file, not a chat export. Choose the .txt or .zip file WhatsApp&apos;s &quot;Export chat&quot; produced, or a Telegram Desktop JSON export.</source>
        <translation>{what} ملف ثنائي وليس محادثة مُصدَّرة. اختر ملف ‎.txt أو ‎.zip الذي أنشأه أمر «تصدير الدردشة» في واتساب، أو ملف JSON مُصدَّرًا من Telegram Desktop.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. Re-export the chat, or save the file as UTF-8 and import it again.</source>
        <translation>{what} ليس نصًا بترميز UTF-8: في السطر {line} بايتات ليست بترميز UTF-8. صدّر المحادثة من جديد، أو احفظ الملف بترميز UTF-8 واستورده مرة أخرى.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>الملف {name} مُصدَّر من إنستغرام أو ماسنجر بصيغة HTML، وهي صيغة لا تتضمن الأوقات الدقيقة. صدّر المحادثات من جديد من إنستغرام أو فيسبوك (مركز الحسابات › معلوماتك والأذونات › تنزيل معلوماتك، بصيغة JSON).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The zip file {name} contains no chat text file (.txt), only %n other file(s) ({kinds}). Export the chat from WhatsApp again (&quot;Export chat&quot;), or import the .txt file.</source>
        <translation>
            <numerusform>لا يحتوي ملف zip ‏{name} على ملف نصي للمحادثة (‎.txt)، بل على %n ملف آخر ({kinds}). صدّر المحادثة من واتساب مرة أخرى («تصدير الدردشة»)، أو استورد ملف ‎.txt نفسه.</numerusform>
            <numerusform>لا يحتوي ملف zip ‏{name} على ملف نصي للمحادثة (‎.txt)، بل على ملف آخر واحد ({kinds}). صدّر المحادثة من واتساب مرة أخرى («تصدير الدردشة»)، أو استورد ملف ‎.txt نفسه.</numerusform>
            <numerusform>لا يحتوي ملف zip ‏{name} على ملف نصي للمحادثة (‎.txt)، بل على ملفين آخرين ({kinds}). صدّر المحادثة من واتساب مرة أخرى («تصدير الدردشة»)، أو استورد ملف ‎.txt نفسه.</numerusform>
            <numerusform>لا يحتوي ملف zip ‏{name} على ملف نصي للمحادثة (‎.txt)، بل على %n ملفات أخرى ({kinds}). صدّر المحادثة من واتساب مرة أخرى («تصدير الدردشة»)، أو استورد ملف ‎.txt نفسه.</numerusform>
            <numerusform>لا يحتوي ملف zip ‏{name} على ملف نصي للمحادثة (‎.txt)، بل على %n ملفًا آخر ({kinds}). صدّر المحادثة من واتساب مرة أخرى («تصدير الدردشة»)، أو استورد ملف ‎.txt نفسه.</numerusform>
            <numerusform>لا يحتوي ملف zip ‏{name} على ملف نصي للمحادثة (‎.txt)، بل على %n ملف آخر ({kinds}). صدّر المحادثة من واتساب مرة أخرى («تصدير الدردشة»)، أو استورد ملف ‎.txt نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is protected by a password. Unpack it with your archive tool and import the chat .txt file inside, or export the chat again without a password.</source>
        <translation>الملف {name} محمي بكلمة مرور. فُكّ ضغطه ببرنامج الأرشيف لديك واستورد ملف المحادثة ‎.txt الموجود داخله، أو صدّر المحادثة مرة أخرى بدون كلمة مرور.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} would unpack to {ratio} times its packed size, far more than text ever compresses: it is a zip bomb or a damaged archive, and is not opened. Export the chat again.</source>
        <translation>سيتضخم الملف {name} عند فك ضغطه إلى حجمه المضغوط مضروبًا في {ratio}، وهذا أكثر بكثير مما يُضغط إليه أي نص: إنه «قنبلة zip» أو أرشيف تالف، لذا لم يُفتح. صدّر المحادثة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} lists more files than any chat export (its list of file names alone is {size}): it is not opened. Unpack it and import the chat .txt file inside.</source>
        <translation>يسرد الملف {name} ملفات أكثر من أي محادثة مُصدَّرة (قائمة أسماء ملفاته وحدها بحجم {size})، لذا لم يُفتح. فُكّ ضغطه واستورد ملف المحادثة ‎.txt الموجود داخله.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File not found: {path}.</source>
        <translation>الملف غير موجود: {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder: choose the exported chat file inside it.</source>
        <translation>المسار {path} مجلد: اختر ملف المحادثة المُصدَّرة الموجود داخله.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+241"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="+533"/>
        <source>{member} in {archive}</source>
        <translation>الملف {member} داخل {archive}</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+273"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-43"/>
        <source>The file {name}</source>
        <translation>الملف {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/errors.py" line="+12"/>
        <source>{orders} or {order}</source>
        <translation>{orders} أو {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell whether the dates in this export are {orders}: no day is above 12 and both readings keep time moving forward equally well. Choose the date order (CLI: --date-order {choices}).</source>
        <translation>تعذّر تحديد ترتيب التواريخ في هذه المحادثة: {orders}؟ لا يوجد يوم أكبر من ١٢، والقراءتان تُبقيان الوقت متقدّمًا بالقدر نفسه. اختر ترتيب التاريخ (في سطر الأوامر: ‎--date-order {choices}).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{business} is not an author in this chat, which has %n author(s). Import it without a business to see them (as pseudonyms), then name the business exactly as the export writes it.</source>
        <translation>
            <numerusform>الاسم {business} ليس من المرسلين في هذه المحادثة، وفيها %n مرسِل. استوردها دون تحديد المنشأة لترى المرسلين (بأسماء مستعارة)، ثم اكتب اسم المنشأة تمامًا كما يرد في الملف المُصدَّر.</numerusform>
            <numerusform>الاسم {business} ليس من المرسلين في هذه المحادثة، وفيها مرسِل واحد. استوردها دون تحديد المنشأة لترى المرسلين (بأسماء مستعارة)، ثم اكتب اسم المنشأة تمامًا كما يرد في الملف المُصدَّر.</numerusform>
            <numerusform>الاسم {business} ليس من المرسلين في هذه المحادثة، وفيها مرسِلان. استوردها دون تحديد المنشأة لترى المرسلين (بأسماء مستعارة)، ثم اكتب اسم المنشأة تمامًا كما يرد في الملف المُصدَّر.</numerusform>
            <numerusform>الاسم {business} ليس من المرسلين في هذه المحادثة، وفيها %n مرسِلين. استوردها دون تحديد المنشأة لترى المرسلين (بأسماء مستعارة)، ثم اكتب اسم المنشأة تمامًا كما يرد في الملف المُصدَّر.</numerusform>
            <numerusform>الاسم {business} ليس من المرسلين في هذه المحادثة، وفيها %n مرسِلًا. استوردها دون تحديد المنشأة لترى المرسلين (بأسماء مستعارة)، ثم اكتب اسم المنشأة تمامًا كما يرد في الملف المُصدَّر.</numerusform>
            <numerusform>الاسم {business} ليس من المرسلين في هذه المحادثة، وفيها %n مرسِل. استوردها دون تحديد المنشأة لترى المرسلين (بأسماء مستعارة)، ثم اكتب اسم المنشأة تمامًا كما يرد في الملف المُصدَّر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s). Import it without choosing a chat to read them all together.</source>
        <translation>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه محادثة واحدة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه محادثتان. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثات. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export has more than {limit} different authors, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>في هذا الملف المُصدَّر أكثر من {limit} مرسِل مختلف، وهذا أكثر بكثير مما في أي محادثة، لذا لم يُستورد. صدّر محادثة واحدة واستورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This export has messages on more than {limit} different days, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>في هذا الملف المُصدَّر رسائل في أكثر من {limit} يوم مختلف، وهذا أكثر بكثير مما في أي محادثة، لذا لم يُستورد. صدّر محادثة واحدة واستورد ذلك الملف.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/stats.py" line="+311"/>
        <source>The dates cannot be read as {order}: {date} is not a valid date in that order. Choose another date order or let it be detected.</source>
        <translation>لا يمكن قراءة التواريخ بالترتيب {order}: التاريخ {date} غير صالح بهذا الترتيب. اختر ترتيبًا آخر أو دع التطبيق يكتشفه تلقائيًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates in this export are not valid day-month-year or month-day-year dates (e.g. {example}). Is this really a chat export?</source>
        <translation>التواريخ في هذا الملف ليست تواريخ صالحة بترتيب يوم-شهر-سنة ولا شهر-يوم-سنة (مثل {example}). هل هذا فعلًا ملف محادثة مُصدَّرة؟</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export contains no messages.</source>
        <translation>لا يحتوي الملف المُصدَّر على أي رسائل.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="-84"/>
        <source>(none)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+42"/>
        <source>This JSON file is nested too deeply to be a Telegram Desktop export. Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>ملف JSON هذا متداخل إلى عمق أكبر من أن يكون مُصدَّرًا من Telegram Desktop. صدّر المحادثة من جديد من Telegram Desktop (الإعدادات › متقدم › تصدير بيانات تيليجرام، الصيغة: JSON قابل للقراءة آليًا).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed JSON ({detail}). Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>ملف JSON تالف ({detail}). صدّر المحادثة من جديد من Telegram Desktop (الإعدادات › متقدم › تصدير بيانات تيليجرام، الصيغة: JSON قابل للقراءة آليًا).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON file is not a Telegram Desktop export: it has no &quot;messages&quot; list. Export the chat from Telegram Desktop as JSON.</source>
        <translation>ملف JSON هذا ليس مُصدَّرًا من Telegram Desktop: لا توجد فيه قائمة &quot;messages&quot;. صدّر المحادثة من Telegram Desktop بصيغة JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This JSON file has more than {limit} message lists, far more chats than any Telegram account: it is not imported. Export a single chat from Telegram Desktop and import that file.</source>
        <translation>في ملف JSON هذا أكثر من {limit} قائمة رسائل، أي محادثات أكثر بكثير مما في أي حساب تيليجرام، لذا لم يُستورد. صدّر محادثة واحدة من Telegram Desktop واستورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file ends inside a &quot;messages&quot; list</source>
        <translation>ينتهي الملف في منتصف قائمة &quot;messages&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One message in this JSON file is larger than {limit}, far more than any Telegram message: the file is damaged or not a Telegram Desktop export. Export the chat again.</source>
        <translation>إحدى الرسائل في ملف JSON هذا أكبر من {limit}، وهذا أكبر بكثير من أي رسالة تيليجرام: الملف تالف أو ليس مُصدَّرًا من Telegram Desktop. صدّر المحادثة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-405"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s). Import it without choosing one to read them all together.</source>
        <translation>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه محادثة واحدة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه محادثتان. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثات. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثة. استورده دون اختيار محادثة لقراءة المحادثات كلها معًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>صدّر المحادثات من جديد من إنستغرام أو فيسبوك (مركز الحسابات › معلوماتك والأذونات › تنزيل معلوماتك، بصيغة JSON).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is not readable JSON ({detail}). {reexport}</source>
        <translation>تعذّرت قراءة {what} كملف JSON ({detail}). {reexport}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>nested too deeply</source>
        <translation>التداخل فيه عميق أكثر من اللازم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One message in {what} is larger than {limit}, far more than any Instagram or Messenger message: the file is damaged. {reexport}</source>
        <translation>إحدى الرسائل في {what} أكبر من {limit}، وهذا أكبر بكثير من أي رسالة في إنستغرام أو ماسنجر: الملف تالف. {reexport}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+9"/>
        <source>{error} near character {position}</source>
        <translation>خطأ قرب الحرف {position}: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>the file ends too early</source>
        <translation>الملف ينتهي قبل أوانه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} is not an Instagram or Messenger conversation: it has no &quot;messages&quot; list of a Meta export. Choose a message_1.json file, its folder or the export&apos;s zip. {reexport}</source>
        <translation>ليس {what} محادثة من إنستغرام أو ماسنجر: لا توجد فيه قائمة &quot;messages&quot; الموجودة في ملفات ميتا المُصدَّرة. اختر ملف message_1.json أو مجلده أو ملف zip المُصدَّر. {reexport}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled conversation)</source>
        <translation>(محادثة بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n message time(s) in {what} are in seconds, where Instagram and Messenger give them in milliseconds: the file was changed after it was exported. {reexport}</source>
        <translation>
            <numerusform>أوقات %n رسالة في {what} مسجّلة بالثواني، بينما يسجّل إنستغرام وماسنجر الأوقات بأجزاء الألف من الثانية (ملّي ثانية): أي أن الملف عُدِّل بعد تصديره. {reexport}</numerusform>
            <numerusform>وقت رسالة واحدة في {what} مسجّل بالثواني، بينما يسجّل إنستغرام وماسنجر الأوقات بأجزاء الألف من الثانية (ملّي ثانية): أي أن الملف عُدِّل بعد تصديره. {reexport}</numerusform>
            <numerusform>وقتا رسالتين في {what} مسجّلان بالثواني، بينما يسجّل إنستغرام وماسنجر الأوقات بأجزاء الألف من الثانية (ملّي ثانية): أي أن الملف عُدِّل بعد تصديره. {reexport}</numerusform>
            <numerusform>أوقات %n رسائل في {what} مسجّلة بالثواني، بينما يسجّل إنستغرام وماسنجر الأوقات بأجزاء الألف من الثانية (ملّي ثانية): أي أن الملف عُدِّل بعد تصديره. {reexport}</numerusform>
            <numerusform>أوقات %n رسالة في {what} مسجّلة بالثواني، بينما يسجّل إنستغرام وماسنجر الأوقات بأجزاء الألف من الثانية (ملّي ثانية): أي أن الملف عُدِّل بعد تصديره. {reexport}</numerusform>
            <numerusform>أوقات %n رسالة في {what} مسجّلة بالثواني، بينما يسجّل إنستغرام وماسنجر الأوقات بأجزاء الألف من الثانية (ملّي ثانية): أي أن الملف عُدِّل بعد تصديره. {reexport}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>None of the %n message(s) in {what} has a real time (&quot;timestamp_ms&quot;): there is nothing to count. {reexport}</source>
        <translation>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في {what} وقتًا حقيقيًا (&quot;timestamp_ms&quot;): لا يوجد ما يُحتسب. {reexport}</numerusform>
            <numerusform>لا تحمل الرسالة الوحيدة في {what} وقتًا حقيقيًا (&quot;timestamp_ms&quot;): لا يوجد ما يُحتسب. {reexport}</numerusform>
            <numerusform>لا تحمل أيٌّ من الرسالتين في {what} وقتًا حقيقيًا (&quot;timestamp_ms&quot;): لا يوجد ما يُحتسب. {reexport}</numerusform>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في {what} وقتًا حقيقيًا (&quot;timestamp_ms&quot;): لا يوجد ما يُحتسب. {reexport}</numerusform>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في {what} وقتًا حقيقيًا (&quot;timestamp_ms&quot;): لا يوجد ما يُحتسب. {reexport}</numerusform>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في {what} وقتًا حقيقيًا (&quot;timestamp_ms&quot;): لا يوجد ما يُحتسب. {reexport}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. {reexport}</source>
        <translation>الملف {name} مُصدَّر من إنستغرام أو ماسنجر بصيغة HTML، وهي صيغة لا تتضمن الأوقات الدقيقة. {reexport}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export holds more than {limit} conversation files, more than any inbox: it is not imported. Choose the folder of one conversation instead.</source>
        <translation>يحتوي هذا الملف المُصدَّر على أكثر من {limit} ملف محادثة، وهذا أكثر مما في أي صندوق وارد، لذا لم يُستورد. اختر بدلًا من ذلك مجلد محادثة واحدة.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is a folder with no Instagram or Messenger conversation (message_1.json) in it: choose the exported chat file, or the folder of an Instagram or Messenger export.</source>
        <translation>المسار {path} مجلد لا يحتوي على أي محادثة من إنستغرام أو ماسنجر (message_1.json): اختر ملف المحادثة المُصدَّرة، أو مجلد ملفات مُصدَّرة من إنستغرام أو ماسنجر.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The export {name}</source>
        <translation>التصدير {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+99"/>
        <source>None of the %n message(s) in this export has a real date and time (&quot;date&quot; or &quot;date_unixtime&quot;): there is nothing to count. Re-export the chat from Telegram Desktop as machine-readable JSON.</source>
        <translation>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في هذا الملف المُصدَّر تاريخًا ووقتًا حقيقيين (&quot;date&quot; أو &quot;date_unixtime&quot;): لا يوجد ما يُحتسب. صدّر المحادثة من جديد من Telegram Desktop بصيغة JSON قابل للقراءة آليًا.</numerusform>
            <numerusform>لا تحمل الرسالة الوحيدة في هذا الملف المُصدَّر تاريخًا ووقتًا حقيقيين (&quot;date&quot; أو &quot;date_unixtime&quot;): لا يوجد ما يُحتسب. صدّر المحادثة من جديد من Telegram Desktop بصيغة JSON قابل للقراءة آليًا.</numerusform>
            <numerusform>لا تحمل أيٌّ من الرسالتين في هذا الملف المُصدَّر تاريخًا ووقتًا حقيقيين (&quot;date&quot; أو &quot;date_unixtime&quot;): لا يوجد ما يُحتسب. صدّر المحادثة من جديد من Telegram Desktop بصيغة JSON قابل للقراءة آليًا.</numerusform>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في هذا الملف المُصدَّر تاريخًا ووقتًا حقيقيين (&quot;date&quot; أو &quot;date_unixtime&quot;): لا يوجد ما يُحتسب. صدّر المحادثة من جديد من Telegram Desktop بصيغة JSON قابل للقراءة آليًا.</numerusform>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في هذا الملف المُصدَّر تاريخًا ووقتًا حقيقيين (&quot;date&quot; أو &quot;date_unixtime&quot;): لا يوجد ما يُحتسب. صدّر المحادثة من جديد من Telegram Desktop بصيغة JSON قابل للقراءة آليًا.</numerusform>
            <numerusform>لا تحمل أي رسالة من الرسائل الـ%n في هذا الملف المُصدَّر تاريخًا ووقتًا حقيقيين (&quot;date&quot; أو &quot;date_unixtime&quot;): لا يوجد ما يُحتسب. صدّر المحادثة من جديد من Telegram Desktop بصيغة JSON قابل للقراءة آليًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/whatsapp.py" line="+199"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>الملف فارغ: لا يوجد ما يمكن استيراده.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not a recognised chat export: none of the first %n line(s) starts with a real date and time as in a WhatsApp or Signal export (such as &quot;18/03/2022, 14:56 - Name: text&quot; or &quot;[18/03/2022, 14:56:01] Name: text&quot;). Export the chat from WhatsApp (chat menu &gt; More &gt; Export chat, without media) and import that .txt or .zip file, or a Telegram Desktop JSON export.</source>
        <translation>
            <numerusform>هذا ليس ملف محادثة مُصدَّرة معروفًا: لا يبدأ أي سطر من الأسطر الـ%n الأولى بتاريخ ووقت حقيقيين كما في محادثات واتساب أو Signal المُصدَّرة (مثل ‪&quot;18/03/2022, 14:56 - Name: text&quot;‬ أو ‪&quot;[18/03/2022, 14:56:01] Name: text&quot;‬). صدّر المحادثة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط) واستورد ملف ‎.txt أو ‎.zip الناتج، أو ملف JSON مُصدَّرًا من Telegram Desktop.</numerusform>
            <numerusform>هذا ليس ملف محادثة مُصدَّرة معروفًا: لا يبدأ السطر الأول بتاريخ ووقت حقيقيين كما في محادثات واتساب أو Signal المُصدَّرة (مثل ‪&quot;18/03/2022, 14:56 - Name: text&quot;‬ أو ‪&quot;[18/03/2022, 14:56:01] Name: text&quot;‬). صدّر المحادثة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط) واستورد ملف ‎.txt أو ‎.zip الناتج، أو ملف JSON مُصدَّرًا من Telegram Desktop.</numerusform>
            <numerusform>هذا ليس ملف محادثة مُصدَّرة معروفًا: لا يبدأ أيٌّ من السطرين الأولين بتاريخ ووقت حقيقيين كما في محادثات واتساب أو Signal المُصدَّرة (مثل ‪&quot;18/03/2022, 14:56 - Name: text&quot;‬ أو ‪&quot;[18/03/2022, 14:56:01] Name: text&quot;‬). صدّر المحادثة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط) واستورد ملف ‎.txt أو ‎.zip الناتج، أو ملف JSON مُصدَّرًا من Telegram Desktop.</numerusform>
            <numerusform>هذا ليس ملف محادثة مُصدَّرة معروفًا: لا يبدأ أي سطر من الأسطر الـ%n الأولى بتاريخ ووقت حقيقيين كما في محادثات واتساب أو Signal المُصدَّرة (مثل ‪&quot;18/03/2022, 14:56 - Name: text&quot;‬ أو ‪&quot;[18/03/2022, 14:56:01] Name: text&quot;‬). صدّر المحادثة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط) واستورد ملف ‎.txt أو ‎.zip الناتج، أو ملف JSON مُصدَّرًا من Telegram Desktop.</numerusform>
            <numerusform>هذا ليس ملف محادثة مُصدَّرة معروفًا: لا يبدأ أي سطر من الأسطر الـ%n الأولى بتاريخ ووقت حقيقيين كما في محادثات واتساب أو Signal المُصدَّرة (مثل ‪&quot;18/03/2022, 14:56 - Name: text&quot;‬ أو ‪&quot;[18/03/2022, 14:56:01] Name: text&quot;‬). صدّر المحادثة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط) واستورد ملف ‎.txt أو ‎.zip الناتج، أو ملف JSON مُصدَّرًا من Telegram Desktop.</numerusform>
            <numerusform>هذا ليس ملف محادثة مُصدَّرة معروفًا: لا يبدأ أي سطر من الأسطر الـ%n الأولى بتاريخ ووقت حقيقيين كما في محادثات واتساب أو Signal المُصدَّرة (مثل ‪&quot;18/03/2022, 14:56 - Name: text&quot;‬ أو ‪&quot;[18/03/2022, 14:56:01] Name: text&quot;‬). صدّر المحادثة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط) واستورد ملف ‎.txt أو ‎.zip الناتج، أو ملف JSON مُصدَّرًا من Telegram Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A date in this export cannot be read: {date}.</source>
        <translation>تعذّرت قراءة تاريخ في هذا الملف المُصدَّر: {date}.</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../continuity_app/gui/chat_import_dialog.py" line="+206"/>
        <source>Import chat into %1</source>
        <translation>استيراد محادثة إلى %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>reading it failed unexpectedly. Please report this, with the kind of export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file itself.</source>
        <translation>فشلت قراءته على نحو غير متوقع. يُرجى الإبلاغ عن ذلك مع ذكر نوع الملف المُصدَّر (واتساب أو تيليجرام أو Signal أو إنستغرام أو ماسنجر) دون إرسال الملف نفسه.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Measure how many messages %1 really gets, and when, from a chat exported in WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), Signal, or Instagram and Messenger (Download your information, JSON: a message_1.json file or the export&apos;s zip).</source>
        <translation>قِس عدد الرسائل التي تصل فعلًا إلى %1 وأوقات وصولها، من محادثة مُصدَّرة من واتساب (قائمة المحادثة › المزيد › تصدير الدردشة، بدون وسائط)، أو من Telegram Desktop ‏(JSON)، أو من Signal، أو من إنستغرام وماسنجر («تنزيل معلوماتك»، بصيغة JSON: ملف message_1.json أو ملف zip المُصدَّر).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat export:</source>
        <translation>المحادثة المُصدَّرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen chat export</source>
        <translation>المحادثة المُصدَّرة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a chat export file</source>
        <translation>اختر ملف محادثة مُصدَّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates could be read two ways: which is right?</source>
        <translation>يمكن قراءة التواريخ بطريقتين: أيهما الصحيحة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>ال&amp;يوم أولًا (٣١/١٢/٢٠٢٤)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>ال&amp;شهر أولًا (١٢/٣١/٢٠٢٤)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year first (2024/12/31)</source>
        <translation>ال&amp;سنة أولًا (٢٠٢٤/١٢/٣١)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business is:</source>
        <translation>ال&amp;منشأة هي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which author is the business</source>
        <translation>أي المرسلين هو المنشأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;names</source>
        <translation>&amp;إظهار الأسماء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show author names instead of pseudonyms</source>
        <translation>إظهار أسماء المرسلين بدلًا من الأسماء المستعارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date order:</source>
        <translation>ترتيب التاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages:</source>
        <translation>الرسائل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>المرسلون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per active day:</source>
        <translation>الرسائل في اليوم النشط:</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n رسالة)</numerusform>
            <numerusform>%1 (رسالة واحدة)</numerusform>
            <numerusform>%1 (رسالتان)</numerusform>
            <numerusform>%1 (%n رسائل)</numerusform>
            <numerusform>%1 (%n رسالة)</numerusform>
            <numerusform>%1 (%n رسالة)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Instagram Direct</source>
        <translation>إنستغرام (الرسائل المباشرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger</source>
        <translation>ماسنجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger (end-to-end encrypted chats)</source>
        <translation>ماسنجر (المحادثات المشفّرة تمامًا بين الطرفين)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram or Messenger (the export does not say which)</source>
        <translation>إنستغرام أو ماسنجر (لا يذكر الملف المُصدَّر أيّهما)</translation>
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
            <numerusform>%n يوم فيه رسائل</numerusform>
            <numerusform>يوم واحد فيه رسائل</numerusform>
            <numerusform>يومان فيهما رسائل</numerusform>
            <numerusform>%n أيام فيها رسائل</numerusform>
            <numerusform>%n يومًا فيها رسائل</numerusform>
            <numerusform>%n يوم فيها رسائل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>median %1, slowest tenth over %2 (%n response(s))</source>
        <translation>
            <numerusform>الوسيط %1، وأبطأ عُشر الردود أكثر من %2 (%n رد)</numerusform>
            <numerusform>الوسيط %1، وأبطأ عُشر الردود أكثر من %2 (رد واحد)</numerusform>
            <numerusform>الوسيط %1، وأبطأ عُشر الردود أكثر من %2 (ردّان)</numerusform>
            <numerusform>الوسيط %1، وأبطأ عُشر الردود أكثر من %2 (%n ردود)</numerusform>
            <numerusform>الوسيط %1، وأبطأ عُشر الردود أكثر من %2 (%n ردًا)</numerusform>
            <numerusform>الوسيط %1، وأبطأ عُشر الردود أكثر من %2 (%n رد)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 will get &lt;b&gt;%2 daily interactions on %4&lt;/b&gt; (%3), its other channels keeping theirs, and this hour-of-day profile.</source>
        <translation>ستحصل العملية %1 على &lt;b&gt;%2 تفاعل يوميًا عبر %4&lt;/b&gt; (%3) وعلى هذا التوزيع على ساعات اليوم، وتحتفظ قنواتها الأخرى بتفاعلاتها.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Business replies:</source>
        <translation>ردود المنشأة:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>there is not enough memory to read it.</source>
        <translation>لا تكفي الذاكرة لقراءته.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Show the authors&apos; names instead of pseudonyms; names are never saved. Pseudonyms are keyed by a secret of this installation, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>إظهار أسماء المرسلين بدلًا من الأسماء المستعارة؛ لا تُحفظ الأسماء أبدًا. تُشتق الأسماء المستعارة بمفتاح سري خاص بهذا التثبيت، فلا يستطيع أحد إعادة حسابها من قائمة أسماء أو أرقام هواتف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors are shown as pseudonyms keyed by a secret of this installation (the same as on the command line), unless Show names is ticked.</source>
        <translation>يظهر المرسلون بأسماء مستعارة مشتقة بمفتاح سري خاص بهذا التثبيت (هي نفسها في سطر الأوامر)، ما لم تحدّد «إظهار الأسماء».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only counts and the hour-of-day profile enter the plan. Message text and author names are never stored.</source>
        <translation>لا يدخل الخطة إلا الأعداد وتوزيع الرسائل على ساعات اليوم. لا تُحفظ نصوص الرسائل ولا أسماء المرسلين أبدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply to %1</source>
        <translation>&amp;تطبيق على %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to %1</source>
        <translation>تطبيق على %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a chat export</source>
        <translation>اختر محادثة مُصدَّرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
        <translation>محادثات مُصدَّرة (*.txt *.zip *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No day in this chat is above 12, so the dates could be day first or month first. Choose the order your phone shows dates in.</source>
        <translation>لا يوجد في هذه المحادثة يوم أكبر من ١٢، لذا قد يكون اليوم أولًا أو الشهر أولًا. اختر الترتيب الذي يعرض به هاتفك التواريخ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported: %1</source>
        <translation>تعذّر استيراد هذا الملف: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody: count every message</source>
        <translation>لا أحد: احتساب كل الرسائل</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WhatsApp (Android)</source>
        <translation>واتساب (Android)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp (iPhone)</source>
        <translation>واتساب (iPhone)</translation>
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
        <translation>من %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none in this chat</source>
        <translation>لا توجد في هذه المحادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages per day with messages</source>
        <translation>رسائل العملاء في كل يوم فيه رسائل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all messages per day with messages; choose the business to count only customers</source>
        <translation>كل الرسائل في كل يوم فيه رسائل؛ اختر المنشأة لاحتساب رسائل العملاء فقط</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Messages by hour of day</source>
        <translation>الرسائل حسب ساعة اليوم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages by hour of day in the chat</source>
        <translation>الرسائل حسب ساعة اليوم في المحادثة</translation>
    </message>
</context>
<context>
    <name>ChatReport</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="+223"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date order:</source>
        <translation>ترتيب التاريخ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages:</source>
        <translation>الرسائل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>المرسلون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message:</source>
        <translation>أول رسالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>آخر رسالة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days:</source>
        <translation>الأيام النشطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{active} of {calendar} calendar days</source>
        <translation>{active} من أصل {calendar} يوم في التقويم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per active day:</source>
        <translation>في اليوم النشط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages</source>
        <translation>{count} رسالة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busiest hours:</source>
        <translation>ساعات الذروة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of order:</source>
        <translation>خارج الترتيب الزمني:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) earlier than the one before</source>
        <translation>
            <numerusform>%n سطر تاريخه أقدم من السطر السابق</numerusform>
            <numerusform>سطر واحد تاريخه أقدم من السطر السابق له</numerusform>
            <numerusform>سطران تاريخ كلٍّ منهما أقدم من السطر السابق له</numerusform>
            <numerusform>%n أسطر تاريخ كلٍّ منها أقدم من السطر السابق له</numerusform>
            <numerusform>%n سطرًا تاريخ كلٍّ منها أقدم من السطر السابق له</numerusform>
            <numerusform>%n سطر تاريخ كلٍّ منها أقدم من السطر السابق له</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>median {median}, P90 {p90} (%n answer(s))</source>
        <translation>
            <numerusform>الوسيط {median}، P90 {p90} (%n رد)</numerusform>
            <numerusform>الوسيط {median}، P90 {p90} (رد واحد)</numerusform>
            <numerusform>الوسيط {median}، P90 {p90} (ردّان)</numerusform>
            <numerusform>الوسيط {median}، P90 {p90} (%n ردود)</numerusform>
            <numerusform>الوسيط {median}، P90 {p90} (%n ردًا)</numerusform>
            <numerusform>الوسيط {median}، P90 {p90} (%n رد)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Most messages:</source>
        <translation>الأكثر إرسالًا:</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>{messages} (plus %n system event(s))</source>
        <translation>
            <numerusform>{messages} (إضافةً إلى %n حدث نظام)</numerusform>
            <numerusform>{messages} (إضافةً إلى حدث نظام واحد)</numerusform>
            <numerusform>{messages} (إضافةً إلى حدثَي نظام)</numerusform>
            <numerusform>{messages} (إضافةً إلى %n أحداث نظام)</numerusform>
            <numerusform>{messages} (إضافةً إلى %n حدثًا من أحداث النظام)</numerusform>
            <numerusform>{messages} (إضافةً إلى %n حدث نظام)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Business:</source>
        <translation>المنشأة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer messages:</source>
        <translation>رسائل العملاء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ({per_day} per active day)</source>
        <translation>{count} ({per_day} في اليوم النشط)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the business never answered a customer here</source>
        <translation>لم تردّ المنشأة على أي عميل في هذه المحادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>زمن الرد:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer messages per active day</source>
        <translation>رسائل العملاء في اليوم النشط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages per active day; pass --business to count customers only</source>
        <translation>كل الرسائل في اليوم النشط؛ أضف الخيار --business لاحتساب رسائل العملاء فقط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the plan:</source>
        <translation>للخطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} daily interactions ({basis})</source>
        <translation>{count} تفاعل يوميًا ({basis})</translation>
    </message>
</context>
<context>
    <name>ChatWording</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/wording.py" line="+13"/>
        <source>day first</source>
        <translation>اليوم أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>الشهر أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>السنة أولًا</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>time runs forward in this order (%n backward jump(s) against {more})</source>
        <translation>
            <numerusform>يتقدّم الوقت بهذا الترتيب (%n قفزة إلى الوراء مقابل {more} بالترتيب الآخر)</numerusform>
            <numerusform>يتقدّم الوقت بهذا الترتيب (قفزة واحدة إلى الوراء مقابل {more} بالترتيب الآخر)</numerusform>
            <numerusform>يتقدّم الوقت بهذا الترتيب (قفزتان إلى الوراء مقابل {more} بالترتيب الآخر)</numerusform>
            <numerusform>يتقدّم الوقت بهذا الترتيب (%n قفزات إلى الوراء مقابل {more} بالترتيب الآخر)</numerusform>
            <numerusform>يتقدّم الوقت بهذا الترتيب (%n قفزة إلى الوراء مقابل {more} بالترتيب الآخر)</numerusform>
            <numerusform>يتقدّم الوقت بهذا الترتيب (%n قفزة إلى الوراء مقابل {more} بالترتيب الآخر)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen by you</source>
        <translation>اخترته بنفسك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dates start with the year</source>
        <translation>التواريخ تبدأ بالسنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day is above 12</source>
        <translation>يوجد يوم أكبر من ١٢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month are the same on every date: either order reads alike</source>
        <translation>اليوم والشهر متساويان في كل التواريخ: الترتيبان يعطيان القراءة نفسها</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/checklist_view.py" line="+36"/>
        <source>1. Confirm the outage</source>
        <translation>١. تأكيد الانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Call the team, in this order</source>
        <translation>٢. الاتصال بالفريق بهذا الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Move each activity to its fallbacks</source>
        <translation>٣. نقل كل نشاط إلى قنواته البديلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Send the messages</source>
        <translation>٤. إرسال الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Back to normal</source>
        <translation>٥. العودة إلى الوضع الطبيعي</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When it was done, in hours and minutes since the start.</source>
        <translation>وقت الإنجاز، بالساعات والدقائق منذ البداية.</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-185"/>
        <source>Authors: {names}.</source>
        <translation>المرسلون: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors as pseudonyms: {names}. Pass one of them to --business, or add --keep-names to see the names.</source>
        <translation>المرسلون بأسماء مستعارة: {names}. مرّر أحدها إلى الخيار ‎--business، أو أضِف الخيار ‎--keep-names لرؤية الأسماء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats: {names}.</source>
        <translation>المحادثات: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --keep-names to list the chats&apos; names.</source>
        <translation>أضِف الخيار ‎--keep-names لعرض أسماء المحادثات.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot tell the day from the month in these dates (no day is above 12 and both readings keep time moving forward). Pass {options}.</source>
        <translation>تعذّر التمييز بين اليوم والشهر في هذه التواريخ (لا يوجد يوم أكبر من ١٢، والقراءتان تُبقيان الوقت متقدّمًا). أضف {options}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{business} is not an author in this chat.</source>
        <translation>الاسم {business} ليس من المرسلين في هذه المحادثة.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s).</source>
        <translation>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثة.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه محادثة واحدة.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه محادثتان.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثات.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثة.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف إنستغرام أو ماسنجر المُصدَّر هذا، وفيه %n محادثة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s).</source>
        <translation>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثة.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه محادثة واحدة.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه محادثتان.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثات.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثة.</numerusform>
            <numerusform>لا توجد محادثة باسم {chat} في ملف تيليجرام المُصدَّر هذا، وفيه %n محادثة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to read this file.</source>
        <translation>لا تكفي الذاكرة لقراءة هذا الملف.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>give a file name ending in .csv or .xlsx</source>
        <translation>حدّد اسم ملف ينتهي بـ ‎.csv أو ‎.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../continuity_app/cli/commands.py" line="+62"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-135"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+491"/>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>المسار {path} مجلد؛ حدّد اسم ملف مثل {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../continuity_app/cli/commands.py" line="+7"/>
        <source>Wrote {path}</source>
        <translation>حُفظ الملف {path}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+26"/>
        <source>the built-in reference data is damaged: {error}</source>
        <translation>البيانات المرجعية المضمّنة في التطبيق تالفة: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-2"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+268"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+40"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+24"/>
        <source>cannot write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+23"/>
        <source>{text} is too few trials; use at least {least}</source>
        <translation>عدد سنوات المحاكاة {text} قليل جدًا؛ استخدم {least} على الأقل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a whole number</source>
        <translation>القيمة {text} ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must not be negative</source>
        <translation>يجب ألا تكون القيمة {text} سالبة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="+40"/>
        <source>no scenario {scenario}; the plan has {known}</source>
        <translation>لا يوجد سيناريو {scenario}؛ سيناريوهات الخطة: {known}</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>{path} is a file; give a folder for the screenshots</source>
        <translation>المسار {path} ملف؛ حدّد مجلدًا للقطات الشاشة</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n screenshot(s) to {folder}</source>
        <translation>
            <numerusform>حُفظت %n لقطة شاشة في {folder}</numerusform>
            <numerusform>حُفظت لقطة شاشة واحدة في {folder}</numerusform>
            <numerusform>حُفظت لقطتا شاشة في {folder}</numerusform>
            <numerusform>حُفظت %n لقطات شاشة في {folder}</numerusform>
            <numerusform>حُفظت %n لقطة شاشة في {folder}</numerusform>
            <numerusform>حُفظت %n لقطة شاشة في {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+112"/>
        <source>continuity-app plan: warning: {warning}</source>
        <translation>continuity-app plan: تنبيه: {warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote {path} (%n page(s), {paper})</source>
        <translation>
            <numerusform>حُفظ الملف {path} (%n صفحة، {paper})</numerusform>
            <numerusform>حُفظ الملف {path} (صفحة واحدة، {paper})</numerusform>
            <numerusform>حُفظ الملف {path} (صفحتان، {paper})</numerusform>
            <numerusform>حُفظ الملف {path} (%n صفحات، {paper})</numerusform>
            <numerusform>حُفظ الملف {path} (%n صفحة، {paper})</numerusform>
            <numerusform>حُفظ الملف {path} (%n صفحة، {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-196"/>
        <source>{text} is not a percentage; give a number from 0 to 100, such as 40</source>
        <translation>القيمة {text} ليست نسبة مئوية؛ أدخل رقمًا من 0 إلى 100، مثل 40</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5</source>
        <translation>القيمة {text} ليست عددًا من الساعات؛ أدخل عددًا من 0 إلى 168 (أسبوع)، مثل 0.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not an amount of money; give a number of zero or more in the plan currency, without its symbol, such as 250 or 99.50</source>
        <translation>القيمة {text} ليست مبلغًا ماليًا؛ أدخل رقمًا يساوي صفرًا أو أكثر بعملة الخطة، دون رمزها، مثل 250 أو 99.50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to clear the due date</source>
        <translation>القيمة {text} ليست تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل ‪2027-03-31‬، أو اكتب none لمسح الموعد النهائي</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{options}: these describe a new task; give them with --new TITLE</source>
        <translation>الخيارات {options} تصف مهمة جديدة؛ استخدمها مع ‪--new TITLE‬</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--new also needs {missing}</source>
        <translation>الخيار ‎--new يحتاج أيضًا إلى {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{options}: these change a task; name it with --update TASK_ID (the ids are in the first column of `continuity-app tasks FILE`), or give them with --add or --new</source>
        <translation>الخيارات {options} تغيّر مهمة؛ حدّد المهمة بـ ‪--update TASK_ID‬ (المعرّفات في العمود الأول من ناتج ‪`continuity-app tasks FILE`‬)، أو استخدم هذه الخيارات مع ‎--add أو ‎--new</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved {path}</source>
        <translation>حُفظ الملف {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n task(s) to {path}</source>
        <translation>
            <numerusform>حُفظت %n مهمة في {path}</numerusform>
            <numerusform>حُفظت مهمة واحدة في {path}</numerusform>
            <numerusform>حُفظت مهمتان في {path}</numerusform>
            <numerusform>حُفظت %n مهام في {path}</numerusform>
            <numerusform>حُفظت %n مهمة في {path}</numerusform>
            <numerusform>حُفظت %n مهمة في {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n open task(s) to the calendar {path}</source>
        <translation>
            <numerusform>حُفظت %n مهمة مفتوحة في ملف التقويم {path}</numerusform>
            <numerusform>حُفظت مهمة مفتوحة واحدة في ملف التقويم {path}</numerusform>
            <numerusform>حُفظت مهمتان مفتوحتان في ملف التقويم {path}</numerusform>
            <numerusform>حُفظت %n مهام مفتوحة في ملف التقويم {path}</numerusform>
            <numerusform>حُفظت %n مهمة مفتوحة في ملف التقويم {path}</numerusform>
            <numerusform>حُفظت %n مهمة مفتوحة في ملف التقويم {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) left out of the calendar: no due date (give one with --update TASK_ID --due YYYY-MM-DD)</source>
        <translation>
            <numerusform>لم تُدرج %n مهمة مفتوحة في التقويم: لا موعد نهائي لها (حدّده بـ ‪--update TASK_ID --due YYYY-MM-DD‬)</numerusform>
            <numerusform>لم تُدرج مهمة مفتوحة واحدة في التقويم: لا موعد نهائي لها (حدّده بـ ‪--update TASK_ID --due YYYY-MM-DD‬)</numerusform>
            <numerusform>لم تُدرج مهمتان مفتوحتان في التقويم: لا موعد نهائي لهما (حدّده بـ ‪--update TASK_ID --due YYYY-MM-DD‬)</numerusform>
            <numerusform>لم تُدرج %n مهام مفتوحة في التقويم: لا موعد نهائي لها (حدّده بـ ‪--update TASK_ID --due YYYY-MM-DD‬)</numerusform>
            <numerusform>لم تُدرج %n مهمة مفتوحة في التقويم: لا موعد نهائي لها (حدّده بـ ‪--update TASK_ID --due YYYY-MM-DD‬)</numerusform>
            <numerusform>لم تُدرج %n مهمة مفتوحة في التقويم: لا موعد نهائي لها (حدّده بـ ‪--update TASK_ID --due YYYY-MM-DD‬)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no task {id}; the plan has {known}</source>
        <translation>لا توجد مهمة {id}؛ مهام الخطة: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no task {id}; the plan has no tasks yet (add one with --add or --new)</source>
        <translation>لا توجد مهمة {id}؛ لا مهام في الخطة بعد (أضف مهمة بالخيار ‎--add أو ‎--new)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--function: the plan has no function {id}; its functions are {known}</source>
        <translation>الخيار ‎--function: لا توجد في الخطة عملية {id}؛ عملياتها: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel: {id} is not a fallback channel; use one of {known}</source>
        <translation>الخيار ‎--channel: القيمة {id} ليست قناة بديلة؛ استخدم إحدى القنوات: {known}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no recommended step {id} for this plan. Steps it has include {some}; `continuity-app recommend FILE --json` lists them all under actions[].id</source>
        <translation>لا توجد خطوة موصى بها {id} لهذه الخطة. من خطواتها: {some}؛ ويسردها الأمر ‪`continuity-app recommend FILE --json`‬ كلها تحت ‪actions[].id‬</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recommended step {id}: the recommender has no step for this plan now; add your own with --new</source>
        <translation>لا توجد خطوة موصى بها {id}: لا يقترح التطبيق الآن أي خطوة لهذه الخطة؛ أضف مهمتك الخاصة بالخيار ‎--new</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--new: give the task a title</source>
        <translation>الخيار ‎--new: اكتب عنوانًا للمهمة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="+85"/>
        <source>give --script NAME for a run sheet, --log LOG.json or both</source>
        <translation>حدّد ‪--script NAME‬ لعرض جدول سير التمرين، أو ‪--log LOG.json‬، أو كليهما</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o and --record need the log of a run: --log</source>
        <translation>يحتاج الخياران ‪-o‬ و‪--record‬ إلى سجل انقطاع أو تمرين: ‪--log‬</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the log is of the exercise {logged}, not {given}</source>
        <translation>السجل خاص بالتمرين {logged}، وليس {given}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="+23"/>
        <source>Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.</source>
        <translation>التخطيط لانقطاعات واتساب وميتا: الأثر، والقنوات البديلة، وخطة جاهزة للطباعة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open the window on a built-in example (see demo --list)</source>
        <translation>فتح النافذة على خطة نموذجية مضمّنة (انظر demo --list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that this installation works (examples, model, PDF, window) and exit</source>
        <translation>التحقق من أن هذا التثبيت يعمل (الخطط النموذجية، ونموذج الحساب، وإنشاء PDF، والنافذة) ثم الخروج</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-314"/>
        <location filename="../../continuity_app/cli/commands.py" line="-224"/>
        <location line="+62"/>
        <location line="+48"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-32"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-315"/>
        <source>print one JSON object</source>
        <translation>طباعة كائن JSON واحد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month order of the dates when it cannot be detected</source>
        <translation>ترتيب اليوم والشهر في التواريخ إذا تعذّر اكتشافه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one chat of a whole-account export</source>
        <translation>محادثة واحدة من ملف مُصدَّر للحساب كله</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show author names instead of pseudonyms</source>
        <translation>إظهار أسماء المرسلين بدلًا من الأسماء المستعارة</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>measure a function&apos;s messages from a WhatsApp, Telegram, Signal, Instagram or Messenger chat export</source>
        <translation>قياس رسائل عملية من محادثة مُصدَّرة من واتساب أو تيليجرام أو Signal أو إنستغرام أو ماسنجر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, Instagram or Messenger JSON from Meta&apos;s Download your information: a message_1.json, its folder or the export&apos;s zip) and print its aggregates: messages, authors, the hour-of-day profile and, with --business, customer messages per day and response times. Message text is never printed or stored; author names are shown as pseudonyms (Author-…) unless --keep-names. Pseudonyms are keyed by a secret of this installation, made once and kept in {folder}, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>يقرأ ملف محادثة مُصدَّرة (‎.txt أو ‎.zip من واتساب، أو JSON من Telegram Desktop، أو نص من Signal، أو JSON من إنستغرام أو ماسنجر عبر «تنزيل معلوماتك» من ميتا: ملف message_1.json أو مجلده أو ملف zip المُصدَّر) ويطبع إجمالياته: الرسائل، والمرسلين، وتوزيع الرسائل على ساعات اليوم، ومع الخيار ‎--business: رسائل العملاء يوميًا وأوقات الرد. لا يُطبع نص الرسائل ولا يُحفظ أبدًا؛ وتظهر أسماء المرسلين بأسماء مستعارة (Author-…) ما لم يُستخدم الخيار ‎--keep-names. تُولَّد الأسماء المستعارة بمفتاح سري خاص بهذا التثبيت، يُنشأ مرة واحدة ويُحفظ في {folder}، فلا يستطيع أحد إعادة حسابها من قائمة أسماء أو أرقام هواتف.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder</source>
        <translation>ملف المحادثة المُصدَّرة (‎.txt أو ‎.zip أو ‎.json)، أو مجلد إنستغرام أو ماسنجر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the author who is the business: a name, or a pseudonym the output showed</source>
        <translation>المرسِل الذي يمثّل المنشأة: اسم، أو اسم مستعار ظهر في المخرجات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key the pseudonyms with KEY instead of this installation&apos;s secret, for output that is the same on every computer (keep KEY secret)</source>
        <translation>اشتقاق الأسماء المستعارة بالمفتاح KEY بدلًا من المفتاح السري لهذا التثبيت، لتكون المخرجات نفسها على كل حاسوب (أبقِ KEY سرًّا)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>write a plan&apos;s results and recommendations to a CSV or XLSX file</source>
        <translation>كتابة نتائج الخطة وتوصياتها في ملف CSV أو XLSX</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/cli/commands.py" line="-112"/>
        <location line="+62"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-28"/>
        <location filename="../../continuity_app/cli/plan_command.py" line="-89"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-2"/>
        <source>a .cplan plan file</source>
        <translation>ملف خطة ‎.cplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file to write, ending in .csv or .xlsx</source>
        <translation>الملف المراد كتابته، باسم ينتهي بـ ‎.csv أو ‎.xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="-57"/>
        <source>Monte Carlo years</source>
        <translation>عدد سنوات محاكاة مونت كارلو</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="+3"/>
        <source>random seed</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-58"/>
        <source>write a built-in example plan</source>
        <translation>كتابة خطة نموذجية مضمّنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (default: print the plan)</source>
        <translation>الملف المراد كتابته (الافتراضي: طباعة الخطة على الشاشة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example (see --list)</source>
        <translation>الخطة النموذجية المطلوبة (انظر --list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the examples, one per line</source>
        <translation>سرد الخطط النموذجية، واحدة في كل سطر</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what outages cost: per scenario, ALE, Monte Carlo</source>
        <translation>تكلفة الانقطاعات: لكل سيناريو، والخسارة المتوقعة في السنة (ALE)، ومحاكاة مونت كارلو</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only this scenario id</source>
        <translation>السيناريو صاحب هذا المعرّف فقط</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>fallback channels and preparation steps, valued by the loss they prevent</source>
        <translation>القنوات البديلة وخطوات الاستعداد، مقيّمةً بالخسارة التي تمنعها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>largest yearly spend on preparation</source>
        <translation>أقصى إنفاق سنوي على الاستعداد</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the preset outage scenarios and how the history gives their numbers</source>
        <translation>سيناريوهات الانقطاع الجاهزة وكيف يعطي سجل الانقطاعات أرقامها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a country of the business (ISO code such as BR; repeat for several): shutdowns and carrier outages are counted for it</source>
        <translation>دولة من دول المنشأة (رمز ISO مثل BR؛ كرّر الخيار لعدة دول): يُحسب لها القطع الحكومي وانقطاعات مشغّلي الاتصالات</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>render every page of the window to PNG files</source>
        <translation>حفظ كل صفحة من صفحات النافذة في ملف PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write one PNG per page</source>
        <translation>المجلد الذي تُحفظ فيه صورة PNG لكل صفحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface language, e.g. ar or pt_BR</source>
        <translation>لغة الواجهة، مثل ar أو pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example plan to show</source>
        <translation>الخطة النموذجية المراد عرضها</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="-2"/>
        <source>write the printable continuity plan as PDF</source>
        <translation>كتابة خطة الاستمرارية الجاهزة للطباعة بصيغة PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paper size (default: the one used in the business&apos;s main country)</source>
        <translation>مقاس الورق (الافتراضي: المقاس المستخدم في الدولة الرئيسية للمنشأة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the plan&apos;s own text, e.g. ar or pt_BR</source>
        <translation>لغة نص الخطة نفسه، مثل ar أو pt_BR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits in the plan: as the language writes them (default), 0123 or ٠١٢٣</source>
        <translation>الأرقام في الخطة: كما تكتبها لغتها (الافتراضي)، أو 0123، أو ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+18"/>
        <source>which figures the reference data has for each country, and how old</source>
        <translation>الأرقام التي تتضمنها البيانات المرجعية لكل دولة، ومدى حداثتها</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-8"/>
        <source>list, add, change and export the plan&apos;s preparation tasks</source>
        <translation>عرض مهام الاستعداد في الخطة وإضافتها وتغييرها وتصديرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without options: the plan&apos;s preparation tasks by due date. A task is a preparation step the business has taken on: it raises readiness today only once it is marked done. Changes are saved back to FILE.</source>
        <translation>دون خيارات: مهام الاستعداد في الخطة مرتبةً حسب الموعد النهائي. المهمة خطوة استعداد التزمت المنشأة بتنفيذها: ولا ترفع الجاهزية اليوم إلا بعد تعليمها منجزة. تُحفظ التغييرات في الملف FILE نفسه.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan a recommended step, by the id `recommend FILE --json` gives it in actions[].id (repeat for several)</source>
        <translation>إدراج خطوة موصى بها في خطة العمل، بالمعرّف الذي يعطيه لها الأمر ‪`recommend FILE --json`‬ في ‪actions[].id‬ (كرّر الخيار لعدة خطوات)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task of your own</source>
        <translation>إضافة مهمة خاصة بك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the function it prepares a fallback for</source>
        <translation>مع ‎--new: العملية التي تُعِدّ لها المهمة قناة بديلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the fallback channel it makes ready, e.g. sms</source>
        <translation>مع ‎--new: القناة البديلة التي تجهّزها المهمة، مثل sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --new: the share of the function&apos;s contacts cut off by an outage that the channel reaches once done, in percent</source>
        <translation>مع ‎--new: نسبة جهات اتصال العملية التي يوقفها الانقطاع وتصل إليها القناة بعد إنجاز المهمة، بالنسبة المئوية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>with --new: hours until they switch, once done</source>
        <translation>مع ‎--new: الساعات حتى ينتقل العملاء فعلًا إلى القناة، بعد إنجاز المهمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change this task with the options below (repeat for several)</source>
        <translation>تغيير هذه المهمة بالخيارات التالية (كرّر الخيار لعدة مهام)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the task&apos;s status; done raises the channel&apos;s readiness today</source>
        <translation>حالة المهمة؛ القيمة done ترفع جاهزية القناة اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who does it</source>
        <translation>من ينفّذ المهمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date it should be done by, or none</source>
        <translation>التاريخ الذي يجب إنجاز المهمة قبله، أو none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what setting it up costs once, in the plan currency</source>
        <translation>تكلفة إعدادها لمرة واحدة، بعملة الخطة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what it costs each month, in the plan currency</source>
        <translation>تكلفتها كل شهر، بعملة الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes for the owner</source>
        <translation>ملاحظات للمسؤول عن المهمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove this task (repeat for several)</source>
        <translation>إزالة هذه المهمة (كرّر الخيار لعدة مهام)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the tasks as a CSV table</source>
        <translation>كتابة المهام في جدول CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the open tasks as calendar entries (.ics), one on each due date</source>
        <translation>كتابة المهام المفتوحة مواعيدَ في التقويم (‎.ics)، كلٌّ منها في موعدها النهائي</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-11"/>
        <source>a tabletop exercise&apos;s run sheet, or the after-action report of a log</source>
        <translation>جدول سير تمرين مكتبي، أو تقرير المراجعة لسجل انقطاع أو تمرين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --log: the exercise hour by hour, with the checklist the plan gives for its outage. With --log: the after-action report of that outage or exercise log (timings against the plan, what was missing, follow-up tasks); -o writes it as PDF and --record adds the follow-up tasks and the exercise to FILE.</source>
        <translation>بدون ‪--log‬: التمرين ساعة بساعة، مع قائمة التحقق التي تحددها الخطة للانقطاع الذي يحاكيه. مع ‪--log‬: تقرير المراجعة لسجل ذلك الانقطاع أو التمرين (التوقيتات مقارنةً بالخطة، وما لم يُنجَز، ومهام المتابعة)؛ ويحفظ الخيار ‪-o‬ التقرير بصيغة PDF، ويضيف الخيار ‪--record‬ مهام المتابعة والتمرين إلى الملف FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a shipped exercise script (e.g. meta-wide-2021) or a script file</source>
        <translation>نص تمرين مرفق بالتطبيق (مثل ‪meta-wide-2021‬) أو ملف نص تمرين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a log saved by outage mode or an exercise</source>
        <translation>سجل محفوظ من وضع الانقطاع أو من تمرين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the after-action report as PDF</source>
        <translation>حفظ تقرير المراجعة بصيغة PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the PDF, e.g. ar or pt_BR</source>
        <translation>لغة ملف PDF، مثل ar أو pt_BR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the follow-up tasks and the exercise record to FILE (written once, at the end)</source>
        <translation>إضافة مهام المتابعة وسجل التمرين إلى الملف FILE (يُحفظ مرة واحدة)</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+52"/>
        <source>Laying out the printed plan…</source>
        <translation>جارٍ تنسيق صفحات الخطة المطبوعة…</translation>
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
        <translation>المنشأة: {business} ({currency})؛ وأقصى خسارة يمكن تحمّلها لانقطاع واحد: {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage scenarios. While open: an outage of typical length that strikes while the business is open (the figure to plan for). Average: over every hour of the week and every length the history gives (the yearly figure is built from this average).</source>
        <translation>سيناريوهات الانقطاع. خلال ساعات العمل: انقطاع بمدته المعتادة يقع والمنشأة مفتوحة (الرقم الذي يُخطَّط على أساسه). المتوسط: على كل ساعات الأسبوع وكل المدد الواردة في السجل (ومنه يُبنى الرقم السنوي).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>ما يتعطل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>مرات في السنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst start</source>
        <translation>أسوأ وقت للبدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>سنويًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the reference scenario ({scenario}):</source>
        <translation>في السيناريو المرجعي ({scenario}):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} breached for {duration}</source>
        <translation>{share}: لم يتحقق لمدة {duration}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} met after {duration}</source>
        <translation>{share}: تحقق بعد {duration}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+279"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>MBCO</source>
        <translation>الحد الأدنى للخدمة (MBCO)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+48"/>
        <source>While open</source>
        <translation>خلال ساعات العمل</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location line="+15"/>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut off</source>
        <translation>ما يتوقف</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maximum tolerable period of disruption (MTPD): {duration}: after that an outage that strikes while the business is open costs more than {amount}.</source>
        <translation>أطول انقطاع يمكن تحمّله (MTPD): {duration}؛ بعدها يكلّف الانقطاع الذي يقع خلال ساعات العمل أكثر من {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum tolerable period of disruption (MTPD): an outage that strikes while the business is open stays under {amount} for a whole week.</source>
        <translation>أطول انقطاع يمكن تحمّله (MTPD): تبقى خسارة الانقطاع الذي يقع خلال ساعات العمل دون {amount} طوال أسبوع كامل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annualised loss expectancy (ALE): {amount} per year.</source>
        <translation>الخسارة المتوقعة في السنة (ALE): {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monte Carlo, {trials} simulated years (seed {seed}):</source>
        <translation>محاكاة مونت كارلو، {trials} سنة محاكاة (البذرة {seed}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One outage</source>
        <translation>انقطاع واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of {total}</source>
        <translation>صفر من أصل {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected yearly loss (ALE)</source>
        <translation>الخسارة المتوقعة في السنة (ALE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad year (P90)</source>
        <translation>سنة سيئة (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage (MTPD)</source>
        <translation>أطول انقطاع يمكن تحمّله (MTPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing their minimum service</source>
        <translation>عمليات لا تبلغ حدها الأدنى للخدمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation tasks count only once they are done. Today, and with every open task done (on the same simulated years):</source>
        <translation>لا تُحتسب مهام الاستعداد إلا بعد إنجازها. اليوم، ومع إنجاز كل المهام المفتوحة (على السنوات المحاكاة نفسها):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>بعد إنجاز %n مهمة مفتوحة</numerusform>
            <numerusform>بعد إنجاز المهمة المفتوحة</numerusform>
            <numerusform>بعد إنجاز المهمتين المفتوحتين</numerusform>
            <numerusform>بعد إنجاز %n مهام مفتوحة</numerusform>
            <numerusform>بعد إنجاز %n مهمة مفتوحة</numerusform>
            <numerusform>بعد إنجاز %n مهمة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{business}: expected yearly loss today {amount} (a bad year, P90: {p90}).</source>
        <translation>المنشأة {business}: الخسارة المتوقعة في السنة حاليًا {amount} (سنة سيئة P90: {p90}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best fallback channels per function:</source>
        <translation>أفضل القنوات البديلة لكل عملية:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}:</source>
        <translation>{function}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score {score}</source>
        <translation>الدرجة {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}. {name} ({score}): {reasons}</source>
        <translation>{rank}. {name} ({score}): {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation steps, most net value first:</source>
        <translation>خطوات الاستعداد، الأعلى قيمةً صافية أولًا:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>لا تُسترد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>تخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves/year</source>
        <translation>التوفير/سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 cut</source>
        <translation>تخفيض P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost/year</source>
        <translation>التكلفة/سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback (months)</source>
        <translation>استرداد التكلفة (أشهر)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not worth it now:</source>
        <translation>خطوات لا تستحق التنفيذ الآن:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({function}): {why}</source>
        <translation>{step} ({function}): {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended portfolio (budget {amount} a year):</source>
        <translation>الحزمة الموصى بها (الميزانية {amount} في السنة):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended portfolio:</source>
        <translation>الحزمة الموصى بها:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No step saves more than it costs within the budget.</source>
        <translation>لا توجد خطوة توفّر أكثر مما تكلّف ضمن الميزانية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step saves more than it costs.</source>
        <translation>لا توجد خطوة توفّر أكثر مما تكلّف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} ({function}): saves {saving} a year on top of the steps above, costs {cost}</source>
        <translation>الخطوة «{step}» (لعملية {function}): توفّر {saving} في السنة إضافةً إلى الخطوات السابقة، وتكلّف {cost}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} a year.</source>
        <translation>الخسارة المتوقعة في السنة بعد هذه الخطوات: {amount} (سنة سيئة P90: {p90})، بتكلفة {cost} في السنة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>لماذا هذه الخطوات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>التنبيهات:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids are in `continuity-app recommend FILE --json`, actions[].id), or add your own with --new.</source>
        <translation>لا توجد مهام استعداد بعد. أدرج خطوة موصى بها في الخطة بـ ‪--add STEP_ID‬ (المعرّفات في ناتج ‪`continuity-app recommend FILE --json`‬، تحت ‪actions[].id‬)، أو أضف مهمتك الخاصة بالخيار ‎--new.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (متأخرة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{once} + {monthly} a month</source>
        <translation>{once} + {monthly} شهريًا</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready when done</source>
        <translation>الجاهزية بعد الإنجاز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan is past its review date ({date}): review it.</source>
        <translation>فات موعد مراجعة الخطة ({date}): راجعها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review of the plan: {date}.</source>
        <translation>موعد المراجعة التالية للخطة: {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) past their due date.</source>
        <translation>
            <numerusform>%n مهمة مفتوحة فات موعدها النهائي.</numerusform>
            <numerusform>مهمة مفتوحة واحدة فات موعدها النهائي.</numerusform>
            <numerusform>مهمتان مفتوحتان فات موعدهما النهائي.</numerusform>
            <numerusform>%n مهام مفتوحة فات موعدها النهائي.</numerusform>
            <numerusform>%n مهمة مفتوحة فات موعدها النهائي.</numerusform>
            <numerusform>%n مهمة مفتوحة فات موعدها النهائي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task is past its due date.</source>
        <translation>لا توجد مهمة فات موعدها النهائي.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-71"/>
        <source>{code} is not a country this application knows; use an ISO code: {known}</source>
        <translation>الرمز {code} ليس دولة يعرفها هذا التطبيق؛ استخدم أحد رموز ISO التالية: {known}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>failed layers: {layers}</source>
        <translation>الطبقات المتعطلة: {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{frequency} per year, typical {duration} (log-normal spread {sigma})</source>
        <translation>{frequency} في السنة، والمدة المعتادة {duration} (التشتت اللوغاريتمي الطبيعي {sigma})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how: {explanation}</source>
        <translation>طريقة الحساب: {explanation}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+192"/>
        <source>{step} is already planned as {task} ({status}); nothing changed. To change it: --update {task}</source>
        <translation>الخطوة {step} مدرجة بالفعل في خطة العمل بوصفها المهمة {task} ({status})؛ لم يتغير شيء. لتغييرها: ‪--update {task}‬</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned {task}: {title} ({function}, {channel})</source>
        <translation>أُدرجت المهمة {task} في الخطة: {title} ({function}، {channel})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added {task}: {title} ({function}, {channel})</source>
        <translation>أُضيفت المهمة {task}: {title} ({function}، {channel})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{task}: owner {owner}</source>
        <translation>المهمة {task}: المسؤول {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: owner cleared</source>
        <translation>المهمة {task}: أُزيل المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due {date}</source>
        <translation>المهمة {task}: الموعد النهائي {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due date cleared</source>
        <translation>المهمة {task}: أُزيل الموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: one-off cost {amount}</source>
        <translation>المهمة {task}: التكلفة لمرة واحدة {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: monthly cost {amount}</source>
        <translation>المهمة {task}: التكلفة الشهرية {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: notes changed</source>
        <translation>المهمة {task}: تغيّرت الملاحظات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{task} is already {status}; nothing changed</source>
        <translation>المهمة {task} حالتها {status} بالفعل؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{task}: done on {date}</source>
        <translation>المهمة {task}: أُنجزت في {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: status {status}</source>
        <translation>المهمة {task}: الحالة {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness today of {channel} for {function}: {before} → {after}</source>
        <translation>جاهزية القناة {channel} اليوم للعملية {function}: {before} ← {after}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {task}: {title}</source>
        <translation>أُزيلت المهمة {task}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readiness it gave when it was done stays: the work was done.</source>
        <translation>تبقى الجاهزية التي أضافتها المهمة حين أُنجزت: فالعمل قد أُنجز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/cli/exercise_command.py" line="+56"/>
        <source>Recorded in {file}: the exercise, the review date and %n task(s).</source>
        <translation>
            <numerusform>سُجّل في الملف {file}: التمرين وتاريخ المراجعة و%n مهمة.</numerusform>
            <numerusform>سُجّل في الملف {file}: التمرين وتاريخ المراجعة ومهمة واحدة.</numerusform>
            <numerusform>سُجّل في الملف {file}: التمرين وتاريخ المراجعة ومهمتان.</numerusform>
            <numerusform>سُجّل في الملف {file}: التمرين وتاريخ المراجعة و%n مهام.</numerusform>
            <numerusform>سُجّل في الملف {file}: التمرين وتاريخ المراجعة و%n مهمة.</numerusform>
            <numerusform>سُجّل في الملف {file}: التمرين وتاريخ المراجعة و%n مهمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded in {file}: the outage, the review date and %n task(s).</source>
        <translation>
            <numerusform>سُجّل في الملف {file}: الانقطاع وتاريخ المراجعة و%n مهمة.</numerusform>
            <numerusform>سُجّل في الملف {file}: الانقطاع وتاريخ المراجعة ومهمة واحدة.</numerusform>
            <numerusform>سُجّل في الملف {file}: الانقطاع وتاريخ المراجعة ومهمتان.</numerusform>
            <numerusform>سُجّل في الملف {file}: الانقطاع وتاريخ المراجعة و%n مهام.</numerusform>
            <numerusform>سُجّل في الملف {file}: الانقطاع وتاريخ المراجعة و%n مهمة.</numerusform>
            <numerusform>سُجّل في الملف {file}: الانقطاع وتاريخ المراجعة و%n مهمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote {path}</source>
        <translation>حُفظ الملف {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage: {scenario}, {hours}.</source>
        <translation>الانقطاع: {scenario}، {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events:</source>
        <translation>الأحداث:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the outage:</source>
        <translation>تأكّد من الانقطاع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, in this order:</source>
        <translation>اتصل بالترتيب التالي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>انتقل إلى القنوات البديلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>أرسل:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After-action review: {scenario}, {length} logged.</source>
        <translation>المراجعة بعد الحدث: {scenario}، والمدة المسجّلة {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan:</source>
        <translation>التوقيتات مقارنةً بالخطة:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Missing (%n):</source>
        <translation>
            <numerusform>ما لم يُنجَز (%n):</numerusform>
            <numerusform>ما لم يُنجَز (%n):</numerusform>
            <numerusform>ما لم يُنجَز (%n):</numerusform>
            <numerusform>ما لم يُنجَز (%n):</numerusform>
            <numerusform>ما لم يُنجَز (%n):</numerusform>
            <numerusform>ما لم يُنجَز (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Follow-up tasks (%n):</source>
        <translation>
            <numerusform>مهام المتابعة (%n):</numerusform>
            <numerusform>مهام المتابعة (%n):</numerusform>
            <numerusform>مهام المتابعة (%n):</numerusform>
            <numerusform>مهام المتابعة (%n):</numerusform>
            <numerusform>مهام المتابعة (%n):</numerusform>
            <numerusform>مهام المتابعة (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <location filename="../../continuity_app/gui/outage/clock.py" line="+70"/>
        <source>Exercise clock:</source>
        <translation>ساعة التمرين:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start:</source>
        <translation>منذ البداية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+15 min</source>
        <translation>+١٥ د</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on by a quarter of an hour.</source>
        <translation>قدِّم ساعة التمرين ربع ساعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hour</source>
        <translation>الساعة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on to the next whole hour.</source>
        <translation>قدِّم ساعة التمرين إلى بداية الساعة التالية.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+11"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App figures</source>
        <translation>أرقام التطبيقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked apps</source>
        <translation>التطبيقات المحجوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Countries: {count}</source>
        <translation>عدد الدول: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}: known for {count} of {total} countries</source>
        <translation>{figure}: الرقم متوفر في {count} من أصل {total} دولة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: a usage figure for {count} of {total} countries</source>
        <translation>تطبيق {app}: رقم الاستخدام متوفر في {count} من أصل {total} دولة</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../continuity_app/display.py" line="+117"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>لا يستجيب أي خادم X على DISPLAY={display}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Wayland compositor answers at WAYLAND_DISPLAY={name}</source>
        <translation>لا يستجيب أي مُركِّب Wayland على WAYLAND_DISPLAY={name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>لا توجد شاشة يمكن فتح النافذة عليها (لم يُضبط DISPLAY ولا WAYLAND_DISPLAY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on: {reasons}. The desktop session may have ended, or DISPLAY is left over from another session (after ssh -X, reconnect).</source>
        <translation>لا توجد شاشة يمكن فتح النافذة عليها: {reasons}. ربما انتهت جلسة سطح المكتب، أو أن DISPLAY متبقٍّ من جلسة أخرى (إن اتصلت عبر ssh -X فأعِد الاتصال).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no display this installation can open the window on: it draws through X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server (XWayland) at DISPLAY={display}.</source>
        <translation>لا توجد شاشة يستطيع هذا التثبيت فتح النافذة عليها: فهو يرسم عبر X11، وسطح مكتب Wayland على WAYLAND_DISPLAY={name} لا يوفّر خادم X ‏(XWayland) على DISPLAY={display}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the application from a desktop session, or use the command-line sub-commands (continuity-app --help); for a window without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>شغّل التطبيق من جلسة سطح مكتب، أو استخدم أوامر سطر الأوامر (continuity-app --help)؛ ولفتح النافذة بلا شاشة اضبط QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+198"/>
        <source>the history of WhatsApp and Meta outages kept in this app, from status pages and news reports (listed under Outage history)</source>
        <translation>سجل انقطاعات واتساب وميتا المحفوظ في هذا التطبيق، من صفحات الحالة والتقارير الإخبارية (مدرج تحت «سجل الانقطاعات»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yearly counts of phone network outages published by telecom regulators for your countries, with the lengths of past carrier outages from the outage history</source>
        <translation>الأعداد السنوية لانقطاعات شبكات الهاتف التي تنشرها هيئات تنظيم الاتصالات في دولك، مع مدد انقطاعات المشغّلين السابقة من سجل الانقطاعات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access Now&apos;s record of government internet shutdowns and app blocks, 2016 to 2022, for your countries</source>
        <translation>سجل منظمة Access Now لقطع الحكومات للإنترنت وحجب التطبيقات، من ٢٠١٦ إلى ٢٠٢٢، في دولك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reference data in this app</source>
        <translation>البيانات المرجعية في هذا التطبيق</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../continuity_app/gui/due_notice.py" line="+50"/>
        <source>Show the action plan</source>
        <translation>عرض خطة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>إغلاق هذا الإشعار</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n preparation task(s) overdue: {tasks}.</source>
        <translation>
            <numerusform>%n مهمة استعداد متأخرة: {tasks}.</numerusform>
            <numerusform>مهمة استعداد واحدة متأخرة: {tasks}.</numerusform>
            <numerusform>مهمتا استعداد متأخرتان: {tasks}.</numerusform>
            <numerusform>%n مهام استعداد متأخرة: {tasks}.</numerusform>
            <numerusform>%n مهمة استعداد متأخرة: {tasks}.</numerusform>
            <numerusform>%n مهمة استعداد متأخرة: {tasks}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{task} (due {date})</source>
        <translation>{task} (موعدها النهائي {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan was due for review on {date}: go through it with the people who act in it.</source>
        <translation>كان موعد مراجعة الخطة في {date}: راجعها مع الأشخاص الذين لهم أدوار فيها.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../continuity_app/core/wording/notes.py" line="+23"/>
        <source>No price per message is known for {channel} ({function}); counted as free. Enter one in the fallback to include it.</source>
        <translation>سعر الرسالة غير معروف لقناة {channel} ({function})؛ احتُسبت مجانية. أدخل سعرًا في القناة البديلة لاحتسابه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages per interaction default to {count} where not given.</source>
        <translation>عدد الرسائل لكل تفاعل {count} افتراضيًا حيث لم يُحدَّد.</translation>
    </message>
</context>
<context>
    <name>FallbacksModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+154"/>
        <source>Runs on Meta&apos;s infrastructure like WhatsApp: it fails with WhatsApp in a Meta outage and does not count as an independent fallback.</source>
        <translation>تعمل على البنية التحتية لميتا مثل واتساب: تتعطل مع واتساب عند انقطاع ميتا ولا تُحتسب قناة بديلة مستقلة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+15"/>
        <source>{ready} (%)</source>
        <translation>{ready} (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{delay} (hours)</source>
        <translation>{delay} (ساعات)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+13"/>
        <source>{channel} is not a fallback for {function} yet: type the share of its customers you could reach there today in the Ready today view.</source>
        <translation>القناة {channel} ليست بعد قناة بديلة للعملية {function}: اكتب في عرض «جاهز اليوم» نسبة عملائها الذين يمكنك الوصول إليهم هناك اليوم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You could reach {share} of the customers of {function} on {channel} today.</source>
        <translation>يمكنك اليوم الوصول إلى {share} من عملاء العملية {function} على {channel}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers of {function} start using {channel} {delay} after an outage begins: time to notice it, decide, and tell them where to go. Before then this channel serves none of them.</source>
        <translation>يبدأ عملاء العملية {function} باستخدام {channel} بعد {delay} من بدء الانقطاع: وقت لملاحظته واتخاذ القرار وإخبارهم إلى أين يتجهون. وقبل ذلك لا تخدم هذه القناة أحدًا منهم.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Together its {count} channels reach {combined} of them, not the {sum} their shares add up to: some customers are on more than one channel.</source>
        <translation>قنواتها الـ {count} معًا تصل إلى {combined} منهم، لا إلى {sum} الذي يعطيه جمع نسبها: بعض العملاء موجودون على أكثر من قناة.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>type a share from 0 to 100, or low – likely – high; empty removes the fallback.</source>
        <translation>اكتب نسبة من ٠ إلى ١٠٠، أو أدنى – مرجّح – أعلى؛ وترك الخانة فارغة يزيل القناة البديلة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type the hours until customers switch, from 0 to 168 (a week).</source>
        <translation>اكتب عدد الساعات حتى ينتقل العملاء، من ٠ إلى ١٦٨ (أسبوع).</translation>
    </message>
</context>
<context>
    <name>FallbacksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/fallbacks_page.py" line="+79"/>
        <source>Fallbacks</source>
        <translation>القنوات البديلة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no fallback outside Meta.</source>
        <translation>لا توجد لـ %1 قناة بديلة خارج ميتا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what its value means.</source>
        <translation>{ready}: {ready_meaning} {delay}: {delay_meaning} مرّر المؤشر فوق أي خانة لترى ما تعنيه قيمتها.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tinted columns run on Meta&apos;s infrastructure like WhatsApp: they fail together with it in a Meta outage. Empty a cell (or type 0) to remove a fallback.</source>
        <translation>الأعمدة المظلّلة تعمل على البنية التحتية لشركة ميتا مثل واتساب: فتتعطل معه عند انقطاع ميتا. أفرغ الخلية (أو اكتب ٠) لإزالة القناة البديلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness matrix: functions by channels</source>
        <translation>مصفوفة الجاهزية: العمليات حسب القنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show readiness</source>
        <translation>عرض الجاهزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activation delays</source>
        <translation>عرض مُهَل التحوّل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, then say here where else you could reach them.</source>
        <translation>لا توجد أنشطة بعد: أضف في صفحة العمليات ما يفعله عملاؤك عبر واتساب، ثم حدّد هنا أين يمكنك الوصول إليهم أيضًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fallbacks yet: type in a cell the share of that activity&apos;s customers you could reach on that channel today (for example 40).</source>
        <translation>لا توجد قنوات بديلة بعد: اكتب في الخانة نسبة عملاء ذلك النشاط الذين يمكنك الوصول إليهم على تلك القناة اليوم (مثل ٤٠).</translation>
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
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week</source>
        <translation>أكثر من أسبوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+3"/>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items}; {item}</source>
        <translation>{items}؛ {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{items}, {item}</source>
        <translation>{items}، {item}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} {share}</source>
        <translation>{name} {share}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other channels {share}</source>
        <translation>قنوات أخرى {share}</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+11"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure.</source>
        <translation>اكتب رقمًا واحدًا، أو أدنى – مرجّح – أعلى (مثل ٤٠ – ٦٠ – ٩٠) إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this part of the business does on WhatsApp.</source>
        <translation>ما يقوم به هذا الجزء من المنشأة عبر واتساب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which channel features it needs.</source>
        <translation>يحدّد ميزات القنوات التي تحتاجها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interactions / open day</source>
        <translation>تفاعلات / يوم عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations, orders or requests on a day the business is open, on all channels.</source>
        <translation>المحادثات أو الطلبات أو الاستفسارات في يوم تكون فيه المنشأة مفتوحة، عبر كل القنوات.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>On WhatsApp (%)</source>
        <translation>عبر واتساب (%)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Revenue / interaction</source>
        <translation>الإيراد / تفاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money at stake in one interaction, in the plan currency.</source>
        <translation>المبلغ المعرّض للخطر في التفاعل الواحد، بعملة الخطة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patience (h)</source>
        <translation>مدة الانتظار (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a blocked customer keeps waiting before giving up.</source>
        <translation>عدد الساعات التي ينتظرها العميل المتعطّل قبل أن يتخلى عن طلبه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Come back (%)</source>
        <translation>يعودون (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those who gave up who come back later.</source>
        <translation>نسبة من تخلّوا ثم عادوا لاحقًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost for good (%)</source>
        <translation>مفقودون نهائيًا (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the lost ones who never come back (costs their lifetime value).</source>
        <translation>نسبة من فُقدوا ولن يعودوا أبدًا (تضيع قيمتهم مدى الحياة).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot wait (%)</source>
        <translation>لا يحتمل الانتظار (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of these interactions whose moment passes if they are not served soon (today&apos;s lunch, a same-day delivery): customers who gave up on them never come back for them. Empty: the default for this kind of function and sector, shown in grey.</source>
        <translation>نسبة هذه التفاعلات التي يفوت وقتها إن لم تُخدم قريبًا (غداء اليوم، توصيل في اليوم نفسه): العملاء الذين تخلّوا عنها لا يعودون إليها أبدًا. إن تُركت فارغة: القيمة الافتراضية لهذا النوع من العمليات ولهذا القطاع، وتظهر باللون الرمادي.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backlog cost</source>
        <translation>تكلفة المتراكم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of handling one delayed interaction after the outage, in the plan currency.</source>
        <translation>تكلفة معالجة تفاعل متأخر واحد بعد الانقطاع، بعملة الخطة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages / interaction</source>
        <translation>رسائل / تفاعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent on a fallback per interaction; empty uses the default (3).</source>
        <translation>عدد الرسائل المرسلة عبر القناة البديلة لكل تفاعل؛ إن تُرك فارغًا تُستخدم القيمة الافتراضية (٣).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff affected</source>
        <translation>الموظفون المتأثرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: how many staff coordinate through WhatsApp.</source>
        <translation>للتنسيق: عدد الموظفين الذين ينسّقون عبر واتساب.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Productivity loss (%)</source>
        <translation>خسارة الإنتاجية (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: share of their work lost while WhatsApp is down.</source>
        <translation>للتنسيق: نسبة عملهم الضائعة أثناء توقف واتساب.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the WhatsApp Business API (%)</source>
        <translation>عبر واجهة API لواتساب للأعمال (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Instagram (%)</source>
        <translation>عبر إنستغرام (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Messenger (%)</source>
        <translation>عبر ماسنجر (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Facebook page or shop (%)</source>
        <translation>عبر صفحة أو متجر على فيسبوك (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Telegram (%)</source>
        <translation>عبر تيليجرام (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Signal (%)</source>
        <translation>عبر Signal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Viber (%)</source>
        <translation>عبر Viber (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On LINE (%)</source>
        <translation>عبر LINE (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By SMS (%)</source>
        <translation>عبر رسائل SMS (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone call (%)</source>
        <translation>عبر المكالمات الهاتفية (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email (%)</source>
        <translation>عبر البريد الإلكتروني (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web shop or marketplace (%)</source>
        <translation>في متجر إلكتروني أو منصة تسوّق (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (%)</source>
        <translation>حضوريًا (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of those interactions that run through this channel. What the listed channels do not carry runs on channels that none of the plan&apos;s outages reaches.</source>
        <translation>نسبة هذه التفاعلات التي تجري عبر هذه القناة؛ وما لا تحمله أي قناة يجري عبر قنوات لا يطالها أي انقطاع في الخطة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/functions_model.py" line="+198"/>
        <source>type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a kind from the list.</source>
        <translation>اختر نوعًا من القائمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the function a name.</source>
        <translation>اكتب اسمًا للعملية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for a coordination activity, say how many staff coordinate on WhatsApp and how much of their work is lost without it.</source>
        <translation>لنشاط التنسيق، اذكر عدد الموظفين الذين يتنسّقون عبر واتساب ونسبة عملهم التي تضيع من دونه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination function&apos;s loss is the work its staff cannot do.</source>
        <translation>النوع {kind}: املأ أولًا «{staff}» و«{loss}» للعملية {name}: خسارة عملية التنسيق هي العمل الذي لا يستطيع موظفوها إنجازه.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/functions_page.py" line="+122"/>
        <source>Functions</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the functions that run on WhatsApp.</source>
        <translation>أضف العمليات التي تجري عبر واتساب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no revenue per interaction.</source>
        <translation>لم تُحدَّد لـ %1 إيرادات لكل تفاعل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per part of the business that runs on WhatsApp or other apps. Double-click a cell to edit it; hover over a column title for what it means. Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the selected row&apos;s channels: its share on each app.</source>
        <translation>صف واحد لكل جزء من المنشأة يجري عبر واتساب أو تطبيقات أخرى. انقر نقرًا مزدوجًا على خانة لتعديلها، ومرّر المؤشر فوق عنوان العمود لمعرفة معناه. إن لم تكن متأكدًا، فاكتب أدنى – مرجّح – أعلى، مثل ٤٠ – ٦٠ – ٩٠. وفي الأسفل قنوات الصف المحدد: نسبته على كل تطبيق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add function</source>
        <translation>&amp;إضافة عملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove function</source>
        <translation>إ&amp;زالة عملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions table</source>
        <translation>جدول العمليات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add function</source>
        <translation>إضافة عملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected function</source>
        <translation>إزالة العملية المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import chat…</source>
        <translation>ا&amp;ستيراد محادثة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the selected function from a chat export</source>
        <translation>قياس العملية المحددة من محادثة مُصدَّرة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activities yet: add what your customers do on WhatsApp (orders, questions, bookings) with Add function.</source>
        <translation>لا توجد أنشطة بعد: أضف ما يفعله عملاؤك عبر واتساب (الطلبات، الأسئلة، الحجوزات) بزر «إضافة عملية».</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>When %1 arrives over a day (from %2)</source>
        <translation>توزيع %1 على ساعات اليوم (حسب %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an imported chat</source>
        <translation>محادثة مستوردة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hourly profile of the selected function</source>
        <translation>التوزيع الساعي للعملية المحددة</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../continuity_app/core/incident/after_action.py" line="+145"/>
        <source>Rehearse the switch of {function} to {channel}: it was not made in the exercise of {date}.</source>
        <translation>تدرّب على نقل العملية {function} إلى قناة {channel}: لم يتم ذلك في تمرين {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the switch of {function} to {channel}: it was not made in the outage of {date}.</source>
        <translation>تدرّب على نقل العملية {function} إلى قناة {channel}: لم يتم ذلك خلال انقطاع {date}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/checklist.py" line="+62"/>
        <source>Tell customers, staff and suppliers that WhatsApp works again, on the channels you used during the outage.</source>
        <translation>أبلغ العملاء والموظفين والموردين أن واتساب عاد للعمل، عبر القنوات التي استخدمتها أثناء الانقطاع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the messages that arrived late or waited, oldest first, and ask whoever gave up whether they still need you.</source>
        <translation>أجب عن الرسائل التي وصلت متأخرة أو بقيت تنتظر، بدءًا بالأقدم، واسأل من توقف عن الانتظار إن كان لا يزال بحاجة إليك.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{function}: enter the orders and payments taken on other channels in the usual records, and check each payment against the bank.</source>
        <translation>العملية {function}: أدخِل الطلبات والمدفوعات التي وردت عبر القنوات الأخرى في السجلات المعتادة، وطابِق كل دفعة مع حساب المصرف.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what worked and what did not, while it is fresh: the after-action report takes it from the log.</source>
        <translation>دوّن ما نجح وما لم ينجح ما دامت التفاصيل حاضرة في ذهنك: يأخذها تقرير المراجعة من السجل.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WhatsApp fails for more than one person, on more than one network, and Meta&apos;s status page or the news confirms it.</source>
        <translation>يتعطل واتساب لدى أكثر من شخص وعلى أكثر من شبكة، وتؤكد ذلك صفحة الحالة لدى ميتا أو الأخبار.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{person} ({role}) leads: {duties}</source>
        <translation>المسؤول {person} ({role}) يقود: {duties}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {person} ({role}) on {phone}.</source>
        <translation>اتصل بـ {person} ({role}) على الرقم {phone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {person} ({role}).</source>
        <translation>اتصل بـ {person} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: call {alternate}.</source>
        <translation>لا رد: اتصل بـ {alternate}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their part: {duties}</source>
        <translation>دوره: {duties}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{function}: switch to {channel}; the plan expects it to reach {share} of those cut off within {delay}.</source>
        <translation>العملية {function}: انتقل إلى قناة {channel}؛ تتوقع الخطة أن تصل إلى {share} ممن انقطع التواصل معهم خلال {delay}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers</source>
        <translation>عملائك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>موظفيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppliers</source>
        <translation>مورديك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the message to {audience} on {channel}.</source>
        <translation>أرسل الرسالة إلى {audience} عبر قناة {channel}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message to {audience} on {channel} (language: {language}).</source>
        <translation>أرسل الرسالة إلى {audience} عبر قناة {channel} (اللغة: {language}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/record.py" line="+59"/>
        <source>{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z</source>
        <translation>القيمة {value} لا تتضمن منطقة زمنية؛ اكتبها بتوقيت UTC، مثل ‪2021-10-04T15:39Z‬</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/script.py" line="+63"/>
        <source>the exercise plays {scenario}, which is no outage this application knows</source>
        <translation>يحاكي التمرين السيناريو {scenario}، وهو ليس انقطاعًا يعرفه هذا التطبيق</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the log is of the outage {scenario}, which this plan no longer has; its outages are {known}</source>
        <translation>السجل خاص بالانقطاع {scenario}، وهو لم يعد موجودًا في هذه الخطة؛ انقطاعاتها هي: {known}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/wording.py" line="+25"/>
        <source>The outage was declared: the plan is active.</source>
        <translation>أُعلن الانقطاع: الخطة مفعّلة الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {item}</source>
        <translation>أُنجز: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back, not done after all: {item}</source>
        <translation>أُلغي تعليمه منجزًا، فلم يُنجز بعد: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {item}</source>
        <translation>أُرسل: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {text}</source>
        <translation>قرار: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise event: {text}</source>
        <translation>حدث في التمرين: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stood down: the service is back; return to normal begins.</source>
        <translation>أُنهيت حالة الانقطاع: عادت الخدمة، وبدأت العودة إلى الوضع الطبيعي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: return to normal is done.</source>
        <translation>أُغلق: اكتملت العودة إلى الوضع الطبيعي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declare the outage</source>
        <translation>إعلان الانقطاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach customers</source>
        <translation>الوصول إلى العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach staff</source>
        <translation>الوصول إلى الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach suppliers</source>
        <translation>الوصول إلى الموردين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum service of {function}</source>
        <translation>الحد الأدنى للخدمة في العملية {function}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set in the plan</source>
        <translation>غير محدد في الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {duration}</source>
        <translation>خلال {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not done</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {duration}</source>
        <translation>بعد {duration}</translation>
    </message>
</context>
<context>
    <name>IncidentFile</name>
    <message>
        <location filename="../../continuity_app/io/incident_files.py" line="+60"/>
        <source>{name} is not an exercise script; use one of {known}, or the path of a script file</source>
        <translation>الاسم {name} ليس نص تمرين؛ استخدم أحد النصوص التالية: {known}، أو مسار ملف نص تمرين</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a file; choose a .json file</source>
        <translation>هذا ليس ملفًا؛ اختر ملف ‎.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is {size} bytes, more than any log or script; is it one?</source>
        <translation>حجم الملف {size} بايت، وهو أكبر من أي سجل أو نص تمرين؛ هل هو فعلًا أحدهما؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read ({reason})</source>
        <translation>تعذّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}, column {column}</source>
        <translation>السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON ({where})</source>
        <translation>الملف ليس JSON صالحًا ({where})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/core/labels.py" line="+14"/>
        <source>Customer service</source>
        <translation>خدمة العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>الطلبات والمبيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>تنسيق الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>التنسيق مع الموردين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>الرسائل التسويقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>التوصيل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>مخطّطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost revenue</source>
        <translation>الإيرادات الضائعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost for good</source>
        <translation>العملاء المفقودون نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog handling</source>
        <translation>معالجة المتراكم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback messaging</source>
        <translation>المراسلة عبر القنوات البديلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff productivity</source>
        <translation>إنتاجية الموظفين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People with a mobile phone</source>
        <translation>من يملكون هاتفًا محمولًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units per US dollar</source>
        <translation>وحدات مقابل الدولار الأمريكي</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Internet users</source>
        <translation>مستخدمو الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone owners</source>
        <translation>مالكو الهواتف الذكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPhone share</source>
        <translation>نسبة iPhone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sub-Saharan Africa</source>
        <translation>أفريقيا جنوب الصحراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East and North Africa</source>
        <translation>الشرق الأوسط وشمال أفريقيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>أمريكا اللاتينية والكاريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia and the Caucasus</source>
        <translation>آسيا الوسطى والقوقاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Asia</source>
        <translation>شرق آسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southeast Asia</source>
        <translation>جنوب شرق آسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/log_view.py" line="+33"/>
        <location line="+3"/>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type a decision and press Enter</source>
        <translation>اكتب قرارًا واضغط Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/main_window.py" line="+197"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>خطة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;ملف حديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>ال&amp;رجوع إلى المحفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import functions from spreadsheet…</source>
        <translation>ا&amp;ستيراد العمليات من جدول بيانات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>&amp;تصدير النتائج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Continuity Planner</source>
        <translation>&amp;حول مخطط الاستمرارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing the results</source>
        <translation>إيقاف حساب النتائج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Still to do:</source>
        <translation>ما زال مطلوبًا:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missing here.</source>
        <translation>لا ينقص شيء هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuity Planner</source>
        <translation>مخطط الاستمرارية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled plan</source>
        <translation>خطة بلا عنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — Continuity Planner</source>
        <translation>%1[*] — %2 — مخطط الاستمرارية</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The results shown are for the plan before your latest changes; they are computed again at your next change.</source>
        <translation>النتائج المعروضة هي للخطة قبل تغييراتك الأخيرة؛ وستُحسب من جديد عند تغييرك التالي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results could not be computed: %1</source>
        <translation>تعذّر حساب النتائج: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe.</source>
        <translation>تعذّر حفظ نسخة احتياطية من التغييرات غير المحفوظة في %1: %2. احفظ الخطة للحفاظ عليها.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>في الخطة تغييرات غير محفوظة. هل تريد حفظها أولًا؟</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open plan</source>
        <translation>فتح خطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Continuity plans (*%1)</source>
        <translation>خطط الاستمرارية (*%1)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot open %1</source>
        <translation>تعذّر فتح %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be opened as a plan. Your current plan is unchanged.</source>
        <translation>لا يمكن فتح هذا الملف كخطة. خطتك الحالية لم تتغير.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent plans</source>
        <translation>لا توجد خطط حديثة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save plan as</source>
        <translation>حفظ الخطة باسم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan could not be saved to %1: %2. Nothing was lost; choose another folder with Save As.</source>
        <translation>تعذّر حفظ الخطة في %1: %2. لم يضع شيء؛ اختر مجلدًا آخر عبر «حفظ باسم».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>تم حفظ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to saved</source>
        <translation>الرجوع إلى المحفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every change since the plan was last saved?</source>
        <translation>هل تريد التخلي عن كل التغييرات منذ آخر حفظ للخطة؟</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Continuity Planner</source>
        <translation>حول مخطط الاستمرارية</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../continuity_app/gui/outage/message_box.py" line="+39"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to paste it into the app you send it with.</source>
        <translation>انسخ الرسالة لتلصقها في التطبيق الذي ترسلها منه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As SMS: %1 characters in %2 SMS.</source>
        <translation>كرسالة SMS: عدد الأحرف %1، وعدد الرسائل %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR codes cannot be shown: the segno package is missing from this installation.</source>
        <translation>تتطلب رموز QR تثبيت الحزمة segno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan to open %1.</source>
        <translation>امسح الرمز لفتح %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of %1</source>
        <translation>رمز QR لـ %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../continuity_app/core/message_templates.py" line="+44"/>
        <source>{business}: WhatsApp is not working right now, but we are open. Message us on {channel} and we will answer as usual. Orders and payments continue there, and we will confirm each one. Thank you for your patience.</source>
        <translation>من {business}: واتساب متوقف حاليًا، لكن أبوابنا مفتوحة. راسلونا على {channel} وسنرد عليكم كالمعتاد. يمكنكم الطلب والدفع هناك، وسنؤكد لكم كل طلب. شكرًا لصبركم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we work on {channel}: take orders there, write each one in the order log, and check {channel} at least every 30 minutes.</source>
        <translation>خطة الانقطاع مفعّلة: واتساب متوقف. إلى أن يعلن مسؤول الانقطاع عودته نعمل على {channel}: استقبلوا الطلبات هناك، وسجّلوا كل طلب في دفتر الطلبات، وتفقّدوا {channel} كل ٣٠ دقيقة على الأقل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{business}: WhatsApp is down on our side. Please send orders, invoices and delivery updates on {channel} until we tell you it works again. Payments continue as agreed.</source>
        <translation>من {business}: واتساب متوقف لدينا. نرجو إرسال الطلبيات والفواتير ومستجدات التوصيل على {channel} حتى نبلغكم بعودته. الدفعات مستمرة كما اتفقنا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{business}: WhatsApp is down but we are open. Reply by SMS or call us to order or ask; we confirm by SMS.</source>
        <translation>من {business}: واتساب متوقف لكننا نعمل. للطلب أو السؤال ردّوا برسالة نصية أو اتصلوا بنا، ونؤكد لكم برسالة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we phone and text each other. Log every order.</source>
        <translation>خطة الانقطاع مفعّلة: واتساب متوقف. إلى أن يعلن مسؤول الانقطاع عودته نتواصل بالهاتف والرسائل النصية. سجّلوا كل طلب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{business}: WhatsApp is down. Please call or text us about orders and deliveries until we say it is back.</source>
        <translation>من {business}: واتساب متوقف. للطلبيات والتوصيل اتصلوا بنا أو راسلونا برسالة نصية حتى نخبركم بعودته.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+105"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS segments</source>
        <translation>عدد رسائل SMS</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="+268"/>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../continuity_app/gui/new_task_dialog.py" line="+41"/>
        <source>New preparation task</source>
        <translation>مهمة استعداد جديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: print the shop&apos;s SMS number on every receipt</source>
        <translation>مثال: اطبع رقم SMS الخاص بالمتجر على كل إيصال</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due by</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Say what has to be done, in a few words.</source>
        <translation>اكتب في كلمات قليلة ما يجب فعله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no activity yet: add one on the Functions page first.</source>
        <translation>لا توجد أنشطة في الخطة بعد: أضف نشاطًا في صفحة العمليات أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what share of the activity&apos;s customers the channel will reach once the task is done (more than 0%).</source>
        <translation>حدّد نسبة عملاء النشاط الذين ستصل إليهم القناة بعد إنجاز المهمة (أكثر من 0%).</translation>
    </message>
</context>
<context>
    <name>OutageActions</name>
    <message>
        <location filename="../../continuity_app/gui/outage/actions.py" line="+43"/>
        <source>O&amp;utage</source>
        <translation>ان&amp;قطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>واتساب متوقف: بدء وضع الانقطاع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>إجراء تمرين مكتبي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an outage log…</source>
        <translation>استئناف سجل انقطاع…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise scripts cannot be read.</source>
        <translation>تعذّرت قراءة نصوص التمارين.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exercise cannot be run.</source>
        <translation>لا يمكن إجراء هذا التمرين.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume an outage log</source>
        <translation>استئناف سجل انقطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage logs (*%1)</source>
        <translation>سجلات الانقطاع (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened as an outage log.</source>
        <translation>تعذّر فتح الملف %1 كسجل انقطاع.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outage mode</source>
        <translation>وضع الانقطاع</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../continuity_app/gui/outage/window.py" line="+114"/>
        <source>Tabletop exercise: %1</source>
        <translation>تمرين مكتبي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage mode: %1</source>
        <translation>وضع الانقطاع: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare the outage</source>
        <translation>إعلان الانقطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the criteria are confirmed: the plan is active from now.</source>
        <translation>بعد التحقق من معايير التفعيل: تصبح الخطة مفعّلة من الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand down</source>
        <translation>إعلان انتهاء الانقطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is back: the return-to-normal checklist follows.</source>
        <translation>عادت الخدمة: تليها قائمة التحقق للعودة إلى الوضع الطبيعي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and review</source>
        <translation>إغلاق ومراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the outage and see the after-action review; the log is kept.</source>
        <translation>أنهِ الانقطاع واعرض مراجعة ما بعد الانقطاع؛ ويبقى السجل محفوظًا.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event: %1
%2</source>
        <translation>الحدث: %1
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every change is saved at once to %1.</source>
        <translation>يُحفظ كل تغيير فورًا في %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be saved to %1: %2. You can go on working in this window; free some space or fix the folder, and the next change saves the whole log.</source>
        <translation>تعذّر حفظ السجل في %1: %2. يستمر العمل على الانقطاع هنا؛ أفرِغ بعض المساحة أو أصلح المجلد، وسيحفظ التغيير التالي السجل كله.</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+25"/>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="+26"/>
        <source>Change country mix</source>
        <translation>تغيير توزيع الدول</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="-8"/>
        <source>Change business name</source>
        <translation>تغيير اسم المنشأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sector</source>
        <translation>تغيير القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change currency</source>
        <translation>تغيير العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exchange rate</source>
        <translation>تغيير سعر الصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff</source>
        <translation>تغيير عدد الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff cost</source>
        <translation>تغيير تكلفة ساعة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change gross margin</source>
        <translation>تغيير هامش الربح الإجمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer lifetime value</source>
        <translation>تغيير قيمة العميل مدى الحياة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change opening hours</source>
        <translation>تغيير ساعات العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the largest loss you can bear</source>
        <translation>تغيير أقصى خسارة يمكن تحمّلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change minimum service</source>
        <translation>تغيير الحد الأدنى للخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change loss basis</source>
        <translation>تغيير أساس حساب الخسائر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the outage to plan for</source>
        <translation>تغيير الانقطاع الذي تخطط له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulated years</source>
        <translation>تغيير عدد السنوات المحاكاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulation number</source>
        <translation>تغيير رقم المحاكاة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/details.py" line="+29"/>
        <source>Change plan owner</source>
        <translation>تغيير مسؤول الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change approver</source>
        <translation>تغيير معتمِد الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan version</source>
        <translation>تغيير إصدار الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan summary</source>
        <translation>تغيير ملخص الخطة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe when to declare an outage</source>
        <translation>صِف متى يُعلَن الانقطاع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add activation criterion</source>
        <translation>إضافة معيار تفعيل</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit activation criterion</source>
        <translation>تعديل معيار تفعيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activation criterion</source>
        <translation>إزالة معيار تفعيل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New role</source>
        <translation>دور جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add role</source>
        <translation>إضافة دور</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove role {name}</source>
        <translation>إزالة الدور «{name}»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change whom {name} calls</source>
        <translation>تغيير من يتصل بهم «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role {name}</source>
        <translation>تغيير الدور «{name}»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add message</source>
        <translation>إضافة رسالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove message</source>
        <translation>إزالة الرسالة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested text</source>
        <translation>استخدام النص المقترح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change message audience</source>
        <translation>تغيير الفئة المستهدفة للرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message channel</source>
        <translation>تغيير قناة الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message language</source>
        <translation>تغيير لغة الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit message text</source>
        <translation>تعديل نص الرسالة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/fallbacks.py" line="+43"/>
        <source>Change readiness of {channel}</source>
        <translation>تغيير جاهزية قناة {channel}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change activation delay of {channel}</source>
        <translation>تغيير مهلة التحوّل إلى قناة {channel}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the country figures for {channel}</source>
        <translation>استخدام أرقام الدول لقناة {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set what you know about {channel}</source>
        <translation>تحديد ما تعرفه عن قناة {channel}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/functions.py" line="+76"/>
        <source>New function {number}</source>
        <translation>عملية جديدة {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add function</source>
        <translation>إضافة عملية</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {name}</source>
        <translation>إزالة «{name}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change {field} of {name}</source>
        <translation>تغيير «{field}» في «{name}»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace functions from {file}</source>
        <translation>استبدال العمليات بعمليات الملف {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add functions from {file}</source>
        <translation>إضافة عمليات من الملف {file}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import chat into {name}</source>
        <translation>استيراد محادثة إلى «{name}»</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/scenarios.py" line="+20"/>
        <source>Custom scenario {number}</source>
        <translation>سيناريو مخصّص {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add custom scenario</source>
        <translation>إضافة سيناريو مخصّص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario “{name}”</source>
        <translation>إضافة السيناريو «{name}»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove scenario “{name}”</source>
        <translation>إزالة السيناريو «{name}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>إعادة تسمية السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario duration</source>
        <translation>تغيير مدة السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario frequency</source>
        <translation>تغيير تكرار السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what fails in “{name}”</source>
        <translation>تغيير ما يتعطل في «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start of “{name}”</source>
        <translation>تغيير وقت بدء «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change “{name}”</source>
        <translation>تغيير «{name}»</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/tasks.py" line="+53"/>
        <source>Plan the recommended portfolio</source>
        <translation>إدراج الحزمة الموصى بها في خطة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step: {title}</source>
        <translation>إدراج الخطوة «{title}» في خطة العمل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add task: {title}</source>
        <translation>إضافة المهمة «{title}»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change task: {title}</source>
        <translation>تغيير المهمة «{title}»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark done: {title}</source>
        <translation>تعليم المهمة «{title}» منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status: {title}</source>
        <translation>تغيير حالة المهمة «{title}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove task: {title}</source>
        <translation>إزالة المهمة «{title}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the plan as reviewed</source>
        <translation>تسجيل مراجعة الخطة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/incident.py" line="+45"/>
        <source>Record the exercise</source>
        <translation>تسجيل التمرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outage</source>
        <translation>تسجيل الانقطاع</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message numerus="yes">
        <location filename="../../continuity_app/io/planfile.py" line="+90"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n مشكلة:</numerusform>
            <numerusform>مشكلة واحدة:</numerusform>
            <numerusform>مشكلتان:</numerusform>
            <numerusform>%n مشكلات:</numerusform>
            <numerusform>%n مشكلة:</numerusform>
            <numerusform>%n مشكلة:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... و%n مشكلة أخرى.</numerusform>
            <numerusform>... ومشكلة أخرى.</numerusform>
            <numerusform>... ومشكلتان أخريان.</numerusform>
            <numerusform>... و%n مشكلات أخرى.</numerusform>
            <numerusform>... و%n مشكلة أخرى.</numerusform>
            <numerusform>... و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>use lowercase letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>استخدم الحروف اللاتينية الصغيرة والأرقام و&apos;-&apos; و&apos;_&apos; فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a three-letter ISO 4217 currency code such as USD, BRL or INR</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف وفق ISO 4217، مثل USD أو BRL أو INR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a language code such as ar, en or pt-BR</source>
        <translation>استخدم رمز لغة مثل ar أو en أو pt-BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match {pattern}</source>
        <translation>يجب أن يطابق النمط {pattern}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object {...}</source>
        <translation>كائن {...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list [...]</source>
        <translation>قائمة [...]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not a number; write a number such as 12 or 0.5</source>
        <translation>القيمة {value} ليست رقمًا؛ اكتب رقمًا مثل 12 أو 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; write one such as 12</source>
        <translation>القيمة {value} ليست عددًا صحيحًا؛ اكتب عددًا صحيحًا مثل 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an object; write its fields in braces {{...}}</source>
        <translation>القيمة {value} ليست كائنًا؛ اكتب حقوله بين قوسين معقوصين {{...}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a number a plan can hold (NaN, Infinity, or too large, such as 1e400); write an ordinary number</source>
        <translation>القيمة {value} ليست رقمًا يمكن أن تحمله الخطة (NaN أو Infinity أو رقم كبير جدًا مثل 1e400)؛ اكتب رقمًا عاديًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not text; write it in double quotes</source>
        <translation>القيمة {value} ليست نصًا؛ اكتبها بين علامتي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a list; write its items in square brackets [...]</source>
        <translation>القيمة {value} ليست قائمة؛ اكتب عناصرها بين قوسين مربعين [...]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than {limit} characters; write it shorter</source>
        <translation>يتجاوز الحد الأقصى لعدد الحروف ({limit})؛ اختصره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be empty; write a few words</source>
        <translation>لا يمكن أن يكون فارغًا؛ اكتب بضع كلمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must be at least {limit}</source>
        <translation>يجب ألا تقل القيمة {value} عن {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be at most {limit}</source>
        <translation>يجب ألا تزيد القيمة {value} على {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than {limit}</source>
        <translation>يجب أن تكون القيمة {value} أكبر من {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be less than {limit}</source>
        <translation>يجب أن تكون القيمة {value} أقل من {limit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing</source>
        <translation>مطلوب وغير موجود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a known field (check its spelling)</source>
        <translation>ليس حقلًا معروفًا (تحقّق من كتابته)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not valid; {hint}</source>
        <translation>القيمة {value} غير صالحة؛ {hint}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file has no schema version; is it a plan file made by this application? Plan files made by this application begin with &quot;schema_version&quot;: {version}.</source>
        <translation>لا يحتوي الملف على رقم إصدار للمخطط؛ هل هو ملف خطة أنشأه هذا التطبيق؟ ملفات الخطط التي ينشئها هذا التطبيق تبدأ بـ ‪&quot;schema_version&quot;: {version}‬.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{version} is not a plan format this application knows</source>
        <translation>الإصدار {version} ليس صيغة خطة يعرفها هذا التطبيق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan was written by a newer version of the application (schema {version}; this one reads up to {supported}). Update the application to open it.</source>
        <translation>كُتبت هذه الخطة بإصدار أحدث من التطبيق (المخطط {version}، وهذا الإصدار يقرأ حتى {supported}). حدّث التطبيق لتفتحها.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not hold a plan (expected a JSON object)</source>
        <translation>الملف لا يحتوي على خطة (المتوقع كائن JSON)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this is a folder, not a plan file</source>
        <translation>هذا مجلد وليس ملف خطة</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{version} is not a schema version; plan files made by this application have a whole number here, such as {current}</source>
        <translation>القيمة {version} ليست رقم إصدار للمخطط؛ ملفات الخطط التي ينشئها هذا التطبيق تحمل هنا عددًا صحيحًا، مثل {current}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file is larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>الملف أكبر من أي خطة (حجم ملف الخطة {limit} على الأكثر)؛ هل هو فعلًا خطة أنشأها هذا التطبيق؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is {size}, larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>حجم الملف {size}، وهو أكبر من أي خطة (حجم ملف الخطة {limit} على الأكثر)؛ هل هو فعلًا خطة أنشأها هذا التطبيق؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a named pipe</source>
        <translation>أنبوب مسمّى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>شيء غير الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is {kind}, not a plan file; choose a .cplan file saved by the application</source>
        <translation>هذا المسار {kind}، لا ملف خطة؛ اختر ملف ‎.cplan حفظه التطبيق</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be read ({reason})</source>
        <translation>تعذّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {key} is written twice in one object, so which value is meant cannot be told; keep only one of them</source>
        <translation>الحقل {key} مكتوب مرتين في الكائن نفسه، فلا يمكن معرفة القيمة المقصودة؛ أبقِ واحدًا منهما فقط</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file nests brackets hundreds of levels deep, which no plan does; is it really a plan made by this application?</source>
        <translation>تتداخل الأقواس في الملف إلى عمق مئات المستويات، ولا تفعل ذلك أي خطة؛ هل هو فعلًا خطة أنشأها هذا التطبيق؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not UTF-8 text; is it really a plan?</source>
        <translation>الملف ليس نصًا بترميز UTF-8؛ هل هو فعلًا ملف خطة؟</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>الملف ليس JSON صالحًا (السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/inputs.py" line="+32"/>
        <source>{code} is not a currency this application knows (an ISO 4217 code)</source>
        <translation>{code} ليست عملة يعرفها هذا التطبيق (رمز ISO 4217)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>{name} is not a known channel; use one of: {known}</source>
        <translation>{name} ليست قناة معروفة؛ استخدم إحدى القنوات: {known}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a known layer; use one of: {known}</source>
        <translation>{name} ليست طبقة معروفة؛ استخدم إحدى الطبقات: {known}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+100"/>
        <source>has {count} entries, more than any plan needs; at most {limit}</source>
        <translation>عدد العناصر {count}، أكثر مما تحتاجه أي خطة؛ الحد الأقصى {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is a yes/no value, not a number; write a number here</source>
        <translation>القيمة {value} قيمة نعم/لا وليست رقمًا؛ اكتب رقمًا هنا</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>low &lt;= likely &lt;= high must hold, got {low}, {likely}, {high}</source>
        <translation>يجب ألا يزيد الأدنى على المرجّح ولا المرجّح على الأعلى، والقيم المُدخلة: {low}، {likely}، {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} must be greater than {low}</source>
        <translation>يجب أن تكون القيمة {value} أكبر من {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>{value} must be at least {low}</source>
        <translation>يجب ألا تقل القيمة {value} عن {low}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>القيمة {value} ليست بين {low} و{high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} must be at most {high}</source>
        <translation>يجب ألا تزيد القيمة {value} على {high}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value} is more money than any business deals in; amounts in a plan are at most {limit} in the plan currency</source>
        <translation>المبلغ {value} أكبر مما تتعامل به أي منشأة؛ المبالغ في الخطة {limit} على الأكثر بعملة الخطة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+83"/>
        <source>needs at least one country</source>
        <translation>يجب تحديد دولة واحدة على الأقل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not an ISO 3166-1 alpha-2 country code</source>
        <translation>الرمز {code} ليس رمز دولة وفق ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not one of the {count} countries this application has figures for; use the country&apos;s ISO 3166-1 code (BR for Brazil, NG for Nigeria: the Sources page lists them all under Countries)</source>
        <translation>الرمز {code} ليس من الدول الـ{count} التي لدى هذا التطبيق أرقام عنها؛ استخدم رمز ISO 3166-1 للدولة (BR للبرازيل، NG لنيجيريا: صفحة المصادر تسردها كلها تحت الدول)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of {code} is {share}; it must be above 0 and at most 1</source>
        <translation>نسبة {code} هي {share}؛ ويجب أن تكون أكبر من 0 ولا تزيد على 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shares add up to {total}; they must add up to 1</source>
        <translation>مجموع النسب {total}؛ ويجب أن يكون 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{interval} is not an interval like &apos;09:00-17:30&apos;</source>
        <translation>الفترة {interval} ليست بصيغة ‪&apos;09:00-17:30&apos;‬</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{interval} must end after it starts, by 24:00</source>
        <translation>يجب أن تنتهي الفترة {interval} بعد بدايتها، وفي موعد أقصاه 24:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} units per US dollar is more than any currency needs; the rate is at most {limit}</source>
        <translation>السعر {value} وحدة لكل دولار أمريكي أعلى مما تحتاجه أي عملة؛ السعر {limit} على الأكثر</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not a channel id</source>
        <translation>القيمة {name} ليست معرّف قناة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channels&apos; shares add up to {total}%; together they can be at most 100%</source>
        <translation>مجموع نسب القنوات {total}%؛ ويجب ألا يزيد مجموعها على 100%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} interactions a day is more than any business handles; the most a plan accepts is {limit}</source>
        <translation>عدد التفاعلات {value} في اليوم أكثر مما تتعامل معه أي منشأة؛ أقصى ما تقبله الخطة {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} hours is more than a year; a counterpart who waits that long waits for good, so write at most {limit}</source>
        <translation>عدد الساعات {value} يتجاوز سنة كاملة؛ والانتظار كل هذه المدة يعادل الانتظار إلى الأبد، لذا اكتب {limit} على الأكثر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} messages for one interaction is too many; at most {limit}</source>
        <translation>عدد الرسائل {value} لتفاعل واحد كثير جدًا؛ الحد الأقصى {limit}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a {kind} function needs staff_affected and productivity_loss</source>
        <translation>العملية من نوع {kind} تحتاج إلى staff_affected وproductivity_loss</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+28"/>
        <source>{value} people is more than any employer has; write at most {limit}</source>
        <translation>عدد الأشخاص {value} أكثر مما لدى أي صاحب عمل؛ اكتب {limit} على الأكثر</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>needs %n value(s), got {count}</source>
        <translation>
            <numerusform>المطلوب %n قيمة، والموجود {count}</numerusform>
            <numerusform>المطلوب قيمة واحدة، والموجود {count}</numerusform>
            <numerusform>المطلوب قيمتان، والموجود {count}</numerusform>
            <numerusform>المطلوب %n قيم، والموجود {count}</numerusform>
            <numerusform>المطلوب %n قيمة، والموجود {count}</numerusform>
            <numerusform>المطلوب %n قيمة، والموجود {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must not be negative</source>
        <translation>يجب ألا تكون الأوزان سالبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights are relative; write them smaller, each at most {limit}</source>
        <translation>الأوزان نسبية؛ اكتبها أصغر، على ألا يزيد كل منها على {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one weight must be above 0</source>
        <translation>يجب أن يكون وزن واحد على الأقل أكبر من 0</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+60"/>
        <source>this scenario&apos;s shortest length ({low} h) must be below its longest ({high} h)</source>
        <translation>يجب أن تكون أقصر مدة لهذا السيناريو ({low} س) أقل من أطول مدة له ({high} س)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/whole.py" line="+41"/>
        <source>function id {id} is used twice</source>
        <translation>معرّف العملية {id} مستخدم مرتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario id {id} is used twice</source>
        <translation>معرّف السيناريو {id} مستخدم مرتين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no function has id {id}</source>
        <translation>لا توجد عملية بالمعرّف {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is listed twice for {function}</source>
        <translation>القناة {channel} مذكورة مرتين للعملية {function}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role id {id} is used twice</source>
        <translation>معرّف الدور {id} مستخدم مرتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no role has id {id}</source>
        <translation>لا يوجد دور بالمعرّف {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role cannot call itself</source>
        <translation>لا يمكن أن يتصل الدور بنفسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task id {id} is used twice</source>
        <translation>معرّف المهمة {id} مستخدم مرتين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no scenario has id {id}</source>
        <translation>لا يوجد سيناريو بالمعرّف {id}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_page.py" line="+123"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the owner of the plan.</source>
        <translation>حدّد مسؤول الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say when an outage is declared (activation criteria).</source>
        <translation>حدّد متى يُعلَن الانقطاع (معايير التفعيل).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one role with a holder and an alternate.</source>
        <translation>أضف دورًا واحدًا على الأقل له شاغل ونائب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &apos;%1&apos; has no alternate.</source>
        <translation>لا نائب للدور «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message for customers.</source>
        <translation>اكتب رسالة للعملاء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document control and activation</source>
        <translation>بيانات الوثيقة والتفعيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and contact tree</source>
        <translation>الأدوار وشجرة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Document control</source>
        <translation>بيانات الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner:</source>
        <translation>مسؤول الخطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>المعتمِد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version:</source>
        <translation>إصدار الخطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner</source>
        <translation>مسؤول الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps this plan up to date</source>
        <translation>من يُبقي هذه الخطة محدَّثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>المعتمِد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs the plan off</source>
        <translation>من يعتمد الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version</source>
        <translation>إصدار الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan covers, in a sentence or two</source>
        <translation>ما تغطيه هذه الخطة، في جملة أو جملتين</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Activation criteria</source>
        <translation>معايير التفعيل</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Declare an outage when any of these is true. Double-click a line to edit it; clear a line to remove it.</source>
        <translation>أعلِن الانقطاع إذا تحقق أيٌّ من هذه الشروط. انقر نقرًا مزدوجًا على سطر لتعديله، وامسح نصه لإزالته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>إزالة معيار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles and alternates</source>
        <translation>الأدوار والنواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>إضافة دور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>إزالة دور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact tree: who calls whom</source>
        <translation>شجرة الاتصال: من يتصل بمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>شاغل الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>شجرة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>يتصل بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles the selected role calls</source>
        <translation>الأدوار التي يتصل بها الدور المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready-to-send messages</source>
        <translation>رسائل جاهزة للإرسال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove message</source>
        <translation>إزالة الرسالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>الرسالة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>الفئة المستهدفة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;suggested text</source>
        <translation>استخدام النص ال&amp;مقترح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text with the suggested message for this audience and channel, in the message&apos;s language (Undo brings your text back).</source>
        <translation>استبدال النص بالرسالة المقترحة لهذه الفئة وهذه القناة، بلغة الرسالة (يعيد التراجع نصك السابق).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send, with the number or link to use instead of WhatsApp</source>
        <translation>ما سترسله، مع الرقم أو الرابط الذي يُستخدم بدلًا من واتساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS length</source>
        <translation>طول رسالة SMS</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_roles.py" line="+157"/>
        <source>Select a role to choose whom it calls.</source>
        <translation>حدّد دورًا لتختار من يتصل بهم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add another role to choose whom &apos;%1&apos; calls.</source>
        <translation>أضف دورًا آخر لتختار من يتصل بهم «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an outage is declared, &apos;%1&apos; calls:</source>
        <translation>عند إعلان الانقطاع، يتصل «%1» بـ:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+173"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n جزء SMS</numerusform>
            <numerusform>جزء SMS واحد</numerusform>
            <numerusform>جزآن من SMS</numerusform>
            <numerusform>%n أجزاء SMS</numerusform>
            <numerusform>%n جزءًا من SMS</numerusform>
            <numerusform>%n جزء SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>بقي %n حرف في هذا الجزء</numerusform>
            <numerusform>بقي حرف واحد في هذا الجزء</numerusform>
            <numerusform>بقي حرفان في هذا الجزء</numerusform>
            <numerusform>بقيت %n أحرف في هذا الجزء</numerusform>
            <numerusform>بقي %n حرفًا في هذا الجزء</numerusform>
            <numerusform>بقي %n حرف في هذا الجزء</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part is charged.</source>
        <translation>تتسع رسالة SMS الواحدة لـ %1 حرفًا بترميز GSM-7 (الحروف اللاتينية) أو %2 بترميز UCS-2 (العربية والهندية والرموز التعبيرية). تُقسَّم الرسائل الأطول إلى أجزاء من %3 أو %4 حرفًا، ويُحتسب ثمن كل جزء.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no suggested text in %1 yet: the suggestion is in English. Translate it before you send it.</source>
        <translation>لا يوجد بعد نص مقترح باللغة %1: النص المقترح بالإنجليزية. ترجمه قبل إرساله.</translation>
    </message>
</context>
<context>
    <name>PlanRender</name>
    <message>
        <location filename="../../continuity_app/report/fonts.py" line="+44"/>
        <source>font file {name} is missing from {folder}</source>
        <translation>ملف الخط {name} غير موجود في المجلد {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>font file {path} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة ملف الخط {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>font file {path} is not a TrueType or OpenType font</source>
        <translation>ملف الخط {path} ليس خطًا بصيغة TrueType أو OpenType</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Qt could not load the font file {path}</source>
        <translation>تعذّر على Qt تحميل ملف الخط {path}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>matplotlib could not load {path}: {error}</source>
        <translation>تعذّر على matplotlib تحميل {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-332"/>
        <source>The plan is printed with the system&apos;s fonts instead: it may look different on other machines, and some scripts may show as boxes.</source>
        <translation>تُطبع الخطة بخطوط النظام بدلًا من الخطوط المرفقة: قد يختلف شكلها على أجهزة أخرى، وقد تظهر حروف بعض الكتابات على شكل مربعات.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>تعذّر رسم الرسوم البيانية: {error}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot start painting on the output device</source>
        <translation>تعذّر بدء الرسم على جهاز الإخراج</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-36"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+109"/>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+16"/>
        <source>nothing was written to {path}</source>
        <translation>لم يُكتب شيء في الملف {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../continuity_app/gui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>مثل الواجهة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language writes them</source>
        <translation>كما تكتبها اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western digits (0123)</source>
        <translation>أرقام غربية (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>أرقام عربية هندية (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes, hours or days as fits</source>
        <translation>دقائق أو ساعات أو أيام حسب المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hours</source>
        <translation>بالساعات دائمًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>لغة الخطة المطبوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of new plans</source>
        <translation>عملة الخطط الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit for durations</source>
        <translation>وحدة المُدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printed plan language:</source>
        <translation>لغة الخطة ال&amp;مطبوعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>الأ&amp;رقام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urations:</source>
        <translation>&amp;وحدة المُدد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency of new plans:</source>
        <translation>&amp;عملة الخطط الجديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when you next start.</source>
        <translation>تُطبَّق لغة الواجهة الجديدة عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../continuity_app/gui/print_actions.py" line="+47"/>
        <source>Print Previe&amp;w…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot print the plan</source>
        <translation>تعذّرت طباعة الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed: %1</source>
        <translation>تعذّرت طباعة الخطة: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — continuity plan</source>
        <translation>معاينة الطباعة — خطة الاستمرارية</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the continuity plan</source>
        <translation>طباعة خطة الاستمرارية</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the plan as PDF</source>
        <translation>تصدير الخطة بصيغة PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported the plan to {path} (%n page(s))</source>
        <translation>
            <numerusform>صُدِّرت الخطة إلى {path} (%n صفحة)</numerusform>
            <numerusform>صُدِّرت الخطة إلى {path} (صفحة واحدة)</numerusform>
            <numerusform>صُدِّرت الخطة إلى {path} (صفحتان)</numerusform>
            <numerusform>صُدِّرت الخطة إلى {path} (%n صفحات)</numerusform>
            <numerusform>صُدِّرت الخطة إلى {path} (%n صفحة)</numerusform>
            <numerusform>صُدِّرت الخطة إلى {path} (%n صفحة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-71"/>
        <source>Continuity plan · version {version}</source>
        <translation>خطة الاستمرارية · الإصدار {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/page.py" line="+146"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>فريق العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>الموردون</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+47"/>
        <source>Business continuity plan</source>
        <translation>خطة استمرارية الأعمال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity of customer contact, orders and payments when WhatsApp fails</source>
        <translation>استمرار التواصل مع العملاء والطلبات والمدفوعات عند تعطّل واتساب</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+33"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+8"/>
        <source>Plan version</source>
        <translation>إصدار الخطة</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-45"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preparation task is in this plan yet. On the Recommendations page, “Add this step to the action plan” makes a recommended step a task with an owner, a due date and its cost; the steps worth taking are listed in section {section}.</source>
        <translation>لا توجد مهام استعداد في هذه الخطة بعد. في صفحة التوصيات، يحوّل زر «إضافة هذه الخطوة إلى خطة العمل» الخطوةَ الموصى بها إلى مهمة لها مسؤول وموعد نهائي وتكلفة؛ والخطوات التي تستحق التنفيذ مذكورة في القسم {section}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of this plan count only the tasks already done. The second column shows where the business will stand once every open task is done.</source>
        <translation>لا تحتسب أرقام هذه الخطة إلا المهام المنجزة. ويبيّن العمود الثاني وضع المنشأة بعد إنجاز كل المهام المفتوحة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every task is done or dropped: the figures of this plan include what the done tasks made ready.</source>
        <translation>كل المهام منجزة أو ملغاة: وتشمل أرقام هذه الخطة ما جهّزته المهام المنجزة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>الأنشطة التي تحافظ عليه: {kept} من أصل {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>الأنشطة التي تحافظ عليه: {kept} من أصل {count}؛ والتي لا تحافظ عليه: {names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the open tasks are done</source>
        <translation>بعد إنجاز المهام المفتوحة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}, {channel}: reaches {share} within {duration} once done.</source>
        <translation>العملية {function}، القناة {channel}: تصل إلى {share} خلال {duration} بعد الإنجاز.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}, {channel}: in today&apos;s readiness.</source>
        <translation>العملية {function}، القناة {channel}: محتسبة في جاهزية اليوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{function}, {channel}</source>
        <translation>العملية {function}، القناة {channel}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks by due date</source>
        <translation>المهام حسب الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-59"/>
        <location line="+41"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+46"/>
        <source>Owner</source>
        <translation>مسؤول الخطة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+26"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses: less than their savings one by one added up, because tasks for the same activity overlap.</source>
        <translation>تكلّف المهام المفتوحة {one_off} لمرة واحدة و{monthly} شهريًا. وبعد إنجازها كلها توفّر {saving} في السنة من الخسائر المتوقعة: أقل من مجموع ما توفّره كلٌّ منها على حدة، لأن المهام الخاصة بالنشاط نفسه تتداخل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses.</source>
        <translation>تكلّف المهام المفتوحة {one_off} لمرة واحدة و{monthly} شهريًا. وبعد إنجازها كلها توفّر {saving} في السنة من الخسائر المتوقعة.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Overdue on the day this plan was issued: %n task(s).</source>
        <translation>
            <numerusform>المهام المتأخرة يوم إصدار هذه الخطة: %n مهمة.</numerusform>
            <numerusform>المهام المتأخرة يوم إصدار هذه الخطة: مهمة واحدة.</numerusform>
            <numerusform>المهام المتأخرة يوم إصدار هذه الخطة: مهمتان.</numerusform>
            <numerusform>المهام المتأخرة يوم إصدار هذه الخطة: %n مهام.</numerusform>
            <numerusform>المهام المتأخرة يوم إصدار هذه الخطة: %n مهمة.</numerusform>
            <numerusform>المهام المتأخرة يوم إصدار هذه الخطة: %n مهمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves/year: the expected yearly loss a task saves on its own, with the other tasks as they are today. A done task is counted in this plan&apos;s figures already; a dropped one counts nowhere.</source>
        <translation>التوفير/سنة: ما توفّره المهمة وحدها من الخسارة المتوقعة في السنة، مع بقاء المهام الأخرى على حالها اليوم. المهمة المنجزة محتسبة بالفعل في أرقام هذه الخطة؛ والملغاة لا تُحتسب في أي مكان.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Approved by</source>
        <translation>المعتمِد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-50"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-66"/>
        <source>Document control</source>
        <translation>بيانات الوثيقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not named yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{date} (overdue)</source>
        <translation>{date} (متأخرة)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+41"/>
        <source>Approver</source>
        <translation>المعتمِد</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Distribution</source>
        <translation>قائمة التوزيع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>غير مسجّلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review date</source>
        <translation>موعد المراجعة التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+180"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+49"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+58"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+3"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+29"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+52"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+64"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-4"/>
        <source>Change history</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+32"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+20"/>
        <source>Purpose, scope and assumptions</source>
        <translation>الغرض والنطاق والافتراضات</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+1"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan says what {business} does when WhatsApp, or the Meta services around it, stop working: who decides, whom to call, what to send to customers, staff and suppliers, and how each business function carries on until the service returns.</source>
        <translation>تبيّن هذه الخطة ما تفعله منشأة {business} حين يتوقف واتساب أو خدمات ميتا المرتبطة به: من يقرّر، وبمن يُتصل، وماذا يُرسَل إلى العملاء والموظفين والموردين، وكيف تستمر كل عملية من عمليات المنشأة حتى تعود الخدمة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-29"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+11"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+12"/>
        <source>Business function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-245"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+3"/>
        <source>Share on WhatsApp</source>
        <translation>النسبة عبر واتساب</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterparts by country: {countries}. Currency: {currency}.</source>
        <translation>توزيع من تتواصل معهم حسب الدولة: {countries}. العملة: {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost revenue</source>
        <translation>إيرادات ضائعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost gross margin</source>
        <translation>هامش ربح إجمالي ضائع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost sales are counted as {basis}.</source>
        <translation>تُحسب المبيعات الضائعة على أنها {basis}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages can start at any hour: a scenario&apos;s loss is the average over every start hour of the week, and the worst start is shown beside it.</source>
        <translation>قد يبدأ الانقطاع في أي ساعة: خسارة السيناريو هي المتوسط على كل ساعات البدء في الأسبوع، ويُعرض أسوأ وقت بدء إلى جانبها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figures are estimates from the plan&apos;s inputs and the reference data listed in appendix A, each with its source and confidence.</source>
        <translation>الأرقام تقديرات مبنية على مدخلات الخطة والبيانات المرجعية المذكورة في الملحق أ، ولكلٍّ منها مصدره ودرجة موثوقيته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An outage cuts off the channels that run on what it stops: a WhatsApp-only outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and Facebook. The share of a function&apos;s interactions that its listed channels do not carry (in person, by phone, elsewhere) is taken to carry on as usual, but is not counted towards its minimum service.</source>
        <translation>يوقف الانقطاع القنوات التي تعتمد على ما يعطّله: انقطاع واتساب وحده يوقف واتساب فقط، وانقطاع ميتا يوقف أيضًا إنستغرام وماسنجر وفيسبوك. وما لا يجري عبر قنوات العملية (حضوريًا أو بالهاتف أو بطرق أخرى) يُفترض أنه يستمر كالمعتاد، لكنه لا يُحتسب ضمن حدها الأدنى للخدمة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-31"/>
        <source>Impact summary</source>
        <translation>ملخص الأثر</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+31"/>
        <source>Key figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Outage scenarios</source>
        <translation>سيناريوهات الانقطاع</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>ما يتعطل</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+1"/>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+106"/>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Worst start</source>
        <translation>أسوأ بدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>سنويًا</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impact over time</source>
        <translation>الأثر مع مرور الوقت</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exposure by function</source>
        <translation>التعرّض حسب العملية</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>breached for {duration}</source>
        <translation>لم يتحقق لمدة {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met after {duration}</source>
        <translation>تحقق بعد {duration}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-9"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+48"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>On WhatsApp</source>
        <translation>عبر واتساب</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+63"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One outage</source>
        <translation>انقطاع واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+2"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="-28"/>
        <source>Dependencies and single points of failure</source>
        <translation>الاعتماديات ونقاط الفشل الوحيدة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+8"/>
        <source>The Meta group fails together.</source>
        <translation>تطبيقات ميتا تتعطل معًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channels} run on the same Meta infrastructure. When it fails, as on 4 October 2021 for about six hours, all of them stop at once: none of them is a fallback for WhatsApp.</source>
        <translation>تعمل {channels} على البنية التحتية نفسها لميتا. وحين تتعطل، كما حدث في ٤ أكتوبر ٢٠٢١ لنحو ست ساعات، تتوقف كلها دفعة واحدة: لا يصلح أيٌّ منها بديلًا لواتساب.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which functions rely on which layers</source>
        <translation>أي العمليات تعتمد على أي الطبقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+57"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>تعتمد على</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>تعمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails</source>
        <translation>تتعطل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} (today)</source>
        <translation>{channel} (المستخدمة حاليًا)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{function}: no fallback channel at all; WhatsApp is a single point of failure.</source>
        <translation>العملية {function}: لا توجد أي قناة بديلة؛ واتساب نقطة فشل وحيدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}: no fallback channel at all, and every outage of the plan stops the channels it runs on.</source>
        <translation>العملية {function}: لا قناة بديلة لها على الإطلاق، وكل انقطاع في الخطة يوقف القنوات التي تجري عبرها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{function}: no fallback keeps working in: {scenario}.</source>
        <translation>العملية {function}: لا تبقى أي قناة بديلة عاملة في: {scenario}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Single points of failure</source>
        <translation>نقاط الفشل الوحيدة</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every function has a fallback that survives every scenario.</source>
        <translation>لكل عملية قناة بديلة تصمد في كل السيناريوهات.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+23"/>
        <source>{declarer}; if unreachable, the alternate {alternate}</source>
        <translation>{declarer}؛ وإن تعذّر الوصول إليه، فالنائب {alternate}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Activation criteria and who may declare</source>
        <translation>معايير التفعيل ومن يحق له الإعلان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an outage when</source>
        <translation>أعلِن الانقطاع عندما</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activation criteria are written in the plan yet.</source>
        <translation>لم تُكتب معايير تفعيل في الخطة بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may declare</source>
        <translation>من يحق له الإعلان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role is named yet: name an outage lead in the plan.</source>
        <translation>لم يُحدَّد أي دور بعد: عيّن مسؤولًا عن الانقطاع في الخطة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="-15"/>
        <source>Roles and contact tree</source>
        <translation>الأدوار وشجرة الاتصال</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+16"/>
        <source>Holder</source>
        <translation>شاغل الدور</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Alternate</source>
        <translation>النائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate&apos;s phone</source>
        <translation>هاتف النائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roles are named yet.</source>
        <translation>لم تُحدَّد أدوار بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>شجرة الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an outage is declared, each role calls the roles below it.</source>
        <translation>عند إعلان الانقطاع، يتصل كل دور بالأدوار التي تليه.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/communications.py" line="+22"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Communications</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-send messages. SMS counts: characters as the network counts them, the encoding, and how many SMS segments each message takes (each segment is billed).</source>
        <translation>رسائل جاهزة للإرسال. عدّاد SMS: عدد الأحرف كما تحسبها الشبكة، والترميز، وعدد أجزاء SMS التي تشغلها كل رسالة (يُحتسب ثمن كل جزء).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message is written for this audience yet. A suggested text follows: adapt it before an outage.</source>
        <translation>لم تُكتب بعد رسالة لهذه الفئة. فيما يلي نص مقترح: عدّله بما يناسبك قبل وقوع أي انقطاع.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel: {channel}</source>
        <translation>القناة: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS: {characters}, {encoding}, {segments}</source>
        <translation>SMS: {characters}، {encoding}، {segments}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n جزء SMS</numerusform>
            <numerusform>جزء SMS واحد</numerusform>
            <numerusform>جزآن من SMS</numerusform>
            <numerusform>%n أجزاء SMS</numerusform>
            <numerusform>%n جزءًا من SMS</numerusform>
            <numerusform>%n جزء SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-27"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>كل شهر</numerusform>
            <numerusform>كل شهرين</numerusform>
            <numerusform>كل %n أشهر</numerusform>
            <numerusform>كل %n شهرًا</numerusform>
            <numerusform>كل %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-232"/>
        <source>Interactions per open day</source>
        <translation>التفاعلات في يوم العمل</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-192"/>
        <source>The same outage, averaged over the week</source>
        <translation>الانقطاع نفسه، في المتوسط على مدار الأسبوع</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+69"/>
        <source>While open</source>
        <translation>خلال ساعات العمل</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+247"/>
        <source>card or bank transfer</source>
        <translation>البطاقة أو التحويل البنكي</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Once prepared, use {channel} as well.</source>
        <translation>بعد تجهيزها، استخدم {channel} أيضًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the {audience} message on every channel that works.</source>
        <translation>أرسل رسالة «{audience}» عبر كل قناة تعمل.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Write every order taken on a fallback channel in the order book: time, name, phone, items, amount, channel.</source>
        <translation>سجّل كل طلب يصل عبر قناة بديلة في دفتر الطلبات: الوقت، الاسم، الهاتف، الأصناف، المبلغ، القناة.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{share} on WhatsApp</source>
        <translation>{share} عبر واتساب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channels: {mix}</source>
        <translation>القنوات: {mix}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{step} — on the action plan (section {section}), status: {status}.</source>
        <translation>الخطوة {step} — في خطة العمل (القسم {section})، الحالة: {status}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keep the message for {audience} (section {section}) up to date.</source>
        <translation>أبقِ الرسالة الموجّهة إلى {audience} (القسم {section}) محدَّثة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channel} will reach {share} within {duration}</source>
        <translation>ستصل القناة {channel} إلى {share} خلال {duration}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When the open tasks are done (section {section}): {channels}.</source>
        <translation>بعد إنجاز المهام المفتوحة (القسم {section}): {channels}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to {channel} within {duration} (fails in every scenario of this plan: do not rely on it).</source>
        <translation>انتقل إلى قناة {channel} خلال {duration} (تتعطل في كل سيناريوهات هذه الخطة: لا تعتمد عليها).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to {channel} within {duration} (fails together with WhatsApp in a Meta outage: only when WhatsApp alone is down).</source>
        <translation>انتقل إلى قناة {channel} خلال {duration} (تتعطل مع واتساب عند انقطاع ميتا: استخدمها فقط حين يتوقف واتساب وحده).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to {channel} within {duration}.</source>
        <translation>انتقل إلى قناة {channel} خلال {duration}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take payment by {payment} and write down each payment reference with the order it belongs to.</source>
        <translation>اقبل الدفع عبر {payment} وسجّل مرجع كل دفعة مع الطلب الخاص بها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer questions by the fallback channels; note who asked what for a follow-up once WhatsApp is back.</source>
        <translation>أجب عن الأسئلة عبر القنوات البديلة؛ ودوّن من سأل وعمّ سأل للمتابعة بعد عودة واتساب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drivers call in at fixed times; give drop-off times by phone and note changes on the delivery sheet.</source>
        <translation>يتصل السائقون في أوقات ثابتة؛ أبلغهم مواعيد التسليم هاتفيًا ودوّن التغييرات في كشف التوصيل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the day&apos;s appointments by phone or SMS; note cancellations and new bookings in the diary.</source>
        <translation>أكّد مواعيد اليوم بالهاتف أو برسائل SMS؛ ودوّن الإلغاءات والحجوزات الجديدة في دفتر المواعيد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone broadcasts that are not urgent; send urgent notices by the fallback channels only.</source>
        <translation>أجّل الرسائل التسويقية غير العاجلة؛ وأرسل الإشعارات العاجلة عبر القنوات البديلة فقط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff check the fallback group at fixed times; shift changes are confirmed by phone.</source>
        <translation>يراجع الموظفون المجموعة البديلة في أوقات ثابتة؛ وتُؤكَّد تغييرات المناوبات هاتفيًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place urgent orders with suppliers by phone and confirm them in writing (SMS or email).</source>
        <translation>اطلب الطلبيات العاجلة من الموردين هاتفيًا وأكّدها كتابيًا (SMS أو بريد إلكتروني).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reconcile: enter every order from the order book into the usual records and match each payment reference (section {section}).</source>
        <translation>المطابقة: أدخِل كل طلب من دفتر الطلبات في السجلات المعتادة وطابِق مرجع كل دفعة (القسم {section}).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tell {audience} that WhatsApp works again and where to write from now on.</source>
        <translation>«{audience}»: أبلغهم أن واتساب عاد للعمل وأين يكتبون لك من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work through the backlog: answer everyone who wrote during the outage, oldest first.</source>
        <translation>عالج التفاعلات المتراكمة: أجب كل من كتب أثناء الانقطاع، بدءًا بالأقدم.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note what worked and what did not in the decision log.</source>
        <translation>دوّن ما نجح وما لم ينجح في سجل القرارات.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="-269"/>
        <source>Fallback procedures per function</source>
        <translation>إجراءات القنوات البديلة لكل عملية</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+27"/>
        <source>Before an outage</source>
        <translation>قبل الانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During an outage</source>
        <translation>أثناء الانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the outage</source>
        <translation>بعد الانقطاع</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+27"/>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-7"/>
        <source>On the action plan (section {section}).</source>
        <translation>في خطة العمل (القسم {section}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fallback channels: {channels}</source>
        <translation>القنوات البديلة: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printed copy of this plan and the outage card (appendix D) at the counter and at home with the outage lead.</source>
        <translation>نسخة مطبوعة من هذه الخطة وبطاقة الانقطاع (الملحق د) عند صندوق الدفع، ونسخة في منزل مسؤول الانقطاع.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact lists of customers, staff and suppliers with their consent, kept outside WhatsApp (phone book, spreadsheet, printed list).</source>
        <translation>قوائم جهات اتصال العملاء والموظفين والموردين مع موافقاتهم، محفوظة خارج واتساب (دفتر هاتف، جدول بيانات، قائمة مطبوعة).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paper order book and a payment log for orders taken on fallback channels.</source>
        <translation>دفتر طلبات ورقي وسجل مدفوعات للطلبات الواردة عبر القنوات البديلة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A charged second phone with credit on a different network, if possible.</source>
        <translation>هاتف ثانٍ مشحون وفيه رصيد على شبكة أخرى، إن أمكن.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended preparation</source>
        <translation>الاستعداد الموصى به</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>تخدم</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="-43"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Saves/year</source>
        <translation>التوفير/سنة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Cost/year</source>
        <translation>التكلفة/سنة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preparation step saves more than it costs.</source>
        <translation>لا توجد خطوة استعداد توفّر أكثر مما تكلّف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also worth considering</source>
        <translation>خطوات تستحق النظر أيضًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>لا تُسترد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payback (months)</source>
        <translation>استرداد التكلفة (أشهر)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worth it now</source>
        <translation>خطوات لا تستحق التنفيذ الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not now</source>
        <translation>لماذا ليس الآن</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="-45"/>
        <source>Return to normal and reconciliation</source>
        <translation>العودة إلى الوضع الطبيعي ومطابقة الحسابات</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+2"/>
        <source>Standing down</source>
        <translation>إنهاء حالة الانقطاع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp delivers messages again (two ticks) on two phones on different networks for 30 minutes.</source>
        <translation>يعود واتساب إلى توصيل الرسائل (علامتا صح) على هاتفين في شبكتين مختلفتين لمدة ٣٠ دقيقة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {role} declares the outage over.</source>
        <translation>يتولى {role} إعلان انتهاء الانقطاع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outage lead declares the outage over.</source>
        <translation>يتولى مسؤول الانقطاع إعلان انتهائه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell customers, staff and suppliers, on the fallback channels too, that WhatsApp works again.</source>
        <translation>أبلغ العملاء والموظفين والموردين، عبر القنوات البديلة أيضًا، أن واتساب عاد للعمل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciling orders and payments</source>
        <translation>مطابقة الطلبات والمدفوعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every order and payment taken on a fallback channel is entered in the usual records within one working day. Match each payment reference to its order; call the customer when one is missing. Fill in one line per channel:</source>
        <translation>يُدخَل كل طلب وكل دفعة وردا عبر قناة بديلة في السجلات المعتادة خلال يوم عمل واحد. طابِق مرجع كل دفعة مع طلبها، واتصل بالعميل إذا نقص أحدهما. املأ سطرًا واحدًا لكل قناة:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders taken</source>
        <translation>الطلبات المستلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received</source>
        <translation>المدفوعات المستلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in records</source>
        <translation>أُدخلت في السجلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>الفروقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>دقّقها</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+14"/>
        <source>Exercise and review schedule</source>
        <translation>جدول التمارين والمراجعة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-34"/>
        <source>Call the contact tree: everyone answers or calls back</source>
        <translation>اختبار شجرة الاتصال: يرد الجميع أو يعاودون الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message on every fallback channel</source>
        <translation>إرسال رسالة تجريبية عبر كل قناة بديلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table-top exercise: walk through a Meta-wide outage with this plan</source>
        <translation>تمرين مكتبي: محاكاة انقطاع شامل لميتا باتباع هذه الخطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the plan: figures, contacts, messages and fallbacks</source>
        <translation>مراجعة الخطة: الأرقام وجهات الاتصال والرسائل والقنوات البديلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review after every real outage</source>
        <translation>مراجعة بعد كل انقطاع حقيقي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within a week</source>
        <translation>خلال أسبوع</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-2"/>
        <source>How often</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real outage, run in outage mode</source>
        <translation>انقطاع حقيقي، أُدير في وضع الانقطاع</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) of the plan not done; length {length}</source>
        <translation>
            <numerusform>%n خطوة من الخطة لم تُنجز؛ المدة {length}</numerusform>
            <numerusform>خطوة واحدة من الخطة لم تُنجز؛ المدة {length}</numerusform>
            <numerusform>خطوتان من الخطة لم تُنجزا؛ المدة {length}</numerusform>
            <numerusform>%n خطوات من الخطة لم تُنجز؛ المدة {length}</numerusform>
            <numerusform>%n خطوة من الخطة لم تُنجز؛ المدة {length}</numerusform>
            <numerusform>%n خطوة من الخطة لم تُنجز؛ المدة {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-37"/>
        <source>Computed by Continuity Planner from this plan file: the same figures as the Results page. {trials} simulated years (simulation number {seed}).</source>
        <translation>حسبها تطبيق «مخطط الاستمرارية» من ملف الخطة هذا: الأرقام نفسها التي في صفحة النتائج. عدد السنوات المحاكاة {trials} (رقم المحاكاة {seed}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="-33"/>
        <source>The business can bear a loss of at most {amount} from one outage; the longest outage you can bear is read from it.</source>
        <translation>تستطيع المنشأة تحمّل خسارة لا تزيد على {amount} من انقطاع واحد؛ ومنها يُحدَّد أطول انقطاع يمكنك تحمّله.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest outage you can bear is worked out for this outage: {scenario}.</source>
        <translation>يُحسب أطول انقطاع يمكنك تحمّله لهذا الانقطاع: {scenario}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-70"/>
        <source>Loss if this outage strikes while you are open</source>
        <translation>الخسارة إذا وقع هذا الانقطاع في ساعات العمل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>After {duration}, an outage that strikes while the business is open costs more than the {amount} you can bear: the plan must be working well before then.</source>
        <translation>بعد {duration}، يكلّف الانقطاع الذي يقع في ساعات العمل أكثر من {amount} التي يمكنك تحمّلها: يجب أن تعمل الخطة جيدًا قبل ذلك بوقت كافٍ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Even an outage of a whole week costs less than the {amount} you can bear, in this outage: {scenario}.</source>
        <translation>حتى انقطاع يدوم أسبوعًا كاملًا يكلّف أقل من {amount} التي يمكنك تحمّلها، في هذا الانقطاع: {scenario}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>While open: an outage of typical length that strikes while the business is open, the figure to plan for. Average: over every start hour of the week and every length the history gives. How often: from the outage history and the counts for the business&apos;s countries. Yearly: the average times how often it happens.</source>
        <translation>في ساعات العمل: انقطاع بمدته المعتادة يقع والمنشأة مفتوحة، وهو الرقم الذي تخطط له. المتوسط: على كل ساعات البدء في الأسبوع وكل المدد التي يعطيها السجل. التكرار: من سجل الانقطاعات والأعداد الخاصة بدول المنشأة. في السنة: المتوسط مضروبًا في عدد مرات حدوثه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loss per outage by how long it lasts, per scenario, with the largest loss you can bear and the longest outage you can bear.</source>
        <translation>الخسارة في الانقطاع الواحد حسب مدته، لكل سيناريو، مع أقصى خسارة يمكنك تحمّلها وأطول انقطاع يمكنك تحمّله.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{share} within {duration}: {state}</source>
        <translation>{share} خلال {duration}: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outage it can bear alone</source>
        <translation>الانقطاع الذي تتحمّله وحدها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While open: in the outage the plan is measured on, striking while the business is open. Outage it can bear alone: how long an outage can last before this function&apos;s loss by itself passes the largest loss you can bear. Minimum service: the share of the function&apos;s interactions that must still be served, within the time set in the plan.</source>
        <translation>في ساعات العمل: في الانقطاع الذي تُقاس عليه الخطة، حين يقع والمنشأة مفتوحة. الانقطاع الذي تتحمّله وحدها: كم يمكن أن يدوم الانقطاع قبل أن تتجاوز خسارة هذه العملية وحدها أقصى خسارة يمكنك تحمّلها. الحد الأدنى للخدمة: نسبة تفاعلات العملية التي يجب أن تُخدم، خلال الوقت المحدد في الخطة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss by function and category in this outage: {scenario}.</source>
        <translation>الخسارة حسب العملية والفئة في هذا الانقطاع: {scenario}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss by category in this outage</source>
        <translation>الخسارة حسب الفئة في هذا الانقطاع</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How much the loss varies from year to year</source>
        <translation>كم تتفاوت الخسارة من سنة إلى أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{trials} simulated years: the number of outages, their lengths, their start times and every uncertain input are drawn at random from their ranges.</source>
        <translation>عدد السنوات المحاكاة {trials}: عدد الانقطاعات ومددها وأوقات بدئها وكل مُدخل غير مؤكد تُسحب عشوائيًا من نطاقاتها.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chance that a year loses more than each amount, with a typical, a bad and a very bad year marked.</source>
        <translation>احتمال أن تخسر السنة أكثر من كل مبلغ، مع تحديد سنة معتادة وسنة سيئة وسنة سيئة جدًا.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+3"/>
        <source>Within {duration}, {function} must serve at least {share} of its interactions; if it does not, add the next fallback channel.</source>
        <translation>خلال {duration}، يجب أن تخدم العملية {function} ما لا يقل عن {share} من تفاعلاتها؛ وإن لم تفعل، فأضف القناة البديلة التالية.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At {duration}, the longest outage you can bear, the loss passes {amount}: the owner decides on further measures.</source>
        <translation>عند {duration}، وهو أطول انقطاع يمكنك تحمّله، تتجاوز الخسارة {amount}: يقرّر المالك الإجراءات الإضافية.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+23"/>
        <source>{step} — recommended: saves {saving} a year for {cost}.</source>
        <translation>الخطوة {step} — موصى بها: توفّر {saving} في السنة مقابل {cost}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {channel} ready: today it reaches {share} of this function&apos;s WhatsApp contacts, within {duration}. Check the contact list and consent.</source>
        <translation>أبقِ القناة {channel} جاهزة: تصل اليوم إلى {share} من جهات اتصال هذه العملية على واتساب، خلال {duration}. راجع قائمة جهات الاتصال والموافقات.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Confirm the outage against the activation criteria (section {section}); the {role} declares it.</source>
        <translation>تحقّق من الانقطاع وفق معايير التفعيل (القسم {section})؛ ويُعلنه {role}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm the outage against the activation criteria (section {section}).</source>
        <translation>تحقّق من الانقطاع وفق معايير التفعيل (القسم {section}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By {duration}, at least {share} of interactions must be served again (the minimum service); if not, escalate.</source>
        <translation>بحلول {duration}، يجب أن تعود خدمة {share} على الأقل من التفاعلات (الحد الأدنى للخدمة)؛ وإن لم يحدث ذلك، فصعّد الأمر.</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>loss in {scenario}, while open: {amount}</source>
        <translation>الخسارة في {scenario}، في ساعات العمل: {amount}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-36"/>
        <source>Expected loss per year today: {before}; after these steps: {after} (a bad year, 1 in 10: {bad_year}), for {cost} a year.</source>
        <translation>الخسارة المتوقعة في السنة اليوم: {before}؛ وبعد هذه الخطوات: {after} (في سنة سيئة، مرة من كل ١٠: {bad_year})، مقابل {cost} في السنة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-26"/>
        <source>Next</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-78"/>
        <source>Appendix A. Assumptions and data sources</source>
        <translation>الملحق أ. الافتراضات ومصادر البيانات</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-45"/>
        <source>Channel: {name}</source>
        <translation>القناة: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer: {name}</source>
        <translation>الطبقة: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: {name}</source>
        <translation>الدولة: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: {name}</source>
        <translation>العملة: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario: {name}</source>
        <translation>السيناريو: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: {name}</source>
        <translation>قيمة افتراضية: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan inputs</source>
        <translation>مدخلات الخطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered for this plan. A range (low–high) marks an uncertain input; the likely value is used for the figures, the range for the simulated years.</source>
        <translation>أُدخلت لهذه الخطة. النطاق (أدنى–أعلى) يدل على مُدخل غير مؤكد؛ تُستخدم القيمة المرجّحة للأرقام، والنطاق للسنوات المحاكاة.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{price} USD per message</source>
        <translation>{price} دولار أمريكي للرسالة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-26"/>
        <source>The outages the scenarios&apos; frequencies and lengths are derived from, as news reports and the providers&apos; status pages describe them.</source>
        <translation>الانقطاعات التي اشتُقّ منها تكرار السيناريوهات ومددها، كما تصفها التقارير الإخبارية وصفحات الحالة لدى المزوّدين.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+91"/>
        <source>A day</source>
        <translation>في اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+25"/>
        <source>Value each</source>
        <translation>قيمة الواحد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patience</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Won back</source>
        <translation>يعودون</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost for good</source>
        <translation>مفقودون نهائيًا</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+9"/>
        <source>Reference data used</source>
        <translation>البيانات المرجعية المستخدمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the built-in reference data that this plan&apos;s figures rest on. Confidence: H high, M medium, L low, default a stated modelling choice.</source>
        <translation>صفوف البيانات المرجعية المدمجة التي تستند إليها أرقام هذه الخطة. الموثوقية: H عالية، M متوسطة، L منخفضة، default خيار نمذجة مُعلَن.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Usage: {channel} in {country}</source>
        <translation>الاستخدام: {channel} في {country}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(stated modelling default)</source>
        <translation>(افتراض نمذجة مُعلَن)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+29"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Conf.</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-153"/>
        <source>No price per message is known for {channels}: messages on them are counted as free. Enter a price in the fallback to include it.</source>
        <translation>لا يُعرف سعر للرسالة على {channels}: تُحسب الرسائل عليها مجانية. أدخل سعرًا في القناة البديلة ليدخل في الحساب.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-32"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix B. Outage history</source>
        <translation>الملحق ب. سجل الانقطاعات</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix C. Decision log</source>
        <translation>الملحق ج. سجل القرارات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage started (date, time): ______________   Declared by: ______________</source>
        <translation>بدأ الانقطاع (التاريخ، الوقت): ______________   أعلنه: ______________</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision or action</source>
        <translation>القرار أو الإجراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="-44"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix D. Outage card</source>
        <translation>الملحق د. بطاقة الانقطاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp down? Keep this card by the phone.</source>
        <translation>توقف واتساب؟ احتفظ بهذه البطاقة بجانب الهاتف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who declares</source>
        <translation>من يعلن الانقطاع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{declarer} — or {alternate}</source>
        <translation>{declarer} — أو {alternate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (alternate)</source>
        <translation>{role} (النائب)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No phone number is in the plan yet: add them to the roles.</source>
        <translation>لا توجد أرقام هواتف في الخطة بعد: أضفها إلى الأدوار.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check: {criterion}</source>
        <translation>تحقّق: {criterion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare the outage and start the contact tree: call {roles}.</source>
        <translation>أعلِن الانقطاع وابدأ شجرة الاتصال: اتصل بـ {roles}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare the outage and start the contact tree.</source>
        <translation>أعلِن الانقطاع وابدأ شجرة الاتصال.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{function}: {channel} (only if WhatsApp alone is down)</source>
        <translation>{function}: {channel} (فقط إذا توقف واتساب وحده)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to the fallbacks: {switches}.</source>
        <translation>انتقل إلى القنوات البديلة: {switches}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the channels prepared before the outage (section {section}).</source>
        <translation>انتقل إلى القنوات التي جُهّزت قبل الانقطاع (القسم {section}).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name an outage lead in the plan.</source>
        <translation>عيّن مسؤولًا عن الانقطاع في الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>أرقام للاتصال</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First 5 steps</source>
        <translation>أول ٥ خطوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customers</source>
        <translation>رسالة إلى العملاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer message is written yet.</source>
        <translation>لم تُكتب رسالة للعملاء بعد.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+11"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix E. Glossary</source>
        <translation>الملحق هـ. مسرد المصطلحات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan uses everyday words; the technical term beside each is the one continuity standards and risk analysts use.</source>
        <translation>تستخدم هذه الخطة كلمات يومية؛ والمصطلح التقني بجانب كل منها هو الذي تستخدمه معايير استمرارية الأعمال ومحللو المخاطر.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this plan</source>
        <translation>في هذه الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical term</source>
        <translation>المصطلح التقني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+20"/>
        <source>Check that WhatsApp fails on two phones on different networks.</source>
        <translation>تحقّق من تعطّل واتساب على هاتفين في شبكتين مختلفتين.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send the customer message below on every channel that works.</source>
        <translation>أرسل رسالة العملاء أدناه عبر كل قناة تعمل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down every order and payment taken on a fallback channel, with the time.</source>
        <translation>سجّل كل طلب وكل دفعة تصل عبر قناة بديلة، مع الوقت.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/document.py" line="+98"/>
        <source>{business} — continuity plan, version {version}</source>
        <translation>{business} — خطة الاستمرارية، الإصدار {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business continuity plan: {business}</source>
        <translation>خطة استمرارية الأعمال: {business}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/core/progress.py" line="+39"/>
        <source>Evaluating the outage scenarios…</source>
        <translation>جارٍ تقييم سيناريوهات الانقطاع…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating years of outages…</source>
        <translation>جارٍ محاكاة سنوات من الانقطاعات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing today with the plan once its tasks are done…</source>
        <translation>جارٍ مقارنة الوضع اليوم بالخطة بعد إنجاز مهامها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuing preparation steps…</source>
        <translation>جارٍ تقدير قيمة خطوات الاستعداد…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../continuity_app/gui/qt_strings.py" line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>صفّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>استعد الافتراضيّات</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>انسخ و&amp;صلة المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="+31"/>
        <source>your staff can be asked to use it (about {share})</source>
        <translation>يمكنك أن تطلب من موظفيك استخدامها (نحو {share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your suppliers can be asked to use it (about {share})</source>
        <translation>يمكنك أن تطلب من مورديك استخدامها (نحو {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you said about {share} of your customers use it</source>
        <translation>ذكرتَ أن نحو {share} من عملائك يستخدمونها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about {share} of people in {country} use it</source>
        <translation>يستخدمها نحو {share} من الناس في {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} of people in your countries use it</source>
        <translation>يستخدمها نحو {share} من الناس في الدول التي تعمل فيها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about {share} in {country} use an iPhone</source>
        <translation>يستخدم نحو {share} من الناس في {country} هاتف iPhone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} use an iPhone</source>
        <translation>يستخدم نحو {share} من الناس هاتف iPhone</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>about {share} of people in {country} have a mobile phone</source>
        <translation>يملك نحو {share} من الناس في {country} هاتفًا جوالًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {share} of people in your countries have a mobile phone</source>
        <translation>يملك نحو {share} من الناس في الدول التي تعمل فيها هاتفًا جوالًا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blocked in {country} since {date}</source>
        <translation>محجوبة في {country} منذ {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its calls blocked in {country} since {date}</source>
        <translation>مكالماتها محجوبة في {country} منذ {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowed down in {country} since {date}</source>
        <translation>سرعتها مقيّدة في {country} منذ {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no phone-ownership figure for {countries}: the figure for their region is used</source>
        <translation>لا رقم لامتلاك الهاتف في {countries}: يُستخدم رقم المنطقة التي تنتمي إليها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data for {countries}: not counted there; if you know how many of your customers use it, enter it with &apos;What you know about this channel&apos;</source>
        <translation>لا تتوفر بيانات عن {countries}: لم تُحتسب هناك؛ إن كنت تعرف كم من عملائك يستخدمونها، فأدخل ذلك عبر «ما تعرفه عن هذه القناة»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>runs on Meta&apos;s infrastructure and fails with WhatsApp in a Meta outage</source>
        <translation>تعمل على البنية التحتية لميتا وتتعطل مع واتساب عند انقطاع ميتا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>survives every outage scenario in your plan</source>
        <translation>تصمد في كل سيناريوهات الانقطاع في خطتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>survives {share} of your expected outage loss (fails in: {scenarios})</source>
        <translation>تصمد أمام {share} من خسارتك المتوقعة من الانقطاعات (تتعطل في: {scenarios})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>can send one message to everyone at once</source>
        <translation>ترسل رسالة واحدة إلى الجميع دفعة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can take payments in the app</source>
        <translation>تقبل المدفوعات داخل التطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end-to-end encrypted by default</source>
        <translation>مشفّرة بين الطرفين افتراضيًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not end-to-end encrypted by default</source>
        <translation>غير مشفّرة بين الطرفين افتراضيًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to send</source>
        <translation>الإرسال مجاني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>تصل قناة {channel} إلى نحو {share} من {who} في {country} وتبقى عاملة خلال {kept} من خسارتك المتوقعة من الانقطاعات (تتعطل في: {scenarios}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working in every outage scenario in your plan.</source>
        <translation>تصل قناة {channel} إلى نحو {share} من {who} في {country} وتبقى عاملة في كل سيناريوهات الانقطاع في خطتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>تصل قناة {channel} إلى نحو {share} من {who} وتبقى عاملة خلال {kept} من خسارتك المتوقعة من الانقطاعات (تتعطل في: {scenarios}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} reaches about {share} of your {who} and keeps working in every outage scenario in your plan.</source>
        <translation>تصل قناة {channel} إلى نحو {share} من {who} وتبقى عاملة في كل سيناريوهات الانقطاع في خطتك.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, paying back in {months} months.</source>
        <translation>{step} (لعملية {function}): الجاهزية {before} ← {after}؛ وتخفّض خسارتك السنوية المتوقعة بمقدار {saving} مقابل {cost} في السنة، وتسترد تكلفتها خلال {months} شهر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, more than it saves.</source>
        <translation>{step} (لعملية {function}): الجاهزية {before} ← {after}؛ وتخفّض خسارتك السنوية المتوقعة بمقدار {saving} مقابل {cost} في السنة، أي أكثر مما توفّره.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{share} of the interactions of {function} run on {channels}, on Meta&apos;s infrastructure as WhatsApp is: in {scenarios} that part stops together with WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no fallback for WhatsApp; prepare one that runs on other infrastructure.</source>
        <translation>تجري نسبة {share} من تفاعلات العملية {function} عبر {channels}، وهي تعمل على البنية التحتية لميتا مثل واتساب: ففي {scenarios} تتوقف مع واتساب، ويتوقف {cut_off} من تفاعلات العملية {function} دفعة واحدة. هذه التطبيقات لا تصلح قناةً بديلة لواتساب؛ جهّز قناة بديلة تعمل على بنية أخرى.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/audiences.py" line="+34"/>
        <source>staff</source>
        <translation>موظفيك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers</source>
        <translation>مورديك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patients and clients</source>
        <translation>مرضاك وعملائك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>عملائك</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="-105"/>
        <source>staff and drivers who are asked to join</source>
        <translation>موظفيك وسائقيك الذين تطلب منهم الانضمام</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Its monthly fee is not known; add it to the plan when you have a quote.</source>
        <translation>رسومها الشهرية غير معروفة؛ أضفها إلى الخطة حين تحصل على عرض سعر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{channel} fails together with WhatsApp when Meta&apos;s systems go down.</source>
        <translation>تتعطل قناة {channel} مع واتساب عندما تتوقف أنظمة ميتا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It saves {saving} a year, less than it costs ({cost} a year, set-up included).</source>
        <translation>توفّر هذه الخطوة {saving} في السنة، أي أقل من تكلفتها ({cost} في السنة، شاملةً الإعداد).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} is a fallback for {function}, but it has been blocked in {country} since {date}: customers there cannot reach you on it without a VPN. Choose another channel for them.</source>
        <translation>قناة {channel} بديلة لعملية {function}، لكنها محجوبة في {country} منذ {date}: لا يستطيع العملاء هناك الوصول إليك عبرها دون VPN. اختر لهم قناة أخرى.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} is a fallback for {function}, but it runs on the same {layers} as WhatsApp and fails with it ({scenarios}); it is not counted as independent.</source>
        <translation>قناة {channel} بديلة لعملية {function}، لكنها تعتمد مثل واتساب على {layers} وتتعطل معه ({scenarios})؛ لذا لا تُحتسب قناة مستقلة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in every Meta outage</source>
        <translation>في كل انقطاع لميتا</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{function} can lose {loss} in this outage: {scenario}; that is more than the {tolerance} you can bear. It needs at least two independent fallbacks and has {count} ({channels}).</source>
        <translation>قد تخسر عملية {function} مبلغ {loss} في هذا الانقطاع: {scenario}؛ وهذا أكثر من {tolerance} التي يمكنك تحمّلها. تحتاج هذه العملية إلى قناتين بديلتين مستقلتين على الأقل، وعدد ما لديها: {count} ({channels}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended portfolio adds {channels}.</source>
        <translation>تضيف الحزمة الموصى بها: {channels}.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and 2021. The model counts them at {share} of their readiness for the first {hours} hours; invite people before an outage.</source>
        <translation>نقل الجميع إلى {channels} في الساعات الأولى من انقطاع واتساب ينطوي على خطر الازدحام: فقد تباطأ تيليجرام وSignal أو تعطّلا تحت ضغط التسجيل في ٢٠١٥ و٢٠١٩ و٢٠٢١. لذا يحتسب النموذج هذه القنوات بنسبة {share} من جاهزيتها خلال أول {hours} ساعة؛ فادعُ الناس إليها قبل حدوث الانقطاع.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/common.py" line="+29"/>
        <source>{items} and {last}</source>
        <translation>{items} و{last}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/recommendations_page.py" line="+180"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation steps</source>
        <translation>خطوات الاستعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels by function</source>
        <translation>القنوات حسب العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>حزمة الخطوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What you know about this channel…</source>
        <translation>ما تعرفه عن هذه القناة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the share of your customers who use the selected channel, when you know it better than the country figures (or there are none).</source>
        <translation>أدخل نسبة عملائك الذين يستخدمون القناة المحددة، إن كنت تعرفها أفضل من أرقام الدول (أو إن لم تتوفر أرقام لها).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the country figures</source>
        <translation>استخدام أرقام الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected preparation step to the plan</source>
        <translation>إضافة خطوة الاستعداد المحددة إلى الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Function:</source>
        <translation>ال&amp;عملية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly &amp;budget:</source>
        <translation>ال&amp;ميزانية السنوية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget for preparation</source>
        <translation>الميزانية السنوية للاستعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps and what they are worth</source>
        <translation>خطوات الاستعداد وقيمة كل منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels ranked for the chosen function</source>
        <translation>ترتيب القنوات للعملية المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended portfolio</source>
        <translation>الحزمة الموصى بها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this step</source>
        <translation>لماذا هذه الخطوة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valuing every preparation step against your plan…</source>
        <translation>جارٍ تقييم كل خطوة استعداد وفق خطتك…</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>With these steps you can expect to lose {ale} a year ({p90} in a bad year, 1 in 10), for {cost} a year.</source>
        <translation>مع هذه الخطوات يمكن أن تتوقع خسارة {ale} في السنة ({p90} في سنة سيئة، مرة من كل ١٠)، مقابل {cost} في السنة.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Warnings (%1)</source>
        <translation>التنبيهات (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Add this step to the action plan</source>
        <translation>&amp;إضافة هذه الخطوة إلى خطة العمل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the &amp;whole portfolio to the action plan</source>
        <translation>إضافة الحزمة &amp;كلها إلى خطة العمل</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, and the steps that would cut your losses appear here.</source>
        <translation>لا توجد أنشطة بعد: أضف في صفحة العمليات ما يفعله عملاؤك عبر واتساب، فتظهر هنا الخطوات التي تقلّل خسائرك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preparation step to suggest for this plan: check that each activity has its share on WhatsApp and its value per interaction on the Functions page.</source>
        <translation>لا توجد خطوة استعداد نقترحها لهذه الخطة: تحقّق في صفحة العمليات من أن لكل نشاط نسبته عبر واتساب وقيمته لكل تفاعل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in 10). Each step below is valued by running the model again with it in place.</source>
        <translation>يمكن أن تتوقع اليوم خسارة {ale} في السنة بسبب الانقطاعات ({p90} في سنة سيئة، مرة من كل ١٠). تُقيَّم كل خطوة أدناه بإعادة تشغيل النموذج وهي مطبّقة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>تخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a year</source>
        <translation>التوفير في السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a bad year</source>
        <translation>التوفير في سنة سيئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs a year</source>
        <translation>التكلفة في السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays back in</source>
        <translation>تسترد تكلفتها خلال</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not worth it now</source>
        <translation>خطوات لا تستحق التنفيذ الآن</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>لا تُسترد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 شهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the action plan: %1</source>
        <translation>في خطة العمل: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survives</source>
        <translation>تصمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{channel}: {reasons}.</source>
        <translation>القناة {channel}: {reasons}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you know about %1</source>
        <translation>ما تعرفه عن قناة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of your customers who use %1 (%):</source>
        <translation>نسبة عملائك الذين يستخدمون %1 (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): saves %3 a year on top of the steps above, costs %4</source>
        <translation>%1 (%2): توفّر %3 في السنة إضافةً إلى الخطوات السابقة، وتكلّف %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step saves more than it costs.</source>
        <translation>لا توجد خطوة توفّر أكثر مما تكلّف.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n step(s) added to the action plan as planned task(s). Give each an owner and a due date on the Action plan page; readiness today changes only when a task is marked done there.</source>
        <translation>
            <numerusform>أُضيفت %n خطوة إلى خطة العمل مهامَّ مخطّطة. حدّد لكلٍّ منها مسؤولًا وموعدًا نهائيًا في صفحة «خطة العمل»؛ ولا تتغير الجاهزية اليوم إلا حين تُعلَّم المهمة منجزة هناك.</numerusform>
            <numerusform>أُضيفت خطوة واحدة إلى خطة العمل مهمةً مخطّطة. حدّد لها مسؤولًا وموعدًا نهائيًا في صفحة «خطة العمل»؛ ولا تتغير الجاهزية اليوم إلا حين تُعلَّم المهمة منجزة هناك.</numerusform>
            <numerusform>أُضيفت خطوتان إلى خطة العمل مهمتين مخطّطتين. حدّد لكلٍّ منهما مسؤولًا وموعدًا نهائيًا في صفحة «خطة العمل»؛ ولا تتغير الجاهزية اليوم إلا حين تُعلَّم المهمة منجزة هناك.</numerusform>
            <numerusform>أُضيفت %n خطوات إلى خطة العمل مهامَّ مخطّطة. حدّد لكلٍّ منها مسؤولًا وموعدًا نهائيًا في صفحة «خطة العمل»؛ ولا تتغير الجاهزية اليوم إلا حين تُعلَّم المهمة منجزة هناك.</numerusform>
            <numerusform>أُضيفت %n خطوة إلى خطة العمل مهامَّ مخطّطة. حدّد لكلٍّ منها مسؤولًا وموعدًا نهائيًا في صفحة «خطة العمل»؛ ولا تتغير الجاهزية اليوم إلا حين تُعلَّم المهمة منجزة هناك.</numerusform>
            <numerusform>أُضيفت %n خطوة إلى خطة العمل مهامَّ مخطّطة. حدّد لكلٍّ منها مسؤولًا وموعدًا نهائيًا في صفحة «خطة العمل»؛ ولا تتغير الجاهزية اليوم إلا حين تُعلَّم المهمة منجزة هناك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../continuity_app/gui/recovery.py" line="+207"/>
        <source>{file} ({business})</source>
        <translation>الملف {file} ({business})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an untitled plan ({business})</source>
        <translation>خطة بلا عنوان ({business})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was stopped at {when} with unsaved changes to {name}; they were kept.</source>
        <translation>أُوقف التطبيق في {when} وفيه تغييرات غير محفوظة في {name}؛ وقد احتُفظ بها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application did not close properly; unsaved changes to {name} were kept at {when}.</source>
        <translation>لم يُغلَق التطبيق بشكل سليم؛ وقد احتُفظ بالتغييرات غير المحفوظة في {name} (آخر نسخة منها في {when}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore unsaved changes?</source>
        <translation>استعادة التغييرات غير المحفوظة؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them in this window, save them to a file of their own, or discard them?</source>
        <translation>هل تريد استعادتها في هذه النافذة، أو حفظها في ملف مستقل، أو تجاهلها؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This window already shows restored work. Save these changes to a file of their own, discard them, or keep them to decide at the next start?</source>
        <translation>تعرض هذه النافذة عملًا مستعادًا بالفعل. هل تريد حفظ هذه التغييرات في ملف مستقل، أو تجاهلها، أو إبقاءها لتقرر في التشغيل التالي؟</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more after this one.)</source>
        <translation>
            <numerusform>(يبقى بعد هذا %n عمل آخر.)</numerusform>
            <numerusform>(يبقى بعد هذا عمل آخر واحد.)</numerusform>
            <numerusform>(يبقى بعد هذا عملان آخران.)</numerusform>
            <numerusform>(يبقى بعد هذا %n أعمال أخرى.)</numerusform>
            <numerusform>(يبقى بعد هذا %n عملًا آخر.)</numerusform>
            <numerusform>(يبقى بعد هذا %n عمل آخر.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide Later</source>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save restored changes as</source>
        <translation>حفظ التغييرات المستعادة باسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity plans (*{suffix})</source>
        <translation>خطط الاستمرارية (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored changes could not be saved to {path}: {reason}. They are kept and offered again at the next start.</source>
        <translation>تعذّر حفظ التغييرات المستعادة في {path}: {reason}. وقد احتُفظ بها وستُعرض عليك مرة أخرى في التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../continuity_app/core/actions.py" line="+41"/>
        <location filename="../../continuity_app/core/reference_strings.py" line="+9"/>
        <source>card or bank</source>
        <translation>بالبطاقة أو التحويل البنكي</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/reference_strings.py" line="+1"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS / MMS</source>
        <translation>رسائل SMS / MMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook Messenger</source>
        <translation>ماسنجر فيسبوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct</source>
        <translation>رسائل إنستغرام المباشرة</translation>
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
        <translation>دردشة الويب (موقعك أو تطبيقك)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meta</source>
        <translation>ميتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal Foundation</source>
        <translation>مؤسسة Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile operators</source>
        <translation>مشغّلو الاتصالات المتنقلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many providers</source>
        <translation>مزوّدون كثيرون</translation>
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
        <translation>مشغّلو الاتصالات، Google Jibe، Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNG</source>
        <translation>VNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own hosting)</source>
        <translation>المنشأة نفسها (استضافة خاصة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp service</source>
        <translation>خدمة واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta shared infrastructure</source>
        <translation>البنية التحتية المشتركة لميتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram infrastructure</source>
        <translation>البنية التحتية لتيليجرام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal infrastructure</source>
        <translation>البنية التحتية لـ Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data network</source>
        <translation>شبكة بيانات الجوال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed internet</source>
        <translation>الإنترنت الثابت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>الكهرباء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp app and service itself (e.g. the 25 Oct 2022 outage, when WhatsApp alone failed).</source>
        <translation>تطبيق واتساب وخدمته نفسها (مثل انقطاع ٢٥ أكتوبر ٢٠٢٢، حين تعطّل واتساب وحده).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s backbone, DNS and data centres under WhatsApp, Messenger, Instagram and Facebook Login; when it fails they all fail together (4 Oct 2021, 13 Mar 2019, 11 Dec 2024).</source>
        <translation>الشبكة الأساسية لميتا وخوادم DNS ومراكز البيانات التي تعمل عليها واتساب وماسنجر وإنستغرام وتسجيل الدخول عبر فيسبوك؛ وعندما تتعطل تتعطل كلها معًا (٤ أكتوبر ٢٠٢١، ١٣ مارس ٢٠١٩، ١١ ديسمبر ٢٠٢٤).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram&apos;s own servers and data centres (e.g. the 29 Mar 2018 data-centre power failure).</source>
        <translation>خوادم تيليجرام ومراكز بياناته الخاصة (مثل انقطاع الكهرباء عن أحد مراكز بياناته في ٢٩ مارس ٢٠١٨).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal&apos;s servers, which run on public cloud (AWS, Azure, GCP); Signal went down in the AWS us-east-1 outage of 20 Oct 2025 and under the Jan 2021 sign-up surge.</source>
        <translation>خوادم Signal، وهي تعمل على سحابة عامة (AWS وAzure وGCP)؛ وقد توقف Signal في انقطاع منطقة us-east-1 لدى AWS في ٢٠ أكتوبر ٢٠٢٥، وتحت ضغط موجة التسجيلات في يناير ٢٠٢١.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app used over the cellular data network; fails in a carrier outage or a government mobile-data shutdown.</source>
        <translation>كل تطبيق يُستخدم عبر شبكة بيانات الجوال؛ تتعطل عند انقطاع لدى مشغّل الاتصالات أو قطع حكومي لبيانات الجوال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice calls and SMS over mobile carriers; fails in national carrier outages (AT&amp;T 2024, Optus 2023, Rogers 2022).</source>
        <translation>المكالمات الصوتية ورسائل SMS عبر مشغّلي الاتصالات؛ تتعطل عند انقطاع مشغّل على مستوى البلاد (AT&amp;T في ٢٠٢٤، وOptus في ٢٠٢٣، وRogers في ٢٠٢٢).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-line and broadband internet (and the Wi-Fi behind it); Optus 2023 and Rogers 2022 also took out fixed services.</source>
        <translation>الخطوط الثابتة والإنترنت عريض النطاق (وشبكة Wi-Fi المتصلة به)؛ وقد أوقف انقطاعا Optus في ٢٠٢٣ وRogers في ٢٠٢٢ الخدمات الثابتة أيضًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local electricity supply of the business or its counterparts.</source>
        <translation>الكهرباء المحلية التي تغذّي المنشأة أو الأطراف التي تتعامل معها.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Brazil</source>
        <translation>البرازيل</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indonesia</source>
        <translation>إندونيسيا</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mexico</source>
        <translation>المكسيك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>South Africa</source>
        <translation>جنوب أفريقيا</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Kenya</source>
        <translation>كينيا</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>United Arab Emirates</source>
        <translation>الإمارات</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Palestine</source>
        <translation>فلسطين</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pakistan</source>
        <translation>باكستان</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Bangladesh</source>
        <translation>بنغلاديش</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Philippines</source>
        <translation>الفلبين</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Vietnam</source>
        <translation>فيتنام</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Thailand</source>
        <translation>تايلاند</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Japan</source>
        <translation>اليابان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>South Korea</source>
        <translation>كوريا الجنوبية</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>China</source>
        <translation>الصين</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Russia</source>
        <translation>روسيا</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ukraine</source>
        <translation>أوكرانيا</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Spain</source>
        <translation>إسبانيا</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Italy</source>
        <translation>إيطاليا</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Argentina</source>
        <translation>الأرجنتين</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Colombia</source>
        <translation>كولومبيا</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chile</source>
        <translation>تشيلي</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Peru</source>
        <translation>بيرو</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Malaysia</source>
        <translation>ماليزيا</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Singapore</source>
        <translation>سنغافورة</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Israel</source>
        <translation>إسرائيل</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Phone call (mobile or landline)</source>
        <translation>مكالمة هاتفية (جوال أو خط أرضي)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imo</source>
        <translation>imo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp Business Platform (API)</source>
        <translation>منصة واتساب للأعمال (API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook page or shop</source>
        <translation>صفحة أو متجر على فيسبوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop or marketplace</source>
        <translation>متجر إلكتروني أو منصة تسوّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (walk-in, counter)</source>
        <translation>حضوريًا (زيارة مباشرة، عند نقطة البيع)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PageBites</source>
        <translation>PageBites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta (directly or through a provider: Twilio, 360dialog, Gupshup...)</source>
        <translation>ميتا (مباشرةً أو عبر مزوّد: Twilio، 360dialog، Gupshup...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own site, Shopify...) or the marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</source>
        <translation>المنشأة نفسها (موقعها الخاص، Shopify...) أو منصة التسوّق (Mercado Libre، Shopee، Tokopedia، Jumia، iFood...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (its premises)</source>
        <translation>المنشأة نفسها (مقرّها)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone calls and SMS network</source>
        <translation>شبكة المكالمات والرسائل القصيرة SMS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>ألبانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>أرمينيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>أنغولا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <translation>النمسا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <translation>أروبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>أذربيجان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>البوسنة والهرسك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>بربادوس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgium</source>
        <translation>بلجيكا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>بوركينا فاسو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>بلغاريا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>بوروندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>بنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>بروناي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>بوليفيا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <translation>جزر البهاما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>بوتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>بوتسوانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>بيلاروسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>بليز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Democratic Republic of the Congo</source>
        <translation>جمهورية الكونغو الديمقراطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>جمهورية أفريقيا الوسطى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>الكونغو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>سويسرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>كوت ديفوار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <translation>الكاميرون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costa Rica</source>
        <translation>كوستاريكا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>كوبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>الرأس الأخضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>كوراساو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>قبرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>التشيك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <translation>جيبوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>الدنمارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>جمهورية الدومينيكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>الإكوادور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>إستونيا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <translation>الصحراء الغربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <translation>إثيوبيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>فنلندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>فيجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>ميكرونيزيا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <translation>الغابون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>غرينادا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>جورجيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>غويانا الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>غانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>غامبيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>غينيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>غوادلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>غينيا الاستوائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>اليونان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>غواتيمالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>غوام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>غينيا بيساو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>غيانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>هونغ كونغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>هندوراس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>كرواتيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>هايتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>المجر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>آيسلندا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jersey</source>
        <translation>جيرزي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>جامايكا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kyrgyzstan</source>
        <translation>قيرغيزستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>كمبوديا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>كيريباتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>جزر القمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>كوريا الشمالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>كازاخستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>لاوس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <translation>سانت لوسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>سريلانكا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>ليبيريا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>ليسوتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>ليتوانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>لوكسمبورغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>لاتفيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>ليبيا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <translation>مولدوفا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>الجبل الأسود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>مدغشقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>مقدونيا الشمالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>مالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>ميانمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>منغوليا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>ماكاو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>مارتينيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>موريتانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>مالطا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>موريشيوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>جزر المالديف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>ملاوي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mozambique</source>
        <translation>موزمبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>ناميبيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>كاليدونيا الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>النيجر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <translation>نيكاراغوا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway</source>
        <translation>النرويج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>نيبال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>نيوزيلندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>بنما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <translation>بولينيزيا الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>بابوا غينيا الجديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poland</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>بورتوريكو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portugal</source>
        <translation>البرتغال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>باراغواي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>ريونيون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>رومانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>صربيا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <translation>رواندا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <translation>جزر سليمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>سيشل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>السودان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>السويد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>سلوفينيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>سلوفاكيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>سيراليون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>السنغال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>سورينام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>جنوب السودان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>ساو تومي وبرينسيبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>السلفادور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>إسواتيني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>تشاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>توغو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <translation>طاجيكستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>تيمور الشرقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>تركمانستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>تونغا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>ترينيداد وتوباغو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>تايوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>تنزانيا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <translation>أوغندا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <translation>الأوروغواي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>أوزبكستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>سانت فنسنت وجزر غرينادين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>فنزويلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanuatu</source>
        <translation>فانواتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>ساموا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>كوسوفو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>مايوت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <translation>زامبيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>زيمبابوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>درهم إماراتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghani</source>
        <translation>أفغاني أفغانستاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lek</source>
        <translation>ليك ألباني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian Dram</source>
        <translation>درام أرميني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwanza</source>
        <translation>كوانزا أنغولي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentine Peso</source>
        <translation>بيزو أرجنتيني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australian Dollar</source>
        <translation>دولار أسترالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruban Florin</source>
        <translation>فلورن أروبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan Manat</source>
        <translation>مانات أذربيجاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convertible Mark</source>
        <translation>مارك البوسنة والهرسك القابل للتحويل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados Dollar</source>
        <translation>دولار بربادوسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taka</source>
        <translation>تاكا بنغلاديشي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian Lev</source>
        <translation>ليف بلغاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahraini Dinar</source>
        <translation>دينار بحريني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi Franc</source>
        <translation>فرنك بوروندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Dollar</source>
        <translation>دولار بروناي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boliviano</source>
        <translation>بوليفيانو بوليفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazilian Real</source>
        <translation>ريال برازيلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamian Dollar</source>
        <translation>دولار بهامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngultrum</source>
        <translation>نغولترم بوتاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pula</source>
        <translation>بولا بوتسواني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian Ruble</source>
        <translation>روبل بيلاروسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize Dollar</source>
        <translation>دولار بليزي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian Dollar</source>
        <translation>دولار كندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congolese Franc</source>
        <translation>فرنك كونغولي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss Franc</source>
        <translation>فرنك سويسري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chilean Peso</source>
        <translation>بيزو تشيلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan Renminbi</source>
        <translation>يوان صيني (رنمينبي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombian Peso</source>
        <translation>بيزو كولومبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rican Colon</source>
        <translation>كولون كوستاريكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuban Peso</source>
        <translation>بيزو كوبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde Escudo</source>
        <translation>إسكودو الرأس الأخضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Koruna</source>
        <translation>كرونة تشيكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti Franc</source>
        <translation>فرنك جيبوتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Krone</source>
        <translation>كرونة دنماركية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Peso</source>
        <translation>بيزو دومينيكاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algerian Dinar</source>
        <translation>دينار جزائري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egyptian Pound</source>
        <translation>جنيه مصري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nakfa</source>
        <translation>ناكفا إريتري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopian Birr</source>
        <translation>بير إثيوبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>يورو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji Dollar</source>
        <translation>دولار فيجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound Sterling</source>
        <translation>جنيه إسترليني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lari</source>
        <translation>لاري جورجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana Cedi</source>
        <translation>سيدي غاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dalasi</source>
        <translation>دالاسي غامبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinean Franc</source>
        <translation>فرنك غيني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quetzal</source>
        <translation>كتزال غواتيمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana Dollar</source>
        <translation>دولار غياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong Dollar</source>
        <translation>دولار هونغ كونغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lempira</source>
        <translation>لمبيرا هندوراسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gourde</source>
        <translation>غورد هايتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forint</source>
        <translation>فورنت مجري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah</source>
        <translation>روبية إندونيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Israeli Sheqel</source>
        <translation>شيكل إسرائيلي جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Rupee</source>
        <translation>روبية هندية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraqi Dinar</source>
        <translation>دينار عراقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Rial</source>
        <translation>ريال إيراني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland Krona</source>
        <translation>كرونة آيسلندية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaican Dollar</source>
        <translation>دولار جامايكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordanian Dinar</source>
        <translation>دينار أردني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen</source>
        <translation>ين ياباني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenyan Shilling</source>
        <translation>شلن كيني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Som</source>
        <translation>سوم قيرغيزستاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riel</source>
        <translation>رييل كمبودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comorian Franc</source>
        <translation>فرنك جزر القمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korean Won</source>
        <translation>وون كوري شمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>وون كوري جنوبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwaiti Dinar</source>
        <translation>دينار كويتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenge</source>
        <translation>تينغ كازاخستاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao Kip</source>
        <translation>كيب لاوسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanese Pound</source>
        <translation>ليرة لبنانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka Rupee</source>
        <translation>روبية سريلانكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberian Dollar</source>
        <translation>دولار ليبيري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loti</source>
        <translation>لوتي ليسوتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libyan Dinar</source>
        <translation>دينار ليبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccan Dirham</source>
        <translation>درهم مغربي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldovan Leu</source>
        <translation>ليو مولدوفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy Ariary</source>
        <translation>أرياري مدغشقري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denar</source>
        <translation>دينار مقدوني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyat</source>
        <translation>كيات ميانماري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugrik</source>
        <translation>توغروغ منغولي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pataca</source>
        <translation>باتاكا ماكاوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouguiya</source>
        <translation>أوقية موريتانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius Rupee</source>
        <translation>روبية موريشيوسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rufiyaa</source>
        <translation>روفيه مالديفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi Kwacha</source>
        <translation>كواشا ملاوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexican Peso</source>
        <translation>بيزو مكسيكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysian Ringgit</source>
        <translation>رينغيت ماليزي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique Metical</source>
        <translation>متكال موزمبيقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia Dollar</source>
        <translation>دولار ناميبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naira</source>
        <translation>نيرة نيجيرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cordoba Oro</source>
        <translation>كوردوبا نيكاراغوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Krone</source>
        <translation>كرونة نرويجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepalese Rupee</source>
        <translation>روبية نيبالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand Dollar</source>
        <translation>دولار نيوزيلندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial Omani</source>
        <translation>ريال عماني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol</source>
        <translation>سول بيروفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kina</source>
        <translation>كينا بابوا غينيا الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippine Peso</source>
        <translation>بيزو فلبيني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan Rupee</source>
        <translation>روبية باكستانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zloty</source>
        <translation>زلوتي بولندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarani</source>
        <translation>غواراني باراغواي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatari Rial</source>
        <translation>ريال قطري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian Leu</source>
        <translation>ليو روماني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian Dinar</source>
        <translation>دينار صربي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>روبل روسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda Franc</source>
        <translation>فرنك رواندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Riyal</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands Dollar</source>
        <translation>دولار جزر سليمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles Rupee</source>
        <translation>روبية سيشلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudanese Pound</source>
        <translation>جنيه سوداني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish Krona</source>
        <translation>كرونة سويدية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore Dollar</source>
        <translation>دولار سنغافوري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leone</source>
        <translation>ليون سيراليوني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surinam Dollar</source>
        <translation>دولار سورينامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudanese Pound</source>
        <translation>جنيه جنوب سوداني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dobra</source>
        <translation>دوبرا ساو تومي وبرينسيبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syrian Pound</source>
        <translation>ليرة سورية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lilangeni</source>
        <translation>ليلانغيني إسواتيني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baht</source>
        <translation>بات تايلاندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somoni</source>
        <translation>سوموني طاجيكستاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan New Manat</source>
        <translation>مانات تركمانستاني جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisian Dinar</source>
        <translation>دينار تونسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa’anga</source>
        <translation>بانغا تونغي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>ليرة تركية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago Dollar</source>
        <translation>دولار ترينيداد وتوباغو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan Dollar</source>
        <translation>دولار تايواني جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzanian Shilling</source>
        <translation>شلن تنزاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hryvnia</source>
        <translation>هريفنيا أوكرانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda Shilling</source>
        <translation>شلن أوغندي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peso Uruguayo</source>
        <translation>بيزو أوروغواياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan Sum</source>
        <translation>سوم أوزبكستاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolívar Soberano</source>
        <translation>بوليفار سيادي فنزويلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dong</source>
        <translation>دونغ فيتنامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatu</source>
        <translation>فاتو فانواتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tala</source>
        <translation>تالا ساموي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BEAC</source>
        <translation>فرنك وسط أفريقي (BEAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Caribbean Dollar</source>
        <translation>دولار شرق الكاريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Guilder</source>
        <translation>غيلدر كاريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BCEAO</source>
        <translation>فرنك غرب أفريقي (BCEAO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFP Franc</source>
        <translation>فرنك CFP (فرنك المحيط الهادئ الفرنسي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemeni Rial</source>
        <translation>ريال يمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rand</source>
        <translation>راند جنوب أفريقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambian Kwacha</source>
        <translation>كواشا زامبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe Gold (ZiG)</source>
        <translation>ذهب زيمبابوي (ZiG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect customers&apos; mobile numbers and SMS consent at checkout and booking</source>
        <translation>اجمع أرقام جوالات العملاء وموافقتهم على رسائل SMS عند الدفع والحجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an SMS gateway account with prepaid credit and a ready outage message</source>
        <translation>افتح حسابًا لدى مزوّد رسائل SMS برصيد مسبق الدفع ورسالة انقطاع جاهزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare {payment} payment links to send by SMS</source>
        <translation>جهّز روابط دفع {payment} لإرسالها برسائل SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the fallback phone number on the shop door, receipts and website</source>
        <translation>اطبع رقم الهاتف البديل على باب المحل والإيصالات والموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up call forwarding to a second phone so that calls are answered at peak times</source>
        <translation>فعّل تحويل المكالمات إلى هاتف ثانٍ ليُرَدّ عليها في أوقات الذروة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a phone tree: who calls whom when WhatsApp is down</source>
        <translation>اكتب شجرة اتصال: من يتصل بمن حين يتوقف واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect email addresses and prepare an outage notice template</source>
        <translation>اجمع عناوين البريد الإلكتروني وجهّز نموذج إشعار بالانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a Telegram channel link on every receipt and order confirmation</source>
        <translation>انشر رابط قناة على تيليجرام في كل إيصال وتأكيد طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Telegram group for staff and drivers, everyone joined in advance</source>
        <translation>أنشئ مجموعة على تيليجرام للموظفين والسائقين، وأضِف الجميع إليها مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Signal group for staff, everyone joined in advance</source>
        <translation>أنشئ مجموعة على Signal للموظفين، وأضِف الجميع إليها مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Viber community and show its QR code at the counter and on receipts</source>
        <translation>افتح مجتمعًا على Viber واعرض رمز QR الخاص به عند صندوق الدفع وعلى الإيصالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a LINE Official Account and show its QR code at the counter</source>
        <translation>افتح حسابًا رسميًا على LINE واعرض رمز QR الخاص به عند صندوق الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Kakao Talk channel and show its QR code on receipts</source>
        <translation>افتح قناة على KakaoTalk واعرض رمز QR الخاص بها على الإيصالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WeChat Official Account and show its QR code at the counter</source>
        <translation>افتح حسابًا رسميًا على WeChat واعرض رمز QR الخاص به عند صندوق الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Zalo Official Account and show its QR code on receipts</source>
        <translation>افتح حسابًا رسميًا على Zalo واعرض رمز QR الخاص به على الإيصالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order and booking form to your website and link it from your profiles</source>
        <translation>أضف نموذج طلب وحجز إلى موقعك الإلكتروني وضع رابطه في حساباتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point customers to Instagram Direct as a second inbox</source>
        <translation>وجّه العملاء إلى رسائل إنستغرام المباشرة كصندوق وارد ثانٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link a Messenger inbox from your Facebook page</source>
        <translation>اربط صندوق وارد ماسنجر بصفحتك على فيسبوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers and consent let you text customers the moment WhatsApp fails</source>
        <translation>الأرقام والموافقات تتيح لك مراسلة العملاء برسائل SMS فور تعطّل واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prepaid gateway sends the outage message to everyone within minutes</source>
        <translation>حساب مسبق الدفع لدى مزوّد الرسائل يرسل رسالة الانقطاع إلى الجميع خلال دقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ready link collects the payment without WhatsApp</source>
        <translation>الرابط الجاهز يحصّل الدفعة دون واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who cannot reach you on WhatsApp call instead</source>
        <translation>العملاء الذين لا يصلون إليك عبر واتساب يتصلون بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second line keeps calls from going unanswered</source>
        <translation>الخط الثاني يضمن ألا تبقى المكالمات بلا رد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone knows whom to call within minutes</source>
        <translation>يعرف الجميع خلال دقائق بمن يتصلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email reaches customers who are online but cannot use WhatsApp</source>
        <translation>البريد الإلكتروني يصل إلى العملاء المتصلين بالإنترنت الذين لا يستطيعون استخدام واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who follow the channel get your updates and can message you</source>
        <translation>العملاء الذين يتابعون القناة يتلقون مستجداتك ويمكنهم مراسلتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team keeps talking as soon as WhatsApp fails</source>
        <translation>يبقى الفريق على تواصل فور تعطّل واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end-to-end encrypted group keeps the team talking</source>
        <translation>مجموعة مشفّرة من طرف إلى طرف تُبقي الفريق على تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber users follow the community and can message you</source>
        <translation>مستخدمو Viber يتابعون المجتمع ويمكنهم مراسلتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE friends of your account get messages and can book with you</source>
        <translation>أصدقاء حسابك على LINE يتلقون الرسائل ويمكنهم الحجز لديك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk friends of your channel can message you</source>
        <translation>أصدقاء قناتك على KakaoTalk يمكنهم مراسلتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers of your account can message and pay you</source>
        <translation>متابعو حسابك يمكنهم مراسلتك والدفع لك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo followers can message you</source>
        <translation>متابعوك على Zalo يمكنهم مراسلتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who look for you online can still order</source>
        <translation>العملاء الذين يبحثون عنك على الإنترنت يظلون قادرين على الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>رسائل إنستغرام المباشرة تعمل حين يتعطل واتساب وحده، لكنها تعتمد على البنية التحتية لشركة ميتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>ماسنجر يعمل حين يتعطل واتساب وحده، لكنه يعتمد على البنية التحتية لشركة ميتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a customer needs a private conversation</source>
        <translation>الرد على العميل يحتاج إلى محادثة خاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business account lets several staff answer and keeps history</source>
        <translation>حساب الأعمال يتيح لعدة موظفين الرد ويحفظ سجل المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders are taken in a private conversation</source>
        <translation>تُستقبل الطلبات في محادثة خاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogues and shared inboxes speed up order taking</source>
        <translation>الكتالوجات وصناديق الوارد المشتركة تسرّع استقبال الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a sale is easier where payment can follow</source>
        <translation>إتمام البيع أسهل حيث يمكن الدفع في المحادثة نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an in-app payment path collects money without another app</source>
        <translation>الدفع داخل التطبيق يحصّل المال دون الحاجة إلى تطبيق آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment link (Pix, UPI, card) can be sent in any private message</source>
        <translation>يمكن إرسال رابط دفع (Pix أو UPI أو بطاقة) في أي رسالة خاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team coordinates in a group large enough for all staff</source>
        <translation>ينسّق الفريق في مجموعة تتسع لكل الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager also needs to reach each person directly</source>
        <translation>يحتاج المدير أيضًا إلى التواصل مع كل فرد مباشرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders to suppliers go person to person</source>
        <translation>الطلبيات إلى الموردين تُرسل من شخص إلى شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some suppliers coordinate in groups</source>
        <translation>بعض الموردين ينسّقون في مجموعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broadcast reaches every follower at once</source>
        <translation>رسالة البث تصل إلى كل المتابعين دفعة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking and reminders are private conversations</source>
        <translation>الحجوزات والتذكيرات محادثات خاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic reminders need a business account</source>
        <translation>التذكيرات التلقائية تحتاج إلى حساب أعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers and customers confirm drop-offs one to one</source>
        <translation>السائقون والعملاء يؤكدون التسليم في محادثات فردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch groups keep drivers in step</source>
        <translation>مجموعات التوزيع تُبقي السائقين منسّقين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a business sends to handle one interaction on a fallback channel; multiplies the channel&apos;s price per message</source>
        <translation>عدد الرسائل التي ترسلها المنشأة لمعالجة تفاعل واحد على قناة بديلة؛ يُضرب في سعر الرسالة على القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a fallback&apos;s coverage to rise linearly from 0 to its full readiness once its activation delay has passed</source>
        <translation>الوقت اللازم لترتفع تغطية القناة البديلة خطيًا من ٠ إلى كامل جاهزيتها بعد انقضاء مهلة التحوّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness multiplier for channels with surge_risk during the first surge_hours of an outage that fails the whatsapp or meta layer</source>
        <translation>معامل تُضرب فيه جاهزية القنوات التي لها surge_risk خلال أول surge_hours من انقطاع يعطّل طبقة whatsapp أو meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the surge penalty lasts after an outage of whatsapp or meta starts. Evidence: &apos;slower Telegram in the Americas&apos; on 4 Oct 2021 (+70M sign-ups in a day); Signal&apos;s outage of 15 Jan 2021 under the privacy-policy surge; Telegram&apos;s SMS-code gateways overloaded by +1.5M Brazilian sign-ups within hours on 17 Dec 2015</source>
        <translation>مدة استمرار أثر الازدحام بعد بدء انقطاع في whatsapp أو meta. الأدلة: «تباطؤ تيليجرام في الأمريكتين» في ٤ أكتوبر ٢٠٢١ (أكثر من ٧٠ مليون تسجيل جديد في يوم واحد)؛ وانقطاع Signal في ١٥ يناير ٢٠٢١ تحت ضغط موجة التسجيل بعد تغيير سياسة خصوصية واتساب؛ وعجز بوابات رموز SMS لدى تيليجرام أمام أكثر من ١٫٥ مليون تسجيل برازيلي خلال ساعات في ١٧ ديسمبر ٢٠١٥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of log(duration) for a scenario whose category has fewer than min_duration_points usable durations in outages.csv; the median comes from the scenario</source>
        <translation>الانحراف المعياري لـ log(duration) لسيناريو لفئته في outages.csv مدد قابلة للاستخدام أقل من min_duration_points؛ أما الوسيط فيؤخذ من السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest usable durations a category needs before its own log-normal spread is fitted</source>
        <translation>أقل عدد من المدد القابلة للاستخدام تحتاجه الفئة ليُقدَّر لها تشتت لوغاريتمي طبيعي خاص بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year of the outage-history window used for yearly frequencies</source>
        <translation>السنة الأولى من فترة سجل الانقطاعات المستخدمة لحساب التكرار السنوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (inclusive) of the outage-history window used for yearly frequencies</source>
        <translation>السنة الأخيرة (ضمنًا) من فترة سجل الانقطاعات المستخدمة لحساب التكرار السنوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a government shutdown or block when neither the history nor the published counts give one</source>
        <translation>مدة القطع أو الحجب الحكومي حين لا يذكرها السجل ولا الأعداد المنشورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step of the impact simulation</source>
        <translation>الخطوة الزمنية لمحاكاة الأثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon of the impact simulation (one week)</source>
        <translation>المدى الزمني لمحاكاة الأثر (أسبوع واحد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in the GSM-7 alphabet</source>
        <translation>عدد الأحرف في رسالة SMS من جزء واحد بترميز GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part GSM-7 SMS</source>
        <translation>عدد الأحرف في كل جزء من رسالة SMS متعددة الأجزاء بترميز GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in UCS-2 (any character outside GSM-7, e.g. Arabic, Hindi)</source>
        <translation>عدد الأحرف في رسالة SMS من جزء واحد بترميز UCS-2 (أي حرف خارج GSM-7، مثل العربية والهندية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part UCS-2 SMS</source>
        <translation>عدد الأحرف في كل جزء من رسالة SMS متعددة الأجزاء بترميز UCS-2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach of any app channel among the business&apos;s own staff and drivers, who can be asked to install it</source>
        <translation>نسبة الوصول لأي قناة تطبيق بين موظفي المنشأة وسائقيها، إذ يمكن أن يُطلب منهم تثبيته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the one-off set-up time of a preparation step is spread when its yearly cost is computed</source>
        <translation>عدد السنوات التي يُوزَّع عليها وقت الإعداد لمرة واحدة لخطوة الاستعداد عند حساب تكلفتها السنوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a channel&apos;s lack of default end-to-end encryption lowers its score (0: not at all, 1: to zero)</source>
        <translation>مقدار ما يخفّضه غياب التشفير التلقائي من طرف إلى طرف من درجة القناة (٠: لا يخفّضها، ١: يجعلها صفرًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a high set-up effort lowers a channel&apos;s score (medium counts half)</source>
        <translation>مقدار ما يخفّضه الجهد الكبير للإعداد من درجة القناة (الجهد المتوسط يُحتسب نصفًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest bearable loss per outage given to a new plan whose functions put no revenue at stake (coordination only): one working day of the whole staff&apos;s cost, the same one-day horizon as the revenue-based tolerance</source>
        <translation>أقصى خسارة يمكن تحمّلها لانقطاع واحد تُعطى لخطة جديدة لا تعرّض عملياتها أي إيرادات للخطر (تنسيق فقط): تكلفة يوم عمل واحد لكل الموظفين، أي المدى نفسه (يوم واحد) المعتمد في حد التحمّل القائم على الإيرادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the recovery tail after an outage&apos;s announced end, over which the blocked share falls linearly to zero (regions coming back one by one, queued messages delivered late)</source>
        <translation>مدة فترة التعافي بعد النهاية المُعلَنة للانقطاع، تنخفض خلالها النسبة المتعطلة خطيًا حتى الصفر (مناطق تعود واحدة تلو الأخرى، ورسائل عالقة تُسلَّم متأخرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after service returns customers with a same-day need who heard of the outage stay with the arrangements they made elsewhere (the rest of the day: an evening, or the afternoon after a morning outage); also the scale on which the share who heard of it grows with the outage&apos;s length (1 - e^(-length / this))</source>
        <translation>المدة التي يبقى فيها الزبائن الذين يحتاجون إلى شيء في اليوم نفسه وسمعوا بالانقطاع على البديل الذي وجدوه في مكان آخر بعد عودة الخدمة (بقية اليوم: مساءٌ، أو ما بعد الظهر بعد انقطاع صباحي)؛ وهي أيضًا المقياس الذي تزداد به نسبة من سمعوا بالانقطاع مع طول مدته (1 - e^(-المدة / هذه القيمة))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>رسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor 0..1</source>
        <translation>معامل من ٠ إلى ١</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-hours</source>
        <translation>لوغاريتم الساعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages</source>
        <translation>انقطاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>أحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>نسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>سنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours per staff member</source>
        <translation>ساعات لكل موظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp-only outage (like 25 Oct 2022)</source>
        <translation>انقطاع واتساب وحده (مثل ٢٥ أكتوبر ٢٠٢٢)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage (like 4 Oct 2021)</source>
        <translation>انقطاع شامل لميتا (مثل ٤ أكتوبر ٢٠٢١)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long Meta outage (like 13 Mar 2019)</source>
        <translation>انقطاع طويل لميتا (مثل ١٣ مارس ٢٠١٩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National carrier outage (like AT&amp;T, 22 Feb 2024)</source>
        <translation>انقطاع مشغّل اتصالات وطني (مثل AT&amp;T، ‏٢٢ فبراير ٢٠٢٤)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government mobile-data shutdown</source>
        <translation>قطع حكومي لبيانات الجوال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>قطع حكومي للإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>حجب واتساب في البلاد (بقرار قضائي أو حكومي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: restaurants, bakeries, take-away, catering</source>
        <translation>الأغذية: مطاعم، مخابز، وجبات جاهزة، خدمات تموين الطعام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail: shops, fashion, pharmacies, online stores</source>
        <translation>البيع بالتجزئة: محلات، أزياء، صيدليات، متاجر إلكترونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health: clinics, doctors, dentists, laboratories</source>
        <translation>الصحة: عيادات، أطباء، أطباء أسنان، مختبرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: salons, repairs, cleaning, tutoring</source>
        <translation>الخدمات: صالونات تجميل، تصليح، تنظيف، دروس خصوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages; Messenger, Instagram and every other channel keep working.</source>
        <translation>يتوقف واتساب وحده عن إرسال الرسائل؛ ويستمر ماسنجر وإنستغرام وكل القنوات الأخرى في العمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Messenger, Instagram and Facebook fail together for hours, as on 4 Oct 2021.</source>
        <translation>تتعطل واتساب وماسنجر وإنستغرام وفيسبوك معًا لساعات، كما حدث في ٤ أكتوبر ٢٠٢١.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Meta apps fail for most of a day, as on 13-14 Mar 2019 (about 14 h).</source>
        <translation>تتعطل كل تطبيقات ميتا معظم اليوم، كما حدث في ١٣-١٤ مارس ٢٠١٩ (نحو ١٤ ساعة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile operator&apos;s network fails nationwide: calls, SMS and mobile data stop; apps on Wi-Fi and fixed lines keep working.</source>
        <translation>تتعطل شبكة مشغّل اتصالات في أنحاء البلاد: تتوقف المكالمات ورسائل SMS وبيانات الجوال، وتستمر التطبيقات العاملة عبر Wi-Fi والخطوط الثابتة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data: every messaging app stops on phones; SMS, voice and fixed internet keep working.</source>
        <translation>تقطع السلطات بيانات الجوال: تتوقف كل تطبيقات المراسلة على الهواتف، وتستمر رسائل SMS والمكالمات والإنترنت الثابت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut all internet access, mobile and fixed: every app and web channel stops; SMS and voice calls keep working.</source>
        <translation>تقطع السلطات كل وصول إلى الإنترنت، عبر الجوال والخطوط الثابتة: تتوقف كل التطبيقات وقنوات الويب، وتستمر رسائل SMS والمكالمات الصوتية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court or the government orders WhatsApp blocked in one country, as in Brazil in Dec 2015, May 2016 and Jul 2016; every other app keeps working.</source>
        <translation>تأمر محكمة أو الحكومة بحجب واتساب في بلد واحد، كما حدث في البرازيل في ديسمبر ٢٠١٥ ومايو ٢٠١٦ ويوليو ٢٠١٦؛ وتستمر كل التطبيقات الأخرى في العمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>خدمة العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>الطلبات والمبيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>تنسيق الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>التنسيق مع الموردين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>الرسائل التسويقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>التوصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family bakery in Ramallah that takes cake and catering orders, answers customers and dispatches deliveries on WhatsApp; customers all in Palestine, prices in shekels.</source>
        <translation>مخبز عائلي في رام الله يستقبل طلبات الكعك والضيافة، ويجيب العملاء ويرسل التوصيلات عبر واتساب؛ كل العملاء في فلسطين، والأسعار بالشيكل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family clinic in Mumbai that books appointments, sends lab reports and collects UPI payments on WhatsApp; patients all in India, amounts in rupees.</source>
        <translation>عيادة عائلية في مومباي تحجز المواعيد وترسل نتائج المختبر وتحصّل المدفوعات عبر UPI على واتساب؛ كل المرضى في الهند، والمبالغ بالروبية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online fashion shop in São Paulo that sells, sends Pix payment links and runs broadcast lists on WhatsApp, with Instagram as its shop window; losses counted as lost margin.</source>
        <translation>متجر أزياء إلكتروني في ساو باولو يبيع ويرسل روابط الدفع عبر Pix ويدير قوائم البث على واتساب، وإنستغرام واجهته؛ والخسائر محسوبة كهامش ربح ضائع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages for about two hours, as on 25 October 2022; Instagram, Messenger and every other channel keep working.</source>
        <translation>يتوقف واتساب وحده عن إرسال الرسائل لنحو ساعتين، كما حدث في ٢٥ أكتوبر ٢٠٢٢؛ ويبقى إنستغرام وماسنجر وكل القنوات الأخرى تعمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp stops sending</source>
        <translation>توقّف واتساب عن إرسال الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick; Instagram and Facebook still work. Is this our phones, our internet, or WhatsApp? Who decides to declare the outage?</source>
        <translation>تبقى الرسائل بعلامة صح واحدة، وما زال إنستغرام وفيسبوك يعملان. هل المشكلة في هواتفنا، أم في الإنترنت لدينا، أم في واتساب؟ ومن يقرر إعلان الانقطاع؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers ask on Instagram</source>
        <translation>العملاء يسألون على إنستغرام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who follow you on Instagram ask there why you do not answer on WhatsApp. Who answers them, and what do you tell the customers who are not on Instagram?</source>
        <translation>العملاء الذين يتابعونك على إنستغرام يسألون هناك لماذا لا ترد على واتساب. من يرد عليهم، وماذا تقول للعملاء غير الموجودين على إنستغرام؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service restored</source>
        <translation>عودة الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp works again. Messages sent during the outage arrive in a rush. Who answers them first?</source>
        <translation>عاد واتساب للعمل. والرسائل التي أُرسلت أثناء الانقطاع تصل دفعة واحدة. من يرد عليها أولًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage, hour by hour (like 4 Oct 2021)</source>
        <translation>انقطاع شامل لميتا، ساعة بساعة (مثل ٤ أكتوبر ٢٠٢١)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram, Messenger and Facebook stop together for about six hours, as on 4 October 2021 from 15:39 UTC. Telegram slows under a sign-up surge, a customer disputes a payment, the mobile network fails too, and WhatsApp comes back partly, with messages arriving late.</source>
        <translation>تتوقف واتساب وإنستغرام وماسنجر وفيسبوك معًا لنحو ست ساعات، كما حدث في ٤ أكتوبر ٢٠٢١ بدءًا من الساعة ١٥:٣٩ بتوقيت UTC. ويتباطأ تيليجرام تحت ضغط موجة التسجيل، ويعترض عميل على دفعة، وتتعطل شبكة الجوال أيضًا، ثم يعود واتساب جزئيًا وتصل الرسائل متأخرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook stop</source>
        <translation>توقّف واتساب وإنستغرام وفيسبوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick. Instagram and Facebook do not load either. Staff ask in the shop whether their phones are broken. Who confirms the outage, and how?</source>
        <translation>تبقى الرسائل بعلامة صح واحدة. ولا يفتح إنستغرام ولا فيسبوك أيضًا. ويسأل الموظفون في المحل إن كانت هواتفهم معطّلة. من يتأكد من الانقطاع، وكيف؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers cannot order</source>
        <translation>العملاء لا يستطيعون الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three regular customers phone the shop: their orders on WhatsApp did not go through. Who answers the phone, and where are the orders written down?</source>
        <translation>ثلاثة عملاء دائمين يتصلون بالمحل: طلباتهم عبر واتساب لم تصل. من يرد على الهاتف، وأين تُدوَّن الطلبات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram slows under a sign-up surge</source>
        <translation>تباطؤ تيليجرام تحت ضغط موجة التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millions of people sign up to Telegram at once, as on 4 October 2021 (70 million in one day). Verification codes arrive late; some customers cannot join your Telegram channel for an hour.</source>
        <translation>ملايين الأشخاص يسجّلون في تيليجرام في وقت واحد، كما حدث في ٤ أكتوبر ٢٠٢١ (٧٠ مليونًا في يوم واحد). تصل رموز التحقق متأخرة، ولا يتمكن بعض العملاء من الانضمام إلى قناتك على تيليجرام لمدة ساعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer disputes a payment made during the outage</source>
        <translation>عميل يعترض على دفعة تمّت أثناء الانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer says she paid by bank transfer an hour ago, but nobody can see the WhatsApp message with her receipt. How is the payment checked, and who decides whether to hand over the goods?</source>
        <translation>تقول عميلة إنها دفعت بتحويل مصرفي قبل ساعة، لكن لا أحد يستطيع رؤية رسالة واتساب التي فيها إيصالها. كيف يُتحقَّق من الدفعة، ومن يقرر تسليم البضاعة أو عدمه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile network fails too</source>
        <translation>تعطّل شبكة الجوال أيضًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One operator&apos;s mobile network drops in your area: calls and SMS to half of your customers fail for forty minutes. Which channel still reaches them?</source>
        <translation>تنقطع شبكة الجوال لدى أحد المشغّلين في منطقتك: تفشل المكالمات ورسائل SMS إلى نصف عملائك لمدة أربعين دقيقة. أي قناة لا تزال تصل إليهم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp returns partly; messages arrive late</source>
        <translation>عودة جزئية لواتساب؛ الرسائل تصل متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some phones receive WhatsApp messages again, hours late and out of order. Customers who ordered elsewhere send the same order on WhatsApp. How are duplicate orders avoided?</source>
        <translation>بعض الهواتف تستقبل رسائل واتساب من جديد، متأخرة ساعات وبغير ترتيبها. والعملاء الذين طلبوا عبر قناة أخرى يرسلون الطلب نفسه على واتساب. كيف تتجنب تكرار الطلبات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook work again for everyone. Who stands down, and what does the team do first?</source>
        <translation>عاد واتساب وإنستغرام وفيسبوك للعمل لدى الجميع. من يُنهي حالة الانقطاع، وما أول ما يفعله الفريق؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customers&apos; main mobile operator fails nationwide: calls, SMS and mobile data stop, so WhatsApp stops on their phones too, as with AT&amp;T on 22 February 2024. Most phones reconnect after about two hours; congestion lasts most of the day.</source>
        <translation>يتعطل مشغّل الاتصالات الرئيسي لدى عملائك على مستوى البلاد: تتوقف المكالمات ورسائل SMS وبيانات الجوال، فيتوقف واتساب على هواتفهم أيضًا، كما حدث مع AT&amp;T في ٢٢ فبراير ٢٠٢٤. تعود معظم الهواتف إلى الاتصال بعد نحو ساعتين، ويستمر الازدحام معظم اليوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones show no signal</source>
        <translation>الهواتف بلا إشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff phones on one operator show SOS only; WhatsApp, calls and SMS fail on them. Phones on another operator and on Wi-Fi still work. Who has a working line?</source>
        <translation>هواتف الموظفين على أحد المشغّلين لا تعرض إلا SOS، ويتعطل عليها واتساب والمكالمات ورسائل SMS. أما الهواتف على مشغّل آخر أو المتصلة بشبكة Wi-Fi فما زالت تعمل. من لديه خط يعمل؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers on Wi-Fi only</source>
        <translation>عملاء متصلون عبر Wi-Fi فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at home on Wi-Fi still write on WhatsApp; those outside cannot. Which orders are you missing, and how will you know?</source>
        <translation>العملاء في منازلهم على شبكة Wi-Fi ما زالوا يكتبون على واتساب، أما من هم خارجها فلا يستطيعون. ما الطلبات التي تفوتك، وكيف ستعرف ذلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, slowly</source>
        <translation>معظم الهواتف تعود للاتصال، ببطء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, but calls drop and messages are slow for hours. Do you keep the fallback running?</source>
        <translation>تعود معظم الهواتف إلى الاتصال، لكن المكالمات تنقطع والرسائل بطيئة لساعات. هل تُبقي القناة البديلة قيد العمل؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier delivery not confirmed</source>
        <translation>موعد توصيل المورّد غير مؤكد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s driver cannot confirm today&apos;s delivery time. Who decides whether to close the kitchen early?</source>
        <translation>سائق المورّد لا يستطيع تأكيد موعد توصيل اليوم. من يقرر إغلاق المطبخ مبكرًا أو عدمه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network fully restored</source>
        <translation>عودة الشبكة بالكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator announces full restoration and a credit for customers. Who stands down?</source>
        <translation>يعلن المشغّل عودة الخدمة بالكامل ورصيدًا تعويضيًا لعملائه. من يُنهي حالة الانقطاع؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data for three days: every messaging app stops on phones, while SMS, voice calls and fixed internet keep working.</source>
        <translation>تقطع السلطات بيانات الجوال لمدة ثلاثة أيام: تتوقف كل تطبيقات المراسلة على الهواتف، بينما تبقى رسائل SMS والمكالمات الصوتية والإنترنت الثابت تعمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data stops nationwide</source>
        <translation>توقف بيانات الجوال على مستوى البلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app stops on phones; SMS and calls work; the shop&apos;s fixed internet works. Who declares the outage, and on which channel is the team told?</source>
        <translation>يتوقف كل تطبيق على الهواتف، وتعمل رسائل SMS والمكالمات، ويعمل الإنترنت الثابت في المحل. من يعلن الانقطاع، وعبر أي قناة يُبلَّغ الفريق؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers do not know where to order</source>
        <translation>العملاء لا يعرفون أين يطلبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular customers phone the shop, busy at peak time. How do you tell everyone at once that orders are taken by SMS and phone?</source>
        <translation>العملاء الدائمون يتصلون بالمحل في وقت الذروة والعمل في أوجه. كيف تبلغ الجميع دفعة واحدة أن الطلبات تُستقبل عبر SMS والهاتف؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shutdown is extended</source>
        <translation>تمديد القطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorities say the shutdown continues for two more days. Which staff come in, and how are shifts arranged without the staff group?</source>
        <translation>تعلن السلطات أن القطع سيستمر يومين آخرين. من يحضر من الموظفين إلى العمل، وكيف تُنظَّم المناوبات دون مجموعة الموظفين؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments pile up</source>
        <translation>تراكم المدفوعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who usually pay with a link from WhatsApp ask how to pay. What do you accept, and how is each payment recorded?</source>
        <translation>العملاء الذين يدفعون عادةً عبر رابط يصلهم على واتساب يسألون كيف يدفعون. ما الذي تقبله، وكيف تُسجَّل كل دفعة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data restored</source>
        <translation>عودة بيانات الجوال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data returns. Three days of WhatsApp messages arrive at once. Who answers them, and in which order?</source>
        <translation>تعود بيانات الجوال. وتصل رسائل واتساب المتراكمة طوال ثلاثة أيام دفعة واحدة. من يرد عليها، وبأي ترتيب؟</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+68"/>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium to high</source>
        <translation>متوسطة إلى عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low to medium</source>
        <translation>منخفضة إلى متوسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>مشتقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>افتراضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (no source measures it)</source>
        <translation>مفترَض (لا يقيسه أي مصدر)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not rated</source>
        <translation>غير مقيّمة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/reference_table.py" line="+87"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>الموثوقية</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../continuity_app/gui/models/refusal.py" line="+33"/>
        <source>{label}: low, likely and high must go up: you typed {typed} (for example {example}).</source>
        <translation>{label}: يجب أن تتصاعد القيم الأدنى والمرجّحة والأعلى: كتبت {typed} (مثلًا {example}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} must be more than {low} and at most {high}; you typed {typed}.</source>
        <translation>يجب أن تكون قيمة {label} أكثر من {low} ولا تزيد على {high}؛ كتبت {typed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be from {low} to {high}; you typed {typed}.</source>
        <translation>يجب أن تكون قيمة {label} من {low} إلى {high}؛ كتبت {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be more than {low}; you typed {typed}.</source>
        <translation>يجب أن تكون قيمة {label} أكثر من {low}؛ كتبت {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {low} or more; you typed {typed}.</source>
        <translation>يجب أن تكون قيمة {label} {low} أو أكثر؛ كتبت {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {high} or less; you typed {typed}.</source>
        <translation>يجب أن تكون قيمة {label} {high} أو أقل؛ كتبت {typed}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} cannot be left empty: {reason}</source>
        <translation>لا يمكن ترك {label} فارغًا: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{typed}” was not used: {reason}</source>
        <translation>{label}: لم تُستخدم القيمة «{typed}»: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type one number, or low – likely – high (for example 40 – 60 – 90).</source>
        <translation>اكتب رقمًا واحدًا، أو أدنى – مرجّح – أعلى (مثل ٤٠ – ٦٠ – ٩٠).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type one number.</source>
        <translation>اكتب رقمًا واحدًا.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/results_page.py" line="+155"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it strikes while open:</source>
        <translation>إذا وقع الانقطاع خلال ساعات العمل:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scenario:</source>
        <translation>ال&amp;سيناريو:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario shown in the charts and table</source>
        <translation>السيناريو المعروض في الرسوم البيانية والجدول</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact over time</source>
        <translation>الأثر مع مرور الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By function</source>
        <translation>حسب العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per year</source>
        <translation>الخسارة في السنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: loss over outage duration</source>
        <translation>رسم بياني: الخسارة حسب مدة الانقطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by function</source>
        <translation>رسم بياني: الخسارة حسب العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by category</source>
        <translation>رسم بياني: الخسارة حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: chance of a yearly loss</source>
        <translation>رسم بياني: احتمال الخسارة السنوية</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{p50} usually, {p90} one time in 10, {p99} one time in 100</source>
        <translation>{p50} عادةً، و{p90} مرة من كل ١٠، و{p99} مرة من كل ١٠٠</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad year (1 in 100)</source>
        <translation>{p50} في سنة معتادة، و{p90} في سنة سيئة (مرة من كل ١٠)، و{p99} في سنة سيئة جدًا (مرة من كل ١٠٠)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing to show yet: add what your customers do on WhatsApp on the Functions page, and what an outage would cost appears here.</source>
        <translation>لا يوجد ما يُعرض بعد: أضف في صفحة العمليات ما يفعله عملاؤك عبر واتساب، فتظهر هنا تكلفة الانقطاع.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 if it strikes while the business is open (%3, its typical length); %4 on average over every hour of the week and every length (the yearly figure is built from this average); worst if it starts on %5 at %6 (%7).</source>
        <translation>السيناريو «%1»: %2 إذا وقع خلال ساعات العمل (%3، مدته المعتادة)؛ و%4 في المتوسط على كل ساعات الأسبوع وكل المدد (ومن هذا المتوسط يُبنى الرقم السنوي)؛ والأسوأ إذا بدأ يوم %5 الساعة %6 (%7).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>While open</source>
        <translation>خلال ساعات العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average outage</source>
        <translation>متوسط الانقطاع</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export &amp;PNG…</source>
        <translation>تصدير &amp;PNG…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{term}:</source>
        <translation>{term}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One outage costs:</source>
        <translation>تكلفة الانقطاع الواحد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year of outages costs:</source>
        <translation>تكلفة سنة من الانقطاعات:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export S&amp;VG…</source>
        <translation>تصدير S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss by function in the chosen scenario</source>
        <translation>الخسارة حسب العملية في السيناريو المختار</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1”, of typical length (%2), striking while the business is open: the figure to plan for. Averaged over every hour of the week and every length, it costs %3.</source>
        <translation>السيناريو «%1» بمدته المعتادة (%2) إذا وقع والمنشأة مفتوحة: الرقم الذي يُخطَّط على أساسه. وفي المتوسط على كل ساعات الأسبوع وكل المدد يكلّف %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1, “%2” striking while the business is open costs more than the %3 the business can bear.</source>
        <translation>بعد %1، يكلّف «%2» إذا وقع خلال ساعات العمل أكثر من %3، وهو أقصى ما تتحمّله المنشأة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>simulating…</source>
        <translation>جارٍ المحاكاة…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missed for %2</source>
        <translation>%1: لم يتحقق لمدة %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reached after %2</source>
        <translation>%1: تحقق بعد %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/review_view.py" line="+96"/>
        <source>After-action review of the exercise</source>
        <translation>مراجعة ما بعد التمرين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-action review of the outage</source>
        <translation>مراجعة ما بعد الانقطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings against the plan</source>
        <translation>التوقيتات مقارنةً بالخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan expects</source>
        <translation>المتوقع في الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It took</source>
        <translation>المدة الفعلية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was not done</source>
        <translation>ما لم يُنجَز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks for the action plan</source>
        <translation>مهام المتابعة لخطة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF…</source>
        <translation>حفظ التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the follow-up tasks and the record of this run to the plan</source>
        <translation>إضافة مهام المتابعة وتسجيل ما جرى إلى الخطة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started on %1 at %2 UTC; it lasted %3.</source>
        <translation>بدأ في %1 الساعة %2 بتوقيت UTC، واستمر %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Later than the plan expects, or never done.</source>
        <translation>متأخر عمّا تتوقعه الخطة، أو لم يُنجَز أبدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step was done.</source>
        <translation>لا شيء: أُنجزت كل الخطوات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: every switch was made.</source>
        <translation>لا مهام: تمّ الانتقال إلى كل القنوات البديلة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the plan: the follow-up tasks (%1), the record of this run and its date as the plan&apos;s review date. Undo takes them back; save the plan to keep them.</source>
        <translation>أُضيفت إلى الخطة: مهام المتابعة (%1)، وتسجيل ما جرى هذه المرة، وتاريخه موعدًا لآخر مراجعة للخطة. يُلغيها التراجع؛ احفظ الخطة للاحتفاظ بها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved: %1</source>
        <translation>تعذّر حفظ التقرير: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is saved as %1.</source>
        <translation>حُفظ التقرير في الملف %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+74"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does during an outage.</source>
        <translation>ما يقوم به هذا الشخص أثناء الانقطاع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder</source>
        <translation>شاغل الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who normally takes this role.</source>
        <translation>من يتولى هذا الدور عادةً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate</source>
        <translation>النائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who steps in when the holder cannot be reached.</source>
        <translation>من يحل محل شاغل الدور إذا تعذّر الوصول إليه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s phone number (not WhatsApp).</source>
        <translation>رقم هاتف شاغل الدور (ليس واتساب).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate&apos;s phone</source>
        <translation>هاتف النائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alternate&apos;s phone number.</source>
        <translation>رقم هاتف النائب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duties</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this role does once an outage is declared.</source>
        <translation>ما يقوم به هذا الدور بعد إعلان الانقطاع.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../continuity_app/core/scenarios.py" line="+179"/>
        <source>length unknown</source>
        <translation>المدة غير معروفة</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <location line="+143"/>
        <location line="+56"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n انقطاع</numerusform>
            <numerusform>انقطاع واحد</numerusform>
            <numerusform>انقطاعان</numerusform>
            <numerusform>%n انقطاعات</numerusform>
            <numerusform>%n انقطاعًا</numerusform>
            <numerusform>%n انقطاع</numerusform>
        </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>{event_count} in {years} years: {how_often}</source>
        <translation>{event_count} خلال {years} سنة: {how_often}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Events: {events}.</source>
        <translation>الأحداث: {events}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lengths from these events: {events}.</source>
        <translation>المدد مأخوذة من هذه الأحداث: {events}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model follows an outage for one week at most, so {hours} h are counted</source>
        <translation>يتابع النموذج الانقطاع أسبوعًا واحدًا على الأكثر، لذا تُحسب {hours} س</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outage history holds no event of this kind, so the app&apos;s stated defaults apply: {how_often}, {duration} h typical length (listed with their sources on the Sources page).</source>
        <translation>لا يحوي سجل الانقطاعات أي حدث من هذا النوع، لذا تُطبَّق القيم الافتراضية المعلنة في التطبيق: {how_often}، ومدة معتادة {duration} س (مدرجة مع مصادرها في صفحة المصادر).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{country}: {event_count} from {first} to {last}: {how_often}</source>
        <translation>الدولة {country}: {event_count} من {first} إلى {last}: {how_often}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: no nationwide government shutdown of this kind recorded from {first} to {last}, so none is expected; change the frequency if the risk has grown</source>
        <translation>الدولة {country}: لم يُسجَّل أي قطع حكومي شامل من هذا النوع من {first} إلى {last}، لذا لا يُتوقع حدوثه؛ غيّر التكرار إن كان الخطر قد ازداد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{country}: no count of its own is published, so the world rate applies: {event_count} in {years} years across {countries}, so in one country {how_often}</source>
        <translation>الدولة {country}: لا يُنشر لها عدد خاص بها، لذا يُطبَّق المعدل العالمي: {event_count} خلال {years} سنة في {countries}، أي في الدولة الواحدة {how_often}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weighted by the plan&apos;s countries: {how_often}</source>
        <translation>مرجّحًا حسب دول الخطة: {how_often}</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n دولة</numerusform>
            <numerusform>دولة واحدة</numerusform>
            <numerusform>دولتين</numerusform>
            <numerusform>%n دول</numerusform>
            <numerusform>%n دولة</numerusform>
            <numerusform>%n دولة</numerusform>
        </translation>
    </message>
    <message>
        <location line="-170"/>
        <source>{sentence}. {next}</source>
        <translation>{sentence}. {next}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; the spread of their logarithms is {sigma}</source>
        <translation>المدة المعتادة = وسيط المدد المعروفة ({known}) = {duration} س؛ تشتّت لوغاريتماتها {sigma}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>المدة المعتادة = وسيط المدد المعروفة ({known}) = {duration} س؛ المدد المعروفة أقل من أن يُقاس تشتّتها، لذا تُطبَّق القيمة الافتراضية المُعلَنة {sigma}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No length is known, so the stated default of {duration} h applies; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>لا تُعرف أي مدة، لذا تُطبَّق القيمة الافتراضية المُعلَنة {duration} س؛ المدد المعروفة أقل من أن يُقاس تشتّتها، لذا تُطبَّق القيمة الافتراضية المُعلَنة {sigma}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{country} also had {event_count} that hit only one region (regional shutdowns) from {first} to {last}; they are not counted, so raise the frequency if your region is among those affected</source>
        <translation>سُجّل في {country} أيضًا {event_count} اقتصرت على منطقة واحدة (انقطاعات إقليمية) من {first} إلى {last}؛ وهي غير محتسبة، لذا ارفع التكرار إذا كانت منطقتك من المناطق المتأثرة</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How often this happens depends on the business&apos;s countries: it is counted for each country when a plan gives them</source>
        <translation>يعتمد تكرار هذا الانقطاع على دول المنشأة: يُحسب لكل دولة حين تحددها الخطة</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="-89"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this kind of outage.</source>
        <translation>اسم لهذا النوع من الانقطاع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What fails</source>
        <translation>ما يتعطل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The infrastructure that stops working; every channel on it fails.</source>
        <translation>البنية التحتية التي تتوقف عن العمل؛ وتتعطل كل قناة تعتمد عليها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration (h)</source>
        <translation>المدة (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length of one outage, hours.</source>
        <translation>المدة المعتادة للانقطاع الواحد، بالساعات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many such outages to expect in a year. Double-click to type it as a number per year: 0.5 is once every two years, 4 is four times a year.</source>
        <translation>كم انقطاعًا من هذا النوع يُتوقع في السنة. انقر مرتين لتكتبه عددًا في السنة: ٠٫٥ تعني مرة كل سنتين، و٤ تعني أربع مرات في السنة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="+134"/>
        <source>Outages per year</source>
        <translation>الانقطاعات في السنة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the scenario a name.</source>
        <translation>اكتب اسمًا للسيناريو.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+13"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pinned start time, or any time of the week (losses averaged).</source>
        <translation>وقت بدء محدد، أو أي وقت من الأسبوع (بمتوسط الخسائر).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="-33"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/scenarios_page.py" line="+236"/>
        <location line="+16"/>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Say how often at least one scenario happens in a year.</source>
        <translation>حدّد كم مرة يحدث سيناريو واحد على الأقل في السنة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outages this plan prepares for. Presets take their frequency and length from the outage history below; a channel keeps working in a scenario only when nothing it depends on fails. Double-click a name, duration or frequency to change it.</source>
        <translation>الانقطاعات التي تستعد لها هذه الخطة. تأخذ السيناريوهات الجاهزة تكرارها ومدتها من سجل الانقطاعات أدناه؛ ولا تستمر القناة في العمل ضمن سيناريو إلا إذا لم يتعطل شيء تعتمد عليه. انقر نقرًا مزدوجًا على الاسم أو المدة أو التكرار لتغييره.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add preset</source>
        <translation>إضافة سيناريو جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outage scenario derived from the history.</source>
        <translation>إضافة سيناريو انقطاع مستمد من السجل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add preset scenario</source>
        <translation>إضافة سيناريو جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom scenario</source>
        <translation>إضافة سيناريو مخصّص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario whose numbers you set yourself.</source>
        <translation>إضافة سيناريو تحدد أرقامه بنفسك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected scenario from the plan.</source>
        <translation>إزالة السيناريو المحدد من الخطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scenario</source>
        <translation>إزالة السيناريو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected scenario</source>
        <translation>السيناريو المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What fails (hover for details):</source>
        <translation>&amp;ما يتعطل (مرّر المؤشر للتفاصيل):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed infrastructure layers</source>
        <translation>طبقات البنية التحتية المتعطلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin the start time</source>
        <translation>&amp;تحديد وقت البدء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a pinned start the loss is averaged over every hour of the week, and the worst start is reported beside it.</source>
        <translation>دون وقت بدء محدد تُحسب الخسارة كمتوسط على كل ساعات الأسبوع، ويُعرض أسوأ وقت بدء إلى جانبها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start weekday</source>
        <translation>يوم البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the numbers come from</source>
        <translation>من أين تأتي الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>سجل الانقطاعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed</source>
        <translation>ما تعطّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (h)</source>
        <translation>المدة (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every preset is in the plan</source>
        <translation>كل السيناريوهات الجاهزة موجودة في الخطة</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only one kind of outage so far: add the others with Add preset (a Meta-wide outage, a phone network outage, a government shutdown) to see what each would cost.</source>
        <translation>لا يوجد حتى الآن سوى نوع واحد من الانقطاع: أضف الأنواع الأخرى بزر «إضافة سيناريو جاهز» (انقطاع شامل لخدمات ميتا، انقطاع شبكة الهاتف، قطع حكومي) لترى تكلفة كل منها.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A custom scenario: its frequency and duration are yours. Fails: %1.</source>
        <translation>سيناريو مخصّص: تكراره ومدته من تحديدك. يتعطل فيه: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: {source} (confidence: {confidence}).</source>
        <translation>المصدر: {source} (درجة الموثوقية: {confidence}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A scenario needs at least one layer that fails.</source>
        <translation>يحتاج السيناريو إلى طبقة متعطلة واحدة على الأقل.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Outage history (%n event(s))</source>
        <translation>
            <numerusform>سجل الانقطاعات (%n انقطاع)</numerusform>
            <numerusform>سجل الانقطاعات (انقطاع واحد)</numerusform>
            <numerusform>سجل الانقطاعات (انقطاعان)</numerusform>
            <numerusform>سجل الانقطاعات (%n انقطاعات)</numerusform>
            <numerusform>سجل الانقطاعات (%n انقطاعًا)</numerusform>
            <numerusform>سجل الانقطاعات (%n انقطاع)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show outage history</source>
        <translation>عرض سجل الانقطاعات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of the modelled layers</source>
        <translation>لا شيء من الطبقات التي يشملها النموذج</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../continuity_app/selftest.py" line="+60"/>
        <source>note: no display answers at {displays}; the window is checked offscreen.</source>
        <translation>ملاحظة: لا تستجيب أي شاشة على {displays}؛ لذا تُفحص النافذة دون شاشة (offscreen).</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../continuity_app/gui/app.py" line="+115"/>
        <source>The unsaved changes could not be written to the recovery folder: the window asks whether to save them. Press Ctrl+C again to quit without them.</source>
        <translation>تعذّرت كتابة التغييرات غير المحفوظة في مجلد الاستعادة: ستسألك النافذة هل تريد حفظها. اضغط Ctrl+C مرة أخرى للخروج دونها.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_page.py" line="+91"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every figure the model uses, with where it comes from and how far it can be trusted. Figures marked &apos;default&apos; are stated assumptions, not measurements: change them in your plan where you know better. &apos;Derived&apos; figures are computed from the others (for example from the outage history).</source>
        <translation>كل رقم يستخدمه النموذج، مع مصدره ومدى الثقة به. الأرقام المُعلَّمة «افتراضية» افتراضات مُعلَنة وليست قياسات: غيّرها في خطتك حيث تعرف أفضل. والأرقام «المشتقة» محسوبة من غيرها (مثلًا من سجل الانقطاعات).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter:</source>
        <translation>تصفية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to show only matching rows in every tab</source>
        <translation>اكتب لعرض الصفوف المطابقة فقط في كل التبويبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the reference tables</source>
        <translation>تصفية الجداول المرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the selected row</source>
        <translation>مصدر الصف المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy source</source>
        <translation>نسخ المصدر</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Source of the selected row (confidence: %1):</source>
        <translation>مصدر الصف المحدد (الموثوقية: %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the selected row:</source>
        <translation>مصدر الصف المحدد:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage by country</source>
        <translation>الاستخدام حسب الدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>سجل الانقطاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country figures</source>
        <translation>أرقام الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="+274"/>
        <source>Blocked apps</source>
        <translation>التطبيقات المحجوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data coverage</source>
        <translation>تغطية البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelling defaults</source>
        <translation>افتراضات النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer behaviour</source>
        <translation>سلوك العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdowns and carrier outages</source>
        <translation>القطع الحكومي وانقطاعات مشغّلي الاتصالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario presets</source>
        <translation>السيناريوهات الجاهزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps</source>
        <translation>خطوات الاستعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function needs</source>
        <translation>احتياجات العمليات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure layers</source>
        <translation>طبقات البنية التحتية</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="-213"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <location line="+319"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>تعتمد على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works without mobile data</source>
        <translation>تعمل دون بيانات الجوال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end encrypted</source>
        <translation>مشفّرة بين الطرفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per message (USD)</source>
        <translation>تكلفة الرسالة (دولار أمريكي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up effort</source>
        <translation>جهد الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slows under sign-up surges</source>
        <translation>تتباطأ عند ازدحام التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
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
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was measured</source>
        <translation>ما تم قياسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Used by the model</source>
        <translation>يستخدمه النموذج</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-96"/>
        <source>worldwide</source>
        <translation>عالمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>one country</source>
        <translation>دولة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>البداية (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Failed layers</source>
        <translation>الطبقات المتعطلة</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Duration (h)</source>
        <translation>المدة (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the duration</source>
        <translation>عن المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Assumption</source>
        <translation>الافتراض</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+85"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What it measures</source>
        <translation>ما يقيسه</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>ما المحجوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole app</source>
        <translation>التطبيق كله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its calls</source>
        <translation>مكالماته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down, not blocked</source>
        <translation>سرعته مقيّدة، غير محجوب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in force</source>
        <translation>ما زال ساريًا</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apps with a usage figure</source>
        <translation>التطبيقات التي لها رقم استخدام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest figure</source>
        <translation>أقدم رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest figure</source>
        <translation>أحدث رقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>متوفر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted from the other tabs: each figure keeps its own source there.</source>
        <translation>محسوبة من التبويبات الأخرى: لكل رقم مصدره الخاص هناك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind of function</source>
        <translation>نوع العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long customers wait (h)</source>
        <translation>مدة انتظار العملاء (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share who come back later</source>
        <translation>نسبة من يعودون لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share lost for good</source>
        <translation>نسبة المفقودين نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share that cannot wait</source>
        <translation>نسبة ما لا يحتمل الانتظار</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>النطاق الجغرافي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>عدد الانقطاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>في السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length (h)</source>
        <translation>المدة المعتادة (س)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government mobile-data shutdown</source>
        <translation>قطع حكومي لبيانات الجوال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>قطع حكومي للإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps blocked by the government</source>
        <translation>حجب حكومي للتطبيقات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nationwide mobile-carrier outage</source>
        <translation>انقطاع مشغّل اتصالات على مستوى البلاد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole country</source>
        <translation>البلاد كلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one region</source>
        <translation>منطقة واحدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>World</source>
        <translation>العالم</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages at least (h)</source>
        <translation>انقطاعات لا تقل عن (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages under (h)</source>
        <translation>انقطاعات أقل من (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>تخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts who follow</source>
        <translation>من ينتقلون إليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready after (h)</source>
        <translation>جاهزة بعد (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up work (h)</source>
        <translation>عمل الإعداد (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (USD)</source>
        <translation>الرسوم الشهرية (دولار أمريكي)</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+116"/>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all sectors</source>
        <translation>كل القطاعات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year</source>
        <translation>السنة الأولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>السنة الأخيرة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>حجب واتساب في البلاد (بقرار قضائي أو حكومي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet shutdown by the government (kind not given)</source>
        <translation>قطع حكومي للإنترنت (النوع غير مذكور)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>local (e.g. %1)</source>
        <translation>محلية (مثل %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one-to-one chats</source>
        <translation>محادثات فردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups</source>
        <translation>مجموعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast</source>
        <translation>بث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business account or API</source>
        <translation>حساب أعمال أو API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>مدفوعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>تحتاج إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+11"/>
        <source>one provider&apos;s service</source>
        <translation>خدمة مزوّد واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fails with it</source>
        <translation>ما يتعطل معها</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+94"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/spreadsheet_dialog.py" line="+372"/>
        <source>The plan has no results to export yet.</source>
        <translation>لا توجد في الخطة نتائج للتصدير بعد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location line="-260"/>
        <source>Import functions from a spreadsheet</source>
        <translation>استيراد العمليات من جدول بيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel table with one row per function. Say which column holds each value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values low – likely – high.</source>
        <translation>جدول CSV أو Excel فيه صف لكل عملية. حدّد العمود الذي يحوي كل قيمة؛ تُخمَّن العناوين تلقائيًا. يمكن كتابة النسب 0.8 أو 80 %، والقيم غير المؤكدة أدنى – مرجّح – أعلى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>الجدول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen table</source>
        <translation>الجدول المختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file</source>
        <translation>اختر ملف CSV أو Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the plan&apos;s functions as a table…</source>
        <translation>حفظ عمليات الخطة في &amp;جدول…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan&apos;s functions to a CSV or Excel file in the columns this dialog reads, to edit them in a spreadsheet and import them back.</source>
        <translation>كتابة عمليات الخطة في ملف CSV أو Excel بالأعمدة التي تقرؤها هذه النافذة، لتعديلها في برنامج جداول البيانات ثم استيرادها من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>عمود %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First rows:</source>
        <translation>ال&amp;صفوف الأولى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the table</source>
        <translation>الصفوف الأولى من الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>ال&amp;مشكلات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the table</source>
        <translation>المشكلات في الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the plan&apos;s functions</source>
        <translation>إ&amp;ضافة إلى عمليات الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the plan&apos;s functions</source>
        <translation>ا&amp;ستبدال عمليات الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a functions table</source>
        <translation>اختر جدول العمليات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>جداول (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan&apos;s functions as a table</source>
        <translation>حفظ عمليات الخطة في جدول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the table</source>
        <translation>تعذّر حفظ الجدول</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(not used)</source>
        <translation>(غير مستخدم)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>الصف %1، العمود «%2»: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>&amp;Import %n function(s)</source>
        <translation>
            <numerusform>استي&amp;راد %n عملية</numerusform>
            <numerusform>استي&amp;راد عملية واحدة</numerusform>
            <numerusform>استي&amp;راد عمليتين</numerusform>
            <numerusform>استي&amp;راد %n عمليات</numerusform>
            <numerusform>استي&amp;راد %n عملية</numerusform>
            <numerusform>استي&amp;راد %n عملية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+105"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>الصف {row}، العمود {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {message}</source>
        <translation>الصف {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(و%n مشكلة أخرى)</numerusform>
            <numerusform>(ومشكلة أخرى)</numerusform>
            <numerusform>(ومشكلتان أخريان)</numerusform>
            <numerusform>(و%n مشكلات أخرى)</numerusform>
            <numerusform>(و%n مشكلة أخرى)</numerusform>
            <numerusform>(و%n مشكلة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: choose a .csv or .xlsx file</source>
        <translation>الملف {name}: اختر ملف ‎.csv أو ‎.xlsx</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/table_files.py" line="+65"/>
        <source>{path}: no such file</source>
        <translation>الملف {path} غير موجود</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} is not a regular file (it is a folder, a pipe or a device). Choose the spreadsheet file itself.</source>
        <translation>المسار {name} ليس ملفًا عاديًا (بل مجلد أو أنبوب أو جهاز). اختر ملف جدول البيانات نفسه.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is {size}; a functions table file is at most {limit}. Keep only the functions table in the file and save it again.</source>
        <translation>حجم الملف {name} هو {size}، وحجم ملف جدول العمليات {limit} على الأكثر. أبقِ جدول العمليات وحده في الملف واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: the sheet has {rows} rows; a functions table has at most {limit}. Delete the rows below the table (or copy the table to a new sheet) and save it again.</source>
        <translation>الملف {name}: عدد صفوف الورقة {rows}، والحد الأقصى لصفوف جدول العمليات {limit}. احذف الصفوف أسفل الجدول (أو انسخ الجدول إلى ورقة جديدة) واحفظ الملف مرة أخرى.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the sheet has {columns} columns; a functions table has at most {limit}. Delete the columns right of the table and save it again.</source>
        <translation>الملف {name}: عدد أعمدة الورقة {columns}، والحد الأقصى لأعمدة جدول العمليات {limit}. احذف الأعمدة التي تلي الجدول واحفظ الملف مرة أخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {cell} holds {length} characters; a cell of a functions table holds at most {limit}. Shorten that cell and save the file again.</source>
        <translation>الملف {name}: عدد الأحرف في {cell} هو {length}، والحد الأقصى لعدد أحرف الخلية في جدول العمليات {limit}. اختصر محتوى تلك الخلية واحفظ الملف مرة أخرى.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: reading the table took more than {seconds} seconds, far longer than a functions table needs. Keep only the functions table in the file and save it again.</source>
        <translation>الملف {name}: استغرقت قراءة الجدول أكثر من {seconds} ثانية، وهذا أطول بكثير مما يحتاجه جدول العمليات. أبقِ جدول العمليات وحده في الملف واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line {line}, cell {column}</source>
        <translation>السطر {line}، الخلية {column}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: line {line} cannot be read as CSV ({error}). Open the file in your spreadsheet program and save it again as CSV UTF-8.</source>
        <translation>الملف {name}: تعذّرت قراءة السطر {line} بصيغة CSV ({error}). افتح الملف في برنامج جداول البيانات واحفظه مرة أخرى بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {limit}</source>
        <translation>أكثر من {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} contains NUL characters, so it is not a text table (perhaps a workbook or another binary file named .csv). Save the table as CSV UTF-8 or as .xlsx and try again.</source>
        <translation>يحتوي الملف {name} على محارف NUL، فهو ليس جدولًا نصيًا (ربما مصنف أو ملف ثنائي آخر يحمل الامتداد ‎.csv). احفظ الجدول بصيغة CSV UTF-8 أو ‎.xlsx وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx</source>
        <translation>الملف {name} ليس نصًا بترميز UTF-8؛ احفظ الجدول بصيغة CSV UTF-8 أو ‎.xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is password-protected or an old-style .xls workbook. Remove the password (or save it as .xlsx) in your spreadsheet program and try again.</source>
        <translation>الملف {name} محمي بكلمة مرور أو مصنف قديم بصيغة ‎.xls. أزِل كلمة المرور (أو احفظه بصيغة ‎.xlsx) في برنامج جداول البيانات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV UTF-8 and try again.</source>
        <translation>الملف {name} ليس مصنف Excel ‏(‎.xlsx). احفظ الجدول بصيغة ‎.xlsx أو CSV UTF-8 وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook is damaged and cannot be read ({detail}). Open it in your spreadsheet program and save it again, or save the table as CSV UTF-8.</source>
        <translation>الملف {name}: المصنف تالف ولا يمكن قراءته ({detail}). افتحه في برنامج جداول البيانات واحفظه مرة أخرى، أو احفظ الجدول بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook unpacks to more than {size}, far more than a functions table needs, so it is not opened. Copy the functions table into a new workbook and save that.</source>
        <translation>الملف {name}: يتجاوز حجم المصنف بعد فك ضغطه {size}، وهذا أكثر بكثير مما يحتاجه جدول العمليات، لذا لم يُفتح. انسخ جدول العمليات إلى مصنف جديد واحفظه.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many parts</source>
        <translation>عدد الأجزاء كبير جدًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is password-protected. Remove the password in your spreadsheet program and try again.</source>
        <translation>الملف {name} محمي بكلمة مرور. أزِل كلمة المرور في برنامج جداول البيانات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: the workbook holds XML declarations that spreadsheet programs never write (a way to make a small file expand without end), so it is not opened. Copy the table into a new workbook and save that.</source>
        <translation>الملف {name}: يحتوي المصنف على تعريفات XML لا تكتبها برامج جداول البيانات أبدًا (وهي طريقة لجعل ملف صغير يتضخم بلا نهاية)، لذا لم يُفتح. انسخ الجدول إلى مصنف جديد واحفظه.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no sheets</source>
        <translation>لا توجد أوراق</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cell {cell}</source>
        <translation>الخلية {cell}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+6"/>
        <location filename="../../continuity_app/io/table_files.py" line="-435"/>
        <source>{name}: the file is empty</source>
        <translation>الملف {name} فارغ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {number}</source>
        <translation>العمود {number}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{text} is a formula, and formulas are not computed here; type the value itself (or paste values only) in the spreadsheet</source>
        <translation>القيمة {text} صيغة، والصيغ لا تُحسب هنا؛ اكتب القيمة نفسها (أو الصق القيم فقط) في جدول البيانات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is a date, not a number; {hint}</source>
        <translation>{text} تاريخ وليس رقمًا؛ {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a finite number; {hint}</source>
        <translation>القيمة {text} ليست رقمًا محدودًا؛ {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a whole number of people</source>
        <translation>القيمة {text} ليست عددًا صحيحًا من الأشخاص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: give one number</source>
        <translation>القيمة {text}: اكتب رقمًا واحدًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}: low – likely – high must be in rising order</source>
        <translation>القيمة {text}: يجب أن تكون أدنى – مرجّح – أعلى بترتيب تصاعدي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: give one number or low – likely – high</source>
        <translation>القيمة {text}: اكتب رقمًا واحدًا أو أدنى – مرجّح – أعلى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a number; {hint}</source>
        <translation>القيمة {text} ليست رقمًا؛ {hint}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-171"/>
        <source>write interactions per open day, such as 60 or 40 – 60 – 90</source>
        <translation>اكتب عدد التفاعلات في يوم العمل، مثل 60 أو 40 – 60 – 90</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>write a share such as 0.8 or 80 %</source>
        <translation>اكتب نسبة مثل 0.8 أو 80 %</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>write a share such as 0.5 or 50 %</source>
        <translation>اكتب نسبة مثل 0.5 أو 50 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write a share such as 0.05 or 5 %</source>
        <translation>اكتب نسبة مثل 0.05 أو 5 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write a share such as 0.9 or 90 %, or leave it empty for the default</source>
        <translation>اكتب نسبة مثل 0.9 أو 90 %، أو اتركها فارغة لاستخدام القيمة الافتراضية</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>write a share such as 0.3 or 30 %</source>
        <translation>اكتب نسبة مثل 0.3 أو 30 %</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>write an amount in the plan currency, such as 35</source>
        <translation>اكتب مبلغًا بعملة الخطة، مثل 35</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>write an amount in the plan currency, such as 2</source>
        <translation>اكتب مبلغًا بعملة الخطة، مثل 2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>write hours, such as 4 or 1 – 4 – 12</source>
        <translation>اكتب عدد الساعات، مثل 4 أو 1 – 4 – 12</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>write messages per interaction, such as 3</source>
        <translation>اكتب عدد الرسائل في التفاعل الواحد، مثل 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>write a number of people, such as 5</source>
        <translation>اكتب عدد الأشخاص، مثل 5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+8"/>
        <source>write a number</source>
        <translation>اكتب رقمًا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a kind of function; use one of {kinds}</source>
        <translation>القيمة {text} ليست نوع عملية؛ استخدم أحد الأنواع: {kinds}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>choose a column for {fields}</source>
        <translation>اختر عمودًا لـ {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such column in the table</source>
        <translation>هذا العمود غير موجود في الجدول</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty</source>
        <comment>a required cell with nothing in it</comment>
        <translation>خلية فارغة</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/sheet_writers.py" line="+117"/>
        <source>{name}: give a file name ending in .csv or .xlsx</source>
        <translation>الملف {name}: حدّد اسم ملف ينتهي بـ ‎.csv أو ‎.xlsx</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write {path}: {error}</source>
        <translation>تعذّرت كتابة {path}: {error}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../continuity_app/gui/outage/start_dialog.py" line="+74"/>
        <location line="+7"/>
        <source>Start outage mode</source>
        <translation>بدء وضع الانقطاع</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which outage is it? The window then shows the plan at work: the clock since now, the checklist, the messages and the log, saved as it goes.</source>
        <translation>ما نوع الانقطاع؟ ستعرض النافذة بعدها الخطة قيد التنفيذ: عدّاد الوقت من الآن، وقائمة التحقق، والرسائل، والسجل الذي يُحفظ أولًا بأول.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run a tabletop exercise</source>
        <translation>إجراء تمرين مكتبي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which exercise? A facilitator moves its clock on and reads out its events; the team works from the plan as in a real outage.</source>
        <translation>أي تمرين؟ يقدّم الميسِّر ساعة التمرين ويقرأ أحداثه بصوت عالٍ؛ ويعمل الفريق وفق الخطة كما في انقطاع حقيقي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the exercise</source>
        <translation>بدء التمرين</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/status_view.py" line="+46"/>
        <source>Where the outage stands, by the plan&apos;s figures</source>
        <translation>وضع الانقطاع حسب أرقام الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss so far:</source>
        <translation>الخسارة حتى الآن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest outage you can bear:</source>
        <translation>أطول انقطاع يمكنك تحمّله:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum service, served now by the switches made:</source>
        <translation>الحد الأدنى للخدمة، وما يُخدَم الآن بفضل الانتقال إلى القنوات البديلة:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week; no limit within this outage.</source>
        <translation>أكثر من أسبوع؛ لا حدّ خلال هذا الانقطاع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reached in %2.</source>
        <translation>%1، يُبلَغ بعد %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, passed %2 ago.</source>
        <translation>%1، تجاوزناه منذ %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 served, %3 needed within %4: met.</source>
        <translation>العملية %1: خُدِم %2، والمطلوب %3 خلال %4: تحقّق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met yet, %5 left.</source>
        <translation>العملية %1: خُدِم %2، والمطلوب %3 خلال %4: لم يتحقق بعد، وبقي %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met, %5 too late.</source>
        <translation>العملية %1: خُدِم %2، والمطلوب %3 خلال %4: لم يتحقق، والتأخير %5.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/summary_page.py" line="+128"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first three things to do</source>
        <translation>أول ثلاثة أشياء تفعلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every recommendation</source>
        <translation>عرض كل التوصيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan…</source>
        <translation>طباعة الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>واتساب متوقف: بدء وضع الانقطاع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>إجراء تمرين مكتبي…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: what a WhatsApp outage would cost</source>
        <translation>المنشأة %1: كم يكلّف انقطاع واتساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: what an outage of WhatsApp and your other apps would cost</source>
        <translation>المنشأة %1: كم يكلّف انقطاع واتساب وتطبيقاتك الأخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out the figures…</source>
        <translation>جارٍ حساب الأرقام…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n activities rely on typical values no source measures for your business (how long customers wait, how many come back): replace them with yours on the Functions page when you know them.</source>
        <translation>
            <numerusform>%n نشاط يعتمد على قيم معتادة لا يقيسها أي مصدر لمنشأتك (كم ينتظر العملاء، وكم منهم يعود): استبدلها بقيمك في صفحة العمليات حين تعرفها.</numerusform>
            <numerusform>نشاط واحد يعتمد على قيم معتادة لا يقيسها أي مصدر لمنشأتك (كم ينتظر العملاء، وكم منهم يعود): استبدلها بقيمك في صفحة العمليات حين تعرفها.</numerusform>
            <numerusform>نشاطان يعتمدان على قيم معتادة لا يقيسها أي مصدر لمنشأتك (كم ينتظر العملاء، وكم منهم يعود): استبدلها بقيمك في صفحة العمليات حين تعرفها.</numerusform>
            <numerusform>%n أنشطة تعتمد على قيم معتادة لا يقيسها أي مصدر لمنشأتك (كم ينتظر العملاء، وكم منهم يعود): استبدلها بقيمك في صفحة العمليات حين تعرفها.</numerusform>
            <numerusform>%n نشاطًا تعتمد على قيم معتادة لا يقيسها أي مصدر لمنشأتك (كم ينتظر العملاء، وكم منهم يعود): استبدلها بقيمك في صفحة العمليات حين تعرفها.</numerusform>
            <numerusform>%n نشاط تعتمد على قيم معتادة لا يقيسها أي مصدر لمنشأتك (كم ينتظر العملاء، وكم منهم يعود): استبدلها بقيمك في صفحة العمليات حين تعرفها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>With the %n open task(s) of your action plan done, you can expect to lose about {after} a year instead of {before}, and {p90_after} instead of {p90_before} in a bad year. The figures above are for today.</source>
        <translation>
            <numerusform>بعد إنجاز المهام المفتوحة الـ%n في خطة عملك: خسارة متوقعة بنحو {after} في السنة بدلًا من {before}، و{p90_after} بدلًا من {p90_before} في سنة سيئة. الأرقام أعلاه هي أرقام اليوم.</numerusform>
            <numerusform>بعد إنجاز المهمة المفتوحة في خطة عملك: خسارة متوقعة بنحو {after} في السنة بدلًا من {before}، و{p90_after} بدلًا من {p90_before} في سنة سيئة. الأرقام أعلاه هي أرقام اليوم.</numerusform>
            <numerusform>بعد إنجاز المهمتين المفتوحتين في خطة عملك: خسارة متوقعة بنحو {after} في السنة بدلًا من {before}، و{p90_after} بدلًا من {p90_before} في سنة سيئة. الأرقام أعلاه هي أرقام اليوم.</numerusform>
            <numerusform>بعد إنجاز المهام المفتوحة الـ%n في خطة عملك: خسارة متوقعة بنحو {after} في السنة بدلًا من {before}، و{p90_after} بدلًا من {p90_before} في سنة سيئة. الأرقام أعلاه هي أرقام اليوم.</numerusform>
            <numerusform>بعد إنجاز المهام المفتوحة الـ%n في خطة عملك: خسارة متوقعة بنحو {after} في السنة بدلًا من {before}، و{p90_after} بدلًا من {p90_before} في سنة سيئة. الأرقام أعلاه هي أرقام اليوم.</numerusform>
            <numerusform>بعد إنجاز المهام المفتوحة الـ%n في خطة عملك: خسارة متوقعة بنحو {after} في السنة بدلًا من {before}، و{p90_after} بدلًا من {p90_before} في سنة سيئة. الأرقام أعلاه هي أرقام اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One outage of about %1 while you are open</source>
        <translation>انقطاع واحد يدوم نحو %1 في ساعات العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the longest outage you can bear is worked out on this one.</source>
        <translation>%1: يُحسب أطول انقطاع يمكنك تحمّله على هذا الانقطاع.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than a week</source>
        <translation>أكثر من أسبوع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After that, one outage costs more than the %1 you said you can bear.</source>
        <translation>بعد ذلك، يكلّف الانقطاع الواحد أكثر من %1 التي قلت إنك تستطيع تحمّلها.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out what to do first…</source>
        <translation>جارٍ تحديد ما تفعله أولًا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to add now: no step saves more than it costs. See the Recommendations page for the reasons.</source>
        <translation>لا شيء يُضاف الآن: لا توجد خطوة توفّر أكثر مما تكلّف. راجع صفحة التوصيات لمعرفة الأسباب.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (for %3): saves about %4 a year, costs about %5 a year.</source>
        <translation>%1. %2 (للعملية %3): توفّر نحو %4 في السنة، وتكلّف نحو %5 في السنة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your action plan: %1.</source>
        <translation>في خطة عملك: %1.</translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <location filename="../../continuity_app/io/task_export.py" line="+58"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worth a year ({currency})</source>
        <translation>القيمة في السنة ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Continuity plan: {business}</source>
        <translation>خطة الاستمرارية: {business}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function: {function}</source>
        <translation>العملية: {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>القناة: {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {owner}</source>
        <translation>المسؤول: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost: {once} once, then {monthly} a month</source>
        <translation>التكلفة: {once} لمرة واحدة، ثم {monthly} شهريًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {monthly} a month</source>
        <translation>التكلفة: {monthly} شهريًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {once} once</source>
        <translation>التكلفة: {once} لمرة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: none recorded</source>
        <translation>التكلفة: لم تُسجَّل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When done: {channel} reaches {readiness} of this function&apos;s WhatsApp contacts, who switch to it within {delay}.</source>
        <translation>بعد الإنجاز: تصل القناة {channel} إلى {readiness} من جهات اتصال هذه العملية على واتساب، وينتقلون إليها خلال {delay}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worth: about {amount} a year of expected outage losses avoided.</source>
        <translation>القيمة: تجنّب نحو {amount} في السنة من خسائر الانقطاع المتوقعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>ملاحظات: {notes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparation tasks: {business}</source>
        <translation>مهام الاستعداد: {business}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a folder; give a file name</source>
        <translation>المسار {path} مجلد؛ حدّد اسم ملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tasks.py" line="+15"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done to make the channel ready.</source>
        <translation>ما يجب فعله لتجهيز القناة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>تخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity the task prepares a fallback for.</source>
        <translation>النشاط الذي تُعِدّ له المهمة قناة بديلة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fallback channel the task makes ready.</source>
        <translation>القناة البديلة التي تجهّزها المهمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (a name, or a role of the plan).</source>
        <translation>من ينفّذ المهمة (اسم، أو دور من أدوار الخطة).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it should be done by.</source>
        <translation>التاريخ الذي يجب إنجاز المهمة قبله.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, in progress, done or dropped. Only a done task counts in how ready the business is today.</source>
        <translation>مخطّطة أو قيد التنفيذ أو منجزة أو ملغاة. لا تُحتسب في جاهزية المنشأة اليوم إلا المهمة المنجزة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One-off cost (%1)</source>
        <translation>التكلفة لمرة واحدة (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What setting it up costs once, staff time included.</source>
        <translation>تكلفة إعدادها لمرة واحدة، بما فيها وقت الموظفين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-off</source>
        <translation>لمرة واحدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (%1)</source>
        <translation>التكلفة الشهرية (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs each month once it runs (fees, numbers).</source>
        <translation>تكلفتها كل شهر بعد تشغيلها (الرسوم، الأرقام).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready when done (%)</source>
        <translation>الجاهزية بعد الإنجاز (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the activity&apos;s WhatsApp customers the channel will reach once the task is done.</source>
        <translation>نسبة عملاء النشاط على واتساب الذين ستصل إليهم القناة بعد إنجاز المهمة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch within (hours)</source>
        <translation>مهلة التحوّل (س)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until those customers actually switch, once the task is done.</source>
        <translation>الساعات حتى ينتقل هؤلاء العملاء فعلًا إلى القناة، بعد إنجاز المهمة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the owner of the task should know.</source>
        <translation>أي شيء يجب أن يعرفه المسؤول عن المهمة.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/tasks_model.py" line="+128"/>
        <source>Saves a year</source>
        <translation>التوفير في السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much less you can expect to lose to outages each year once this task alone is done (open tasks only).</source>
        <translation>كم تقلّ خسارتك المتوقعة من الانقطاعات كل سنة بعد إنجاز هذه المهمة وحدها (للمهام المفتوحة فقط).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>متأخرة: كان موعدها النهائي {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not assigned</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} (overdue)</source>
        <translation>{date} (متأخرة)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>say what has to be done.</source>
        <translation>اكتب ما يجب فعله.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/tasks_page.py" line="+142"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “%1” is overdue.</source>
        <translation>المهمة %1 متأخرة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is past its review date.</source>
        <translation>فات موعد مراجعة الخطة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps you have decided to take, with who does them and by when. A step counts in how ready you are today only once it is marked done; until then it shows in the right-hand column, as what the plan will give.</source>
        <translation>الخطوات التي قررت تنفيذها، ومن ينفّذها ومتى. لا تُحتسب الخطوة في جاهزيتك اليوم إلا بعد تعليمها منجزة؛ وحتى ذلك الحين تظهر في العمود الثاني، بوصفها ما ستقدّمه الخطة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New task…</source>
        <translation>مهمة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>تعليم المهمة &amp;منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>إ&amp;زالة المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as spreadsheet (CSV)…</source>
        <translation>تصدير كجدول بيانات (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar (.ics)…</source>
        <translation>تصدير إلى التقويم (‎.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the plan as reviewed today</source>
        <translation>تسجيل مراجعة الخطة اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation tasks</source>
        <translation>مهام الاستعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and when the open tasks are done</source>
        <translation>اليوم وبعد إنجاز المهام المفتوحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad year (1 in 10)</source>
        <translation>سنة سيئة (مرة من كل ١٠)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum service kept</source>
        <translation>تحقيق الحد الأدنى للخدمة</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>بعد إنجاز %n مهمة مفتوحة</numerusform>
            <numerusform>بعد إنجاز المهمة المفتوحة</numerusform>
            <numerusform>بعد إنجاز المهمتين المفتوحتين</numerusform>
            <numerusform>بعد إنجاز %n مهام مفتوحة</numerusform>
            <numerusform>بعد إنجاز %n مهمة مفتوحة</numerusform>
            <numerusform>بعد إنجاز %n مهمة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No tasks yet. On the Recommendations page, choose a step and press “Add this step to the action plan”, or make one here with “New task”.</source>
        <translation>لا توجد مهام بعد. في صفحة التوصيات، اختر خطوة واضغط «إضافة هذه الخطوة إلى خطة العمل»، أو أنشئ مهمة هنا بزر «مهمة جديدة».</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No open task: the same</source>
        <translation>لا مهام مفتوحة: الأرقام نفسها</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>more than a week</source>
        <translation>أكثر من أسبوع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no minimum set</source>
        <translation>لم يُحدَّد حد أدنى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>الأنشطة التي تحافظ عليه: {kept} من أصل {count}؛ والتي لا تحافظ عليه: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>الأنشطة التي تحافظ عليه: {kept} من أصل {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review of this plan is recorded. Review it with the people who act in it, then mark it reviewed: the next review falls due six months later.</source>
        <translation>لم تُسجَّل أي مراجعة لهذه الخطة. راجعها مع الأشخاص الذين لهم أدوار فيها، ثم سجّل المراجعة: يحين موعد المراجعة التالية بعد ستة أشهر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was due for review on %1: review it, then mark it.</source>
        <translation>كان موعد مراجعة الخطة في %1: راجعها، ثم سجّل المراجعة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review of the plan: %1.</source>
        <translation>موعد المراجعة التالية للخطة: %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export the tasks as a spreadsheet</source>
        <translation>تصدير المهام كجدول بيانات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n task(s) written to {path}.</source>
        <translation>
            <numerusform>حُفظت %n مهمة في {path}.</numerusform>
            <numerusform>حُفظت مهمة واحدة في {path}.</numerusform>
            <numerusform>حُفظت مهمتان في {path}.</numerusform>
            <numerusform>حُفظت %n مهام في {path}.</numerusform>
            <numerusform>حُفظت %n مهمة في {path}.</numerusform>
            <numerusform>حُفظت %n مهمة في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tasks to a calendar</source>
        <translation>تصدير المهام إلى التقويم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open task(s) written to {path} as calendar entries, each on its due date with a reminder the day before.</source>
        <translation>
            <numerusform>حُفظت %n مهمة مفتوحة في {path} مواعيدَ في التقويم، كلٌّ منها في موعدها النهائي مع تذكير قبله بيوم.</numerusform>
            <numerusform>حُفظت مهمة مفتوحة واحدة في {path} موعدًا في التقويم، في موعدها النهائي مع تذكير قبله بيوم.</numerusform>
            <numerusform>حُفظت مهمتان مفتوحتان في {path} موعدين في التقويم، كلٌّ منهما في موعدها النهائي مع تذكير قبله بيوم.</numerusform>
            <numerusform>حُفظت %n مهام مفتوحة في {path} مواعيدَ في التقويم، كلٌّ منها في موعدها النهائي مع تذكير قبله بيوم.</numerusform>
            <numerusform>حُفظت %n مهمة مفتوحة في {path} مواعيدَ في التقويم، كلٌّ منها في موعدها النهائي مع تذكير قبله بيوم.</numerusform>
            <numerusform>حُفظت %n مهمة مفتوحة في {path} مواعيدَ في التقويم، كلٌّ منها في موعدها النهائي مع تذكير قبله بيوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open task(s) have no due date and were left out: give them one.</source>
        <translation>
            <numerusform>%n مهمة مفتوحة بلا موعد نهائي فلم تُدرج: حدّد لها موعدًا.</numerusform>
            <numerusform>مهمة مفتوحة واحدة بلا موعد نهائي فلم تُدرج: حدّد لها موعدًا.</numerusform>
            <numerusform>مهمتان مفتوحتان بلا موعد نهائي فلم تُدرجا: حدّد لهما موعدًا.</numerusform>
            <numerusform>%n مهام مفتوحة بلا موعد نهائي فلم تُدرج: حدّد لها موعدًا.</numerusform>
            <numerusform>%n مهمة مفتوحة بلا موعد نهائي فلم تُدرج: حدّد لها موعدًا.</numerusform>
            <numerusform>%n مهمة مفتوحة بلا موعد نهائي فلم تُدرج: حدّد لها موعدًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tasks could not be written to %1: %2. Choose another place.</source>
        <translation>تعذّرت كتابة المهام في %1: %2. اختر مكانًا آخر.</translation>
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
        <translation>الخسارة المتوقعة في السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALE (annualised loss expectancy)</source>
        <translation>ALE (توقّع الخسارة السنوية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what outages cost in an average year: the cost of each kind of outage times how often it happens, added up.</source>
        <translation>ما تكلّفه الانقطاعات في سنة متوسطة: تكلفة كل نوع من الانقطاعات مضروبة في عدد مرات حدوثه، ثم يُجمع الكل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest outage you can bear</source>
        <translation>أطول انقطاع يمكنك تحمّله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTPD (maximum tolerable period of disruption)</source>
        <translation>MTPD (الحد الأقصى لفترة التعطّل المقبولة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long an outage can last, striking while you are open, before its cost passes the largest loss you said you can bear.</source>
        <translation>كم يمكن أن يدوم انقطاع يقع في ساعات العمل قبل أن تتجاوز تكلفته أقصى خسارة قلت إنك تستطيع تحمّلها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum service</source>
        <translation>الحد الأدنى للخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBCO (minimum business continuity objective)</source>
        <translation>MBCO (الحد الأدنى لهدف استمرارية الأعمال)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of an activity&apos;s customers you must still serve during an outage, and how soon.</source>
        <translation>نسبة عملاء النشاط الذين يجب أن تستمر في خدمتهم أثناء الانقطاع، وخلال كم من الوقت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest loss you can bear from one outage</source>
        <translation>أقصى خسارة يمكنك تحمّلها من انقطاع واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss tolerance</source>
        <translation>حد تحمّل الخسارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most one outage may cost before the business is in trouble; the longest outage you can bear is read from it.</source>
        <translation>أكثر ما يمكن أن يكلّفه انقطاع واحد قبل أن تقع المنشأة في مأزق؛ ومنها يُحدَّد أطول انقطاع يمكنك تحمّله.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A typical year</source>
        <translation>سنة معتادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 (median)</source>
        <translation>P50 (الوسيط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of the simulated years lose less than this, half lose more.</source>
        <translation>نصف السنوات المحاكاة تخسر أقل من هذا، والنصف الآخر يخسر أكثر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bad year (1 in 10)</source>
        <translation>سنة سيئة (مرة من كل ١٠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 (90th percentile)</source>
        <translation>P90 (المئين التسعون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in ten loses more than this.</source>
        <translation>سنة واحدة فقط من كل عشر سنوات محاكاة تخسر أكثر من هذا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A very bad year (1 in 100)</source>
        <translation>سنة سيئة جدًا (مرة من كل ١٠٠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P99 (99th percentile)</source>
        <translation>P99 (المئين التاسع والتسعون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in a hundred loses more than this.</source>
        <translation>سنة واحدة فقط من كل مئة سنة محاكاة تخسر أكثر من هذا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated years</source>
        <translation>السنوات المحاكاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo simulation</source>
        <translation>محاكاة مونت كارلو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app plays out thousands of possible years, with outages at random times and of random lengths, to show how much the loss can vary from one year to the next.</source>
        <translation>يحاكي التطبيق آلاف السنوات الممكنة، بانقطاعات في أوقات عشوائية وبمدد عشوائية، ليُظهر كم يمكن أن تتفاوت الخسارة من سنة إلى أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation number</source>
        <translation>رقم المحاكاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same number gives the same simulated years, so that a result can be repeated and checked.</source>
        <translation>الرقم نفسه يعطي السنوات المحاكاة نفسها، حتى يمكن تكرار النتيجة والتحقق منها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone calls and SMS network</source>
        <translation>شبكة المكالمات والرسائل القصيرة SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSTN and cellular network</source>
        <translation>شبكة الهاتف العامة (PSTN) والشبكة الخلوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mobile operator&apos;s network for ordinary calls and text messages; it works when the internet apps do not, and fails when the operator does.</source>
        <translation>شبكة مشغّل الاتصالات للمكالمات العادية والرسائل النصية؛ تعمل حين تتوقف تطبيقات الإنترنت، وتتعطل حين يتعطل المشغّل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready today</source>
        <translation>الجاهز اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback readiness</source>
        <translation>جاهزية القناة البديلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of this activity&apos;s customers you could reach on the channel today. Channels overlap: with 40% on SMS and 60% on calls, the app counts 1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.</source>
        <translation>نسبة عملاء هذا النشاط الذين يمكنك الوصول إليهم على القناة اليوم. القنوات تتداخل: مع ٤٠% على SMS و٦٠% على المكالمات، يحسب التطبيق ١ - ٠٫٦ × ٠٫٤ = ٧٦% ممن يمكن الوصول إليهم، لا ١٠٠%، لأن بعض العملاء موجودون على القناتين.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to switch</source>
        <translation>وقت التحوّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation delay</source>
        <translation>مهلة التحوّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long after an outage starts the channel is in use: noticing the outage, deciding, and telling customers where to go.</source>
        <translation>كم من الوقت بعد بدء الانقطاع حتى تصبح القناة مستخدمة: ملاحظة الانقطاع، واتخاذ القرار، وإخبار العملاء إلى أين يتجهون.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not expected (frequency 0)</source>
        <translation>لا يُتوقع (التكرار ٠)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {count} times a year</source>
        <translation>نحو {count} مرة في السنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about once a year</source>
        <translation>نحو مرة في السنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about once every {years} years</source>
        <translation>نحو مرة كل {years} سنة</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/welcome_page.py" line="+104"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready when WhatsApp goes down</source>
        <translation>كن مستعدًا حين يتوقف واتساب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what an outage of WhatsApp and the apps that fail with it would cost your business, which fallback channels to prepare, and print a continuity plan. Everything stays on this computer.</source>
        <translation>احسب كم يكلّف منشأتك انقطاعُ واتساب والتطبيقات التي تتعطل معه، وأي القنوات البديلة تجهّز، ثم اطبع خطة استمرارية. يبقى كل شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore an example</source>
        <translation>استكشف مثالًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a finished plan of a real-world kind of business and look around.</source>
        <translation>افتح خطة مكتملة لنوع حقيقي من المنشآت وتصفّحها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example plans</source>
        <translation>خطط نموذجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an example.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح مثال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan</source>
        <translation>ابدأ خطة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions an owner can answer (what customers do on WhatsApp, how many a day, what an order is worth); it takes about ten minutes.</source>
        <translation>أجب عن بضعة أسئلة يعرف صاحب المنشأة إجاباتها (ماذا يفعل عملاؤك عبر واتساب، وكم عددهم في اليوم، وكم يساوي الطلب)؛ يستغرق ذلك نحو عشر دقائق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent plans (double-click to open):</source>
        <translation>الخطط الأخيرة (انقر مرتين للفتح):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent plans</source>
        <translation>الخطط الأخيرة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open a plan file…</source>
        <translation>افتح ملف خطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a plan saved on this computer.</source>
        <translation>تابع العمل على خطة محفوظة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>_ActivitiesPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="+356"/>
        <source>What runs on WhatsApp</source>
        <translation>ما يجري عبر واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your customers and staff do there, and how much of it.</source>
        <translation>ما يفعله عملاؤك وموظفوك هناك، وبأي قدر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what runs on WhatsApp. For each, count chats, orders or bookings on a normal open day (not messages), and how many of them come by WhatsApp, by Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave what you are not sure of: the plan starts from typical values, marked as such.</source>
        <translation>اختر ما يجري عبر واتساب. ولكل نشاط، احسب المحادثات أو الطلبات أو الحجوزات في يوم عمل عادي (لا الرسائل)، وكم منها يأتي عبر واتساب وعبر إنستغرام وعبر فيسبوك (والباقي بالهاتف أو حضوريًا أو بطرق أخرى). اترك ما لست متأكدًا منه: تبدأ الخطة من قيم معتادة، مع الإشارة إلى أنها كذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many a day (all channels)</source>
        <translation>كم تقريبًا في اليوم (كل القنوات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By WhatsApp</source>
        <translation>عبر واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Instagram</source>
        <translation>عبر إنستغرام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Facebook</source>
        <translation>عبر فيسبوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one (%1)</source>
        <translation>قيمة الواحد (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answering questions before and after a sale</source>
        <translation>الرد على الأسئلة قبل البيع وبعده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking orders and closing sales in chats</source>
        <translation>تلقّي الطلبات وإتمام البيع في المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending payment links, confirming payments</source>
        <translation>إرسال روابط الدفع وتأكيد المدفوعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff groups, shifts, daily instructions</source>
        <translation>مجموعات الموظفين والمناوبات والتعليمات اليومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordering stock, arranging supplies</source>
        <translation>طلب البضاعة وترتيب التوريدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast lists, offers, new products</source>
        <translation>قوائم البث والعروض والمنتجات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings and reminders</source>
        <translation>الحجوزات والتذكيرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers, drop-off times, delivery updates</source>
        <translation>السائقون ومواعيد التسليم وأخبار التوصيل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how many a day</source>
        <translation>النشاط %1: كم في اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share by WhatsApp</source>
        <translation>النشاط %1: النسبة عبر واتساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share by Instagram</source>
        <translation>النشاط %1: النسبة عبر إنستغرام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: share by Facebook</source>
        <translation>النشاط %1: النسبة عبر فيسبوك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical for this kind of activity: %1%. Change it to yours.</source>
        <translation>المعتاد لهذا النوع من الأنشطة: %1%. غيّرها إلى نسبتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: what one is worth</source>
        <translation>النشاط %1: قيمة الواحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sale</source>
        <translation>بلا بيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity brings no sale of its own.</source>
        <translation>هذا النشاط لا يجلب بيعًا خاصًا به.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>لست متأكدًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money one brings in (an order&apos;s value, a booking&apos;s fee). Not sure: the plan starts from %1 (about %2 hours of work), marked as a default.</source>
        <translation>المال الذي يجلبه الواحد (قيمة الطلب، رسم الحجز). إن لم تكن متأكدًا: تبدأ الخطة من %1 (نحو %2 ساعات عمل)، مع الإشارة إلى أنها قيمة افتراضية.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one thing the business does on WhatsApp.</source>
        <translation>اختر شيئًا واحدًا على الأقل تقوم به المنشأة عبر واتساب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say about how many a day for %1 (a rough count is fine).</source>
        <translation>اكتب كم تقريبًا في اليوم للنشاط %1 (يكفي عدد تقريبي).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1, the shares by WhatsApp, Instagram and Facebook add up to more than 100%; lower one of them.</source>
        <translation>للنشاط %1، مجموع النسب عبر واتساب وإنستغرام وفيسبوك أكثر من ١٠٠%؛ خفّض إحداها.</translation>
    </message>
</context>
<context>
    <name>_BearablePage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-74"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of your WhatsApp sales, %1; change it if you can bear more or less.</source>
        <translation>أكثر ما يمكن أن يكلّفه انقطاع واحد قبل أن تقع المنشأة في مأزق. ومنه تحدّد الخطة أطول انقطاع يمكنك تحمّله. نبدأ من مبيعات يوم واحد عبر واتساب، %1؛ غيّرها إن كنت تستطيع تحمّل أكثر أو أقل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of the sales the worst outage would cut off (WhatsApp and the other apps on Meta&apos;s infrastructure), %1; change it if you can bear more or less.</source>
        <translation>أكثر ما يمكن أن يكلّفه انقطاع واحد قبل أن تقع المنشأة في مأزق. ومنه تحدّد الخطة أطول انقطاع يمكنك تحمّله. نبدأ من مبيعات يوم واحد عبر القنوات التي يوقفها أسوأ انقطاع (واتساب والتطبيقات الأخرى على البنية التحتية لميتا)، %1؛ غيّرها إن كنت تستطيع تحمّل أكثر أو أقل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you can bear</source>
        <translation>ما تستطيع تحمّله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss that would put the business in trouble.</source>
        <translation>الخسارة التي توقع المنشأة في مأزق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest loss you can bear from one outage (%1)</source>
        <translation>أقصى خسارة يمكنك تحمّلها من انقطاع واحد (%1)</translation>
    </message>
</context>
<context>
    <name>_BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="-285"/>
        <source>Your business</source>
        <translation>منشأتك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the plan is for, where your customers are and when you are open.</source>
        <translation>لمن الخطة، وأين عملاؤك، ومتى تفتح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name</source>
        <translation>&amp;اسم المنشأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The business this plan is for.</source>
        <translation>المنشأة التي وُضعت لها هذه الخطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it does</source>
        <translation>ما&amp;ذا تعمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main &amp;country</source>
        <translation>الدولة ال&amp;رئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where most of your customers are. Type to search.</source>
        <translation>حيث يوجد معظم عملائك. اكتب للبحث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second c&amp;ountry</source>
        <translation>الدولة ال&amp;ثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country where many of your customers are, and its share.</source>
        <translation>دولة أخرى فيها كثير من عملائك، ونسبتهم فيها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every amount in the plan uses it.</source>
        <translation>كل المبالغ في الخطة بهذه العملة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;from</source>
        <translation>م&amp;فتوح من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers can reach you; change it later for each day.</source>
        <translation>متى يستطيع العملاء الوصول إليك؛ يمكنك تغييره لاحقًا لكل يوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>مفتوح أيام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The days you are open.</source>
        <translation>الأيام التي تفتح فيها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>عدد ال&amp;موظفين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who work in the business, you included.</source>
        <translation>الأشخاص الذين يعملون في المنشأة، وأنت منهم.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>In a few words. The app uses it to pick how customers of such a business usually behave.</source>
        <translation>في كلمات قليلة. يستخدمها التطبيق لاختيار السلوك المعتاد لعملاء منشأة كهذه.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One &amp;hour of work costs</source>
        <translation>تكلفة &amp;ساعة العمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an hour of one person&apos;s work costs you, in the plan&apos;s currency. It prices the time lost when staff cannot coordinate.</source>
        <translation>كم تكلّفك ساعة عمل شخص واحد، بعملة الخطة. بها تُقدَّر قيمة الوقت الضائع حين لا يستطيع الموظفون التنسيق.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>وقت الإغلاق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also</source>
        <translation>وأيضًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country</source>
        <translation>الدولة الثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the second country</source>
        <translation>نسبة الدولة الثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>مثال: مخبز الزيتونة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>مثال: مخبز، عيادة، متجر إلكتروني</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the business a name.</source>
        <translation>اكتب اسم المنشأة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the main country from the list.</source>
        <translation>اختر الدولة الرئيسية من القائمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a second country other than the main one.</source>
        <translation>اختر دولة ثانية غير الدولة الرئيسية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one day you are open.</source>
        <translation>اختر يومًا واحدًا على الأقل تفتح فيه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time must come after the opening time.</source>
        <translation>يجب أن يكون وقت الإغلاق بعد وقت الفتح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what one hour of work costs you (an estimate is fine).</source>
        <translation>اكتب كم تكلّفك ساعة العمل (يكفي تقدير تقريبي).</translation>
    </message>
</context>
<context>
    <name>_CustomersPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-134"/>
        <source>When WhatsApp stops</source>
        <translation>حين يتوقف واتساب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your customers would do, as far as you know. &quot;I don&apos;t know&quot; keeps the published figures.</source>
        <translation>ماذا سيفعل عملاؤك، بقدر ما تعرف. «لا أعرف» يُبقي الأرقام المنشورة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you do not answer, how long do most customers &amp;wait before they go elsewhere?</source>
        <translation>إن لم ترد، كم ين&amp;تظر معظم العملاء قبل أن يذهبوا إلى غيرك؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know (use the published figures)</source>
        <translation>لا أعرف (استخدم الأرقام المنشورة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than an hour</source>
        <translation>أقل من ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A couple of hours</source>
        <translation>ساعتين تقريبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest of the day</source>
        <translation>بقية اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the next day</source>
        <translation>حتى اليوم التالي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of your customers could reach you today another way? Count only those who already have the number, address or account.</source>
        <translation>كم من عملائك يمكنهم الوصول إليك اليوم بطريقة أخرى؟ احسب فقط من لديهم الرقم أو العنوان أو الحساب بالفعل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few (about 1 in 10)</source>
        <translation>قليل (نحو واحد من كل ١٠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 1 in 4</source>
        <translation>نحو واحد من كل ٤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About half</source>
        <translation>نحو النصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most</source>
        <translation>معظمهم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of each sale, how much do you &amp;keep after paying for the goods? (optional)</source>
        <translation>من كل بيعة، كم يب&amp;قى لك بعد دفع ثمن البضاعة؟ (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>لست متأكدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your gross margin. If you give it, losses are counted as lost profit; if not, as lost sales.</source>
        <translation>هامش ربحك الإجمالي. إن أدخلته، تُحسب الخسائر ربحًا ضائعًا؛ وإن لم تدخله، تُحسب مبيعات ضائعة.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+21"/>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه ثم الخروج</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="-10"/>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>عرض رقم إصدار البرنامج ثم الخروج</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="-4"/>
        <source>usage:</source>
        <translation>الاستخدام:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: خطأ: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>يتطلب قيمة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>يقبل قيمة واحدة على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>يتطلب قيمة واحدة على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من بين %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: %(option)s قد يطابق %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
