<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <location filename="../../continuity_app/gui/about.py" line="+23"/>
        <source>Plans for WhatsApp and Meta outages: what they cost, which channels keep you working, and a printable continuity plan. Works offline: nothing you enter leaves this computer.</source>
        <translation>Prépare votre entreprise aux pannes de WhatsApp et de Meta&#xa0;: ce qu&apos;elles coûtent, quels canaux vous permettent de continuer à travailler, et un plan de continuité à imprimer. Fonctionne hors ligne&#xa0;: rien de ce que vous saisissez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference data: %1 outages, %2 channels and %3 countries, each figure with its source and confidence (see the Sources page).</source>
        <translation>Données de référence&#xa0;: %1 pannes, %2 canaux et %3 pays, chaque chiffre avec sa source et son niveau de confiance (voir la page Sources).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, SIL Open Font License.</source>
        <translation>Licences&#xa0;: cette application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy et pandas, type BSD. pydantic, MIT. Polices incluses, SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AfterAction</name>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+100"/>
        <source>After-action report of the exercise</source>
        <translation>Rapport de retour d&apos;expérience de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report of the outage</source>
        <translation>Rapport de retour d&apos;expérience de la panne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} at {time} UTC</source>
        <translation>{day} à {time} UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise script</source>
        <translation>Script d&apos;exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan</source>
        <translation>Délais par rapport au plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>What</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The plan</source>
        <translation>Selon le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was missing</source>
        <translation>Ce qui a manqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the plan was done.</source>
        <translation>Toutes les étapes du plan ont été réalisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the action plan when the review is recorded; readiness stays as the plan holds it until a task is marked done.</source>
        <translation>Ajoutées au plan d&apos;action quand le retour d&apos;expérience est enregistré&#xa0;; le taux de préparation reste celui du plan tant qu&apos;une tâche n&apos;est pas marquée comme terminée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up task: no switch was missed.</source>
        <translation>Aucune tâche de suivi&#xa0;: aucune bascule n&apos;a été manquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was logged.</source>
        <translation>Rien n&apos;a été consigné dans le journal.</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../../continuity_app/core/behaviour.py" line="+65"/>
        <source>how long its customers wait ({value})</source>
        <translation>le temps d&apos;attente de ses clients ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share who come back later ({value})</source>
        <translation>la part qui revient plus tard ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share lost for good ({value})</source>
        <translation>la part perdue définitivement ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share that cannot wait ({value})</source>
        <translation>la part qui ne peut pas attendre ({value})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{function}” uses assumed values that no study measures: {values}. Enter what you know of your customers on the Functions page.</source>
        <translation>«&#xa0;{function}&#xa0;» utilise des valeurs supposées qu&apos;aucune étude ne mesure&#xa0;: {values}. Indiquez ce que vous savez de vos clients sur la page Activités.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+217"/>
        <location line="+9"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The exchange rate to the US dollar, to price SMS and other channels.</source>
        <translation>Le taux de change par rapport au dollar US, pour chiffrer les SMS et les autres canaux.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+70"/>
        <source>Where your customers are</source>
        <translation>Où sont vos clients</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+132"/>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+67"/>
        <source>What the business can bear</source>
        <translation>Ce que l&apos;entreprise peut supporter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+7"/>
        <source>Model settings</source>
        <translation>Réglages du modèle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-14"/>
        <source>Share of the people you message in each country; the shares decide which fallback channels reach them and must add up to 100%.</source>
        <translation>Part des personnes que vous contactez dans chaque pays&#xa0;; ces parts déterminent quels canaux de secours les atteignent et leur total doit faire 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.</source>
        <translation>Horaires comme 09:00-13:00, 17:00-21:00&#xa0;; laissez vide un jour de fermeture.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+3"/>
        <source>{term} for each activity: the share of its customers you must still serve during an outage, and how soon. 0 means no minimum.</source>
        <translation>{term} pour chaque activité&#xa0;: la part de ses clients que vous devez continuer à servir pendant une panne, et dans quel délai. 0 signifie aucun minimum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+4"/>
        <location line="+50"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-16"/>
        <source>Country mix</source>
        <translation>Répartition par pays</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="-57"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Retirer le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>Retirer le pays sélectionné</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+9"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+41"/>
        <source>Minimum served (%)</source>
        <translation>Minimum assuré (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within (h)</source>
        <translation>Délai (h)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+6"/>
        <source>Minimum service per function</source>
        <translation>Service minimum par activité</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+4"/>
        <source>Revenue (what customers would have paid)</source>
        <translation>Chiffre d&apos;affaires (ce que les clients auraient payé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin (revenue × gross margin)</source>
        <translation>Marge (chiffre d&apos;affaires × marge brute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>p. ex. Boulangerie Al-Zaytouna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>p. ex. boulangerie, clinique, boutique en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-148"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure.</source>
        <translation>Saisissez un nombre, ou bas – probable – haut (p. ex. 40 – 55 – 70) en cas de doute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business this plan is for.</source>
        <translation>L&apos;entreprise concernée par ce plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the business does, in a few words.</source>
        <translation>Ce que fait l&apos;entreprise, en quelques mots.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every amount in the plan is in this currency.</source>
        <translation>Tous les montants du plan sont dans cette devise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 per US &amp;dollar</source>
        <translation>%1 pour un &amp;dollar US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many %1 one US dollar buys; prices channels that charge in dollars (SMS, business messaging). Leave empty if you do not know it.</source>
        <translation>Combien de %1 vaut un dollar US&#xa0;; sert à chiffrer les canaux facturés en dollars (SMS, messagerie professionnelle). Laissez vide si vous ne le savez pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;taff</source>
        <translation>&amp;Effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who work in the business, owner included.</source>
        <translation>Personnes qui travaillent dans l&apos;entreprise, propriétaire compris.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff cost per &amp;hour (%1)</source>
        <translation>Coût horaire du &amp;personnel (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an hour of one person&apos;s work costs, wages and charges included.</source>
        <translation>Ce que coûte une heure de travail d&apos;une personne, salaire et charges compris.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross &amp;margin (%)</source>
        <translation>&amp;Marge brute (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue left after the cost of goods; used when losses are counted as lost margin.</source>
        <translation>Part du chiffre d&apos;affaires qui reste après le coût des marchandises&#xa0;; utilisée quand les pertes sont comptées en marge perdue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer &amp;lifetime value (%1)</source>
        <translation>Va&amp;leur vie client (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a customer brings over all future purchases; lost when a customer leaves for good.</source>
        <translation>Ce qu&apos;un client rapporte sur tous ses achats futurs&#xa0;; perdue quand un client part définitivement.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{term} ({currency})</source>
        <translation>{term} ({currency})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How soon into an outage the minimum must be served, in hours.</source>
        <translation>Délai, en heures après le début d&apos;une panne, au bout duquel le service minimum doit être assuré.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outage to plan for</source>
        <translation>Panne à prévoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of outage whose cost, hour after hour, is compared with the largest loss you can bear: it sets the longest outage you can bear.</source>
        <translation>Le type de panne dont le coût, heure après heure, est comparé à la perte maximale que vous pouvez supporter&#xa0;: c&apos;est lui qui fixe la panne la plus longue que vous pouvez supporter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More years give steadier figures and take longer.</source>
        <translation>Plus d&apos;années donnent des chiffres plus stables, mais le calcul prend plus de temps.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+73"/>
        <source>Amounts are not converted: the staff cost, what each activity is worth and the largest loss you can bear keep their numbers: check that they are right in %1.</source>
        <translation>Les montants ne sont pas convertis&#xa0;: le coût du personnel, la valeur de chaque activité et la perte maximale que vous pouvez supporter gardent leurs chiffres&#xa0;: vérifiez qu&apos;ils sont justes en %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type how many units of the plan&apos;s currency one US dollar buys (above 0), or leave it empty.</source>
        <translation>saisissez le nombre d&apos;unités de la devise du plan qu&apos;on obtient pour un dollar des États-Unis (plus de 0), ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-27"/>
        <source>Count losses as</source>
        <translation>Compter les pertes en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue shows what customers would have paid; margin what you keep.</source>
        <translation>Le chiffre d&apos;affaires montre ce que les clients auraient payé&#xa0;; la marge, ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="-89"/>
        <source>Opening hours on %1, like 09:00-13:00, 17:00-21:00.</source>
        <translation>Heures d&apos;ouverture le %1, comme 09:00-13:00, 17:00-21:00.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>give the business a name (up to 200 characters).</source>
        <translation>donnez un nom à l&apos;entreprise (200 caractères au plus).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type a percentage from 0 to 100, or low – likely – high in that order.</source>
        <translation>saisissez un pourcentage de 0 à 100, ou bas – probable – haut dans cet ordre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type an amount of 0 or more, or low – likely – high in that order.</source>
        <translation>saisissez un montant de 0 ou plus, ou bas – probable – haut dans cet ordre.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>write times like 09:00-13:00, 17:00-21:00, each ending after it starts.</source>
        <translation>écrivez des plages comme 09:00-13:00, 17:00-21:00, chacune finissant après son début.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+66"/>
        <source>Total: %1%</source>
        <translation>Total&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+32"/>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every country a share above 0%, or remove it.</source>
        <translation>Donnez à chaque pays une part supérieure à 0&#xa0;%, ou retirez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1%; they must add up to 100%.</source>
        <translation>Le total des parts fait %1&#xa0;%&#xa0;; il doit faire 100&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+106"/>
        <source>The first scenario (%1)</source>
        <translation>Le premier scénario (%1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+58"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum served for %1</source>
        <translation>Minimum assuré pour %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Within hours for %1</source>
        <translation>Délai en heures pour %1</translation>
    </message>
</context>
<context>
    <name>ChannelMix</name>
    <message>
        <location filename="../../continuity_app/gui/models/channel_mix_model.py" line="+77"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/channel_mix_box.py" line="+73"/>
        <source>Channels of the selected function</source>
        <translation>Canaux de l&apos;activité sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove channel</source>
        <translation>Retirer le canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel from the mix</source>
        <translation>Retirer le canal sélectionné de la répartition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a channel to the mix</source>
        <translation>Ajouter un canal à la répartition</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels of {name}</source>
        <translation>Canaux de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other channels, which none of the plan&apos;s outages reaches (in person, by phone or elsewhere): {share}</source>
        <translation>Autres canaux, qu&apos;aucune panne du plan n&apos;atteint (sur place, par téléphone ou ailleurs)&#xa0;: {share}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every outage of the plan cuts off {share} of these interactions.</source>
        <translation>Chaque panne du plan coupe {share} de ces échanges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} in {outages}</source>
        <translation>{share} en cas de {outages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut off: {parts}.</source>
        <translation>Échanges coupés&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a channel…</source>
        <translation>Ajouter un canal…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../continuity_app/report/chart_style.py" line="+137"/>
        <source>+ %n more, with smaller losses</source>
        <translation>
            <numerusform>+ %n autre, aux pertes moindres</numerusform>
            <numerusform>+ %n autres, aux pertes moindres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Outage duration</source>
        <translation>Durée de la panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per outage</source>
        <translation>Perte par panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} ({share})</source>
        <translation>{amount} ({share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} (&lt;{share})</source>
        <translation>{amount} (&lt;&#xa0;{share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {amount}</source>
        <translation>{name}&#xa0;: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest bearable loss per outage {amount}</source>
        <translation>Perte maximale supportable par panne {amount}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loss in this outage</source>
        <translation>Perte lors de cette panne</translation>
    </message>
    <message numerus="yes">
        <location line="-138"/>
        <source>%n other function(s)</source>
        <translation>
            <numerusform>%n autre activité</numerusform>
            <numerusform>%n autres activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Largest bearable loss {amount}</source>
        <translation>Perte maximale supportable {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage {duration}</source>
        <translation>Panne la plus longue supportable {duration}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss in a year</source>
        <translation>Perte sur une année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance a year loses more</source>
        <translation>Probabilité qu&apos;une année perde plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loss</source>
        <translation>Aucune perte</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/chart_view.py" line="+61"/>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG…</source>
        <translation>Exporter le graphique en SVG…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/__init__.py" line="+64"/>
        <source>Unknown date order {order}: use dmy, mdy or ymd.</source>
        <translation>Ordre des dates inconnu&#xa0;: {order}. Utilisez dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="+210"/>
        <source>{what} is empty: there is nothing to import.</source>
        <translation>{what} est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This JSON file is not a Telegram Desktop export (it is a list, not an export object). Export the chat from Telegram Desktop as JSON.</source>
        <translation>Ce fichier JSON n&apos;est pas un export de Telegram Desktop (c&apos;est une liste, pas un objet d&apos;export). Exportez la discussion depuis Telegram Desktop au format JSON.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{what} is larger than {limit}, far more than any chat export: it is not imported. Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: Export chat history of one chat) and import that file.</source>
        <translation>{what} dépasse {limit}, bien plus que n&apos;importe quel export de discussion&#xa0;: il n&apos;est pas importé. Exportez une seule discussion (WhatsApp&#xa0;: Exporter la discussion, sans médias&#xa0;; Telegram Desktop&#xa0;: Exporter l&apos;historique d&apos;une seule discussion) et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} looks like a zip file but is damaged and cannot be read. Export the chat again, or unpack the zip and import the .txt file inside.</source>
        <translation>{name} ressemble à un fichier zip, mais il est endommagé et illisible. Exportez de nouveau la discussion, ou décompressez le zip et importez le fichier .txt qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket): choose the exported chat file itself.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est un tube, un périphérique ou un socket)&#xa0;: choisissez le fichier de discussion exporté lui-même.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{what} is a binary file, not a chat export. Choose the .txt or .zip file WhatsApp&apos;s &quot;Export chat&quot; produced, or a Telegram Desktop JSON export.</source>
        <translation>{what} est un fichier binaire, pas un export de discussion. Choisissez le fichier .txt ou .zip créé par «&#xa0;Exporter la discussion&#xa0;» de WhatsApp, ou un export JSON de Telegram Desktop.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. Re-export the chat, or save the file as UTF-8 and import it again.</source>
        <translation>{what} n&apos;est pas un texte UTF-8&#xa0;: la ligne {line} contient des octets qui ne sont pas de l&apos;UTF-8. Exportez de nouveau la discussion, ou enregistrez le fichier en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>{name} est un export Instagram ou Messenger au format HTML, qui ne contient pas les heures exactes. Exportez de nouveau les discussions depuis Instagram ou Facebook (Espace Comptes &gt; Vos informations et autorisations &gt; Télécharger vos informations, format JSON).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The zip file {name} contains no chat text file (.txt), only %n other file(s) ({kinds}). Export the chat from WhatsApp again (&quot;Export chat&quot;), or import the .txt file.</source>
        <translation>
            <numerusform>Le fichier zip {name} ne contient aucun fichier texte de discussion (.txt), seulement %n autre fichier ({kinds}). Exportez de nouveau la discussion depuis WhatsApp («&#xa0;Exporter la discussion&#xa0;»), ou importez le fichier .txt.</numerusform>
            <numerusform>Le fichier zip {name} ne contient aucun fichier texte de discussion (.txt), seulement %n autres fichiers ({kinds}). Exportez de nouveau la discussion depuis WhatsApp («&#xa0;Exporter la discussion&#xa0;»), ou importez le fichier .txt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is protected by a password. Unpack it with your archive tool and import the chat .txt file inside, or export the chat again without a password.</source>
        <translation>{name} est protégé par un mot de passe. Décompressez-le avec votre outil d&apos;archives et importez le fichier .txt de la discussion qu&apos;il contient, ou exportez de nouveau la discussion sans mot de passe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} would unpack to {ratio} times its packed size, far more than text ever compresses: it is a zip bomb or a damaged archive, and is not opened. Export the chat again.</source>
        <translation>Décompressé, {name} ferait {ratio} fois sa taille compressée, bien plus que ne se compresse jamais du texte&#xa0;: c&apos;est une bombe zip ou une archive endommagée, et il n&apos;est pas ouvert. Exportez de nouveau la discussion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} lists more files than any chat export (its list of file names alone is {size}): it is not opened. Unpack it and import the chat .txt file inside.</source>
        <translation>{name} contient plus de fichiers que n&apos;importe quel export de discussion (sa seule liste de noms de fichiers fait {size})&#xa0;: il n&apos;est pas ouvert. Décompressez-le et importez le fichier .txt de la discussion qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File not found: {path}.</source>
        <translation>Fichier introuvable&#xa0;: {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder: choose the exported chat file inside it.</source>
        <translation>{path} est un dossier&#xa0;: choisissez le fichier de discussion exporté qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+241"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="+533"/>
        <source>{member} in {archive}</source>
        <translation>{member} dans {archive}</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+273"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-43"/>
        <source>The file {name}</source>
        <translation>Le fichier {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/errors.py" line="+12"/>
        <source>{orders} or {order}</source>
        <translation>{orders} ou {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell whether the dates in this export are {orders}: no day is above 12 and both readings keep time moving forward equally well. Choose the date order (CLI: --date-order {choices}).</source>
        <translation>Impossible de savoir si les dates de cet export s&apos;écrivent {orders}&#xa0;: aucun jour ne dépasse 12 et les deux lectures donnent une suite chronologique tout aussi cohérente. Choisissez l&apos;ordre des dates (ligne de commande&#xa0;: --date-order {choices}).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{business} is not an author in this chat, which has %n author(s). Import it without a business to see them (as pseudonyms), then name the business exactly as the export writes it.</source>
        <translation>
            <numerusform>{business} n&apos;est pas un auteur de cette discussion, qui compte %n auteur. Importez-la sans indiquer l&apos;entreprise pour voir les auteurs (sous forme de pseudonymes), puis nommez l&apos;entreprise exactement comme l&apos;écrit l&apos;export.</numerusform>
            <numerusform>{business} n&apos;est pas un auteur de cette discussion, qui compte %n auteurs. Importez-la sans indiquer l&apos;entreprise pour voir les auteurs (sous forme de pseudonymes), puis nommez l&apos;entreprise exactement comme l&apos;écrit l&apos;export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s). Import it without choosing a chat to read them all together.</source>
        <translation>
            <numerusform>Aucune discussion nommée {chat} dans cet export Telegram, qui compte %n discussion. Importez-le sans choisir de discussion pour tout lire ensemble.</numerusform>
            <numerusform>Aucune discussion nommée {chat} dans cet export Telegram, qui compte %n discussions. Importez-le sans choisir de discussion pour tout lire ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export has more than {limit} different authors, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Cet export compte plus de {limit} auteurs différents, bien plus que n&apos;importe quelle discussion&#xa0;: il n&apos;est pas importé. Exportez une seule discussion et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This export has messages on more than {limit} different days, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Cet export contient des messages sur plus de {limit} jours différents, bien plus que n&apos;importe quelle discussion&#xa0;: il n&apos;est pas importé. Exportez une seule discussion et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/stats.py" line="+311"/>
        <source>The dates cannot be read as {order}: {date} is not a valid date in that order. Choose another date order or let it be detected.</source>
        <translation>Les dates ne peuvent pas se lire dans l&apos;ordre {order}&#xa0;: {date} n&apos;est pas une date valide dans cet ordre. Choisissez un autre ordre des dates ou laissez l&apos;application le détecter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates in this export are not valid day-month-year or month-day-year dates (e.g. {example}). Is this really a chat export?</source>
        <translation>Les dates de cet export ne sont valides ni en jour-mois-année ni en mois-jour-année (par ex. {example}). S&apos;agit-il vraiment d&apos;un export de discussion&#xa0;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export contains no messages.</source>
        <translation>L&apos;export ne contient aucun message.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="-84"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+42"/>
        <source>This JSON file is nested too deeply to be a Telegram Desktop export. Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>Ce fichier JSON est imbriqué trop profondément pour être un export de Telegram Desktop. Exportez de nouveau la discussion depuis Telegram Desktop (Paramètres &gt; Avancé &gt; Exporter les données Telegram, format&#xa0;: JSON lisible par machine).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed JSON ({detail}). Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>JSON mal formé ({detail}). Exportez de nouveau la discussion depuis Telegram Desktop (Paramètres &gt; Avancé &gt; Exporter les données Telegram, format&#xa0;: JSON lisible par machine).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON file is not a Telegram Desktop export: it has no &quot;messages&quot; list. Export the chat from Telegram Desktop as JSON.</source>
        <translation>Ce fichier JSON n&apos;est pas un export de Telegram Desktop&#xa0;: il ne contient pas de liste «&#xa0;messages&#xa0;». Exportez la discussion depuis Telegram Desktop au format JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This JSON file has more than {limit} message lists, far more chats than any Telegram account: it is not imported. Export a single chat from Telegram Desktop and import that file.</source>
        <translation>Ce fichier JSON contient plus de {limit} listes de messages, bien plus de discussions que n&apos;importe quel compte Telegram&#xa0;: il n&apos;est pas importé. Exportez une seule discussion depuis Telegram Desktop et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file ends inside a &quot;messages&quot; list</source>
        <translation>le fichier s&apos;arrête au milieu d&apos;une liste «&#xa0;messages&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One message in this JSON file is larger than {limit}, far more than any Telegram message: the file is damaged or not a Telegram Desktop export. Export the chat again.</source>
        <translation>Un message de ce fichier JSON dépasse {limit}, bien plus que n&apos;importe quel message Telegram&#xa0;: le fichier est endommagé ou n&apos;est pas un export de Telegram Desktop. Exportez de nouveau la discussion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-405"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s). Import it without choosing one to read them all together.</source>
        <translation>
            <numerusform>Aucune discussion nommée {chat} dans cet export Instagram ou Messenger, qui compte %n discussion. Importez-le sans en choisir une pour tout lire ensemble.</numerusform>
            <numerusform>Aucune discussion nommée {chat} dans cet export Instagram ou Messenger, qui compte %n discussions. Importez-le sans en choisir une pour tout lire ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>Exportez de nouveau les discussions depuis Instagram ou Facebook (Espace Comptes &gt; Vos informations et autorisations &gt; Télécharger vos informations, format JSON).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is not readable JSON ({detail}). {reexport}</source>
        <translation>{what} n&apos;est pas un JSON lisible ({detail}). {reexport}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One message in {what} is larger than {limit}, far more than any Instagram or Messenger message: the file is damaged. {reexport}</source>
        <translation>Un message de {what} dépasse {limit}, bien plus que n&apos;importe quel message Instagram ou Messenger&#xa0;: le fichier est endommagé. {reexport}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+9"/>
        <source>{error} near character {position}</source>
        <translation>{error} vers le caractère {position}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>the file ends too early</source>
        <translation>le fichier s&apos;arrête trop tôt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} is not an Instagram or Messenger conversation: it has no &quot;messages&quot; list of a Meta export. Choose a message_1.json file, its folder or the export&apos;s zip. {reexport}</source>
        <translation>{what} n&apos;est pas une discussion Instagram ou Messenger&#xa0;: on n&apos;y trouve pas la liste «&#xa0;messages&#xa0;» d&apos;un export Meta. Choisissez un fichier message_1.json, son dossier ou le zip de l&apos;export. {reexport}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled conversation)</source>
        <translation>(discussion sans titre)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n message time(s) in {what} are in seconds, where Instagram and Messenger give them in milliseconds: the file was changed after it was exported. {reexport}</source>
        <translation>
            <numerusform>L&apos;heure de %n message de {what} est notée en secondes, alors qu&apos;Instagram et Messenger notent les heures en millisecondes&#xa0;: le fichier a été modifié après son export. {reexport}</numerusform>
            <numerusform>Les heures de %n messages de {what} sont notées en secondes, alors qu&apos;Instagram et Messenger notent les heures en millisecondes&#xa0;: le fichier a été modifié après son export. {reexport}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>None of the %n message(s) in {what} has a real time (&quot;timestamp_ms&quot;): there is nothing to count. {reexport}</source>
        <translation>
            <numerusform>Aucun message de {what} (%n message au total) n&apos;a de vraie heure («&#xa0;timestamp_ms&#xa0;»)&#xa0;: il n&apos;y a rien à compter. {reexport}</numerusform>
            <numerusform>Aucun message de {what} (%n messages au total) n&apos;a de vraie heure («&#xa0;timestamp_ms&#xa0;»)&#xa0;: il n&apos;y a rien à compter. {reexport}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. {reexport}</source>
        <translation>{name} est un export Instagram ou Messenger au format HTML, qui ne contient pas les heures exactes. {reexport}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export holds more than {limit} conversation files, more than any inbox: it is not imported. Choose the folder of one conversation instead.</source>
        <translation>Cet export contient plus de {limit} fichiers de discussion, plus que n&apos;importe quelle boîte de réception&#xa0;: il n&apos;est pas importé. Choisissez plutôt le dossier d&apos;une seule discussion.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is a folder with no Instagram or Messenger conversation (message_1.json) in it: choose the exported chat file, or the folder of an Instagram or Messenger export.</source>
        <translation>{path} est un dossier qui ne contient aucune discussion Instagram ou Messenger (message_1.json)&#xa0;: choisissez le fichier de discussion exporté, ou le dossier d&apos;un export Instagram ou Messenger.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The export {name}</source>
        <translation>L&apos;export {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+99"/>
        <source>None of the %n message(s) in this export has a real date and time (&quot;date&quot; or &quot;date_unixtime&quot;): there is nothing to count. Re-export the chat from Telegram Desktop as machine-readable JSON.</source>
        <translation>
            <numerusform>Aucun message de cet export (%n message au total) n&apos;a de vraie date et heure («&#xa0;date&#xa0;» ou «&#xa0;date_unixtime&#xa0;»)&#xa0;: il n&apos;y a rien à compter. Exportez de nouveau la discussion depuis Telegram Desktop en JSON lisible par machine.</numerusform>
            <numerusform>Aucun message de cet export (%n messages au total) n&apos;a de vraie date et heure («&#xa0;date&#xa0;» ou «&#xa0;date_unixtime&#xa0;»)&#xa0;: il n&apos;y a rien à compter. Exportez de nouveau la discussion depuis Telegram Desktop en JSON lisible par machine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/whatsapp.py" line="+199"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not a recognised chat export: none of the first %n line(s) starts with a real date and time as in a WhatsApp or Signal export (such as &quot;18/03/2022, 14:56 - Name: text&quot; or &quot;[18/03/2022, 14:56:01] Name: text&quot;). Export the chat from WhatsApp (chat menu &gt; More &gt; Export chat, without media) and import that .txt or .zip file, or a Telegram Desktop JSON export.</source>
        <translation>
            <numerusform>Export de discussion non reconnu&#xa0;: %n ligne lue, et elle ne commence pas par une vraie date et heure comme dans un export WhatsApp ou Signal (par exemple «&#xa0;18/03/2022, 14:56 - Nom: texte&#xa0;» ou «&#xa0;[18/03/2022, 14:56:01] Nom: texte&#xa0;»). Exportez la discussion depuis WhatsApp (menu de la discussion &gt; Plus &gt; Exporter la discussion, sans médias) et importez ce fichier .txt ou .zip, ou bien un export JSON de Telegram Desktop.</numerusform>
            <numerusform>Export de discussion non reconnu&#xa0;: aucune des %n premières lignes ne commence par une vraie date et heure comme dans un export WhatsApp ou Signal (par exemple «&#xa0;18/03/2022, 14:56 - Nom: texte&#xa0;» ou «&#xa0;[18/03/2022, 14:56:01] Nom: texte&#xa0;»). Exportez la discussion depuis WhatsApp (menu de la discussion &gt; Plus &gt; Exporter la discussion, sans médias) et importez ce fichier .txt ou .zip, ou bien un export JSON de Telegram Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A date in this export cannot be read: {date}.</source>
        <translation>Une date de cet export est illisible&#xa0;: {date}.</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../continuity_app/gui/chat_import_dialog.py" line="+206"/>
        <source>Import chat into %1</source>
        <translation>Importer une discussion dans %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>reading it failed unexpectedly. Please report this, with the kind of export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file itself.</source>
        <translation>la lecture a échoué de façon inattendue. Merci de signaler ce problème en indiquant le type d&apos;export (WhatsApp, Telegram, Signal, Instagram ou Messenger), mais sans joindre le fichier lui-même.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Measure how many messages %1 really gets, and when, from a chat exported in WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), Signal, or Instagram and Messenger (Download your information, JSON: a message_1.json file or the export&apos;s zip).</source>
        <translation>Mesurez combien de messages %1 reçoit vraiment, et à quelle heure, à partir d&apos;une discussion exportée de WhatsApp (Discussion › Plus › Exporter la discussion, sans médias), de Telegram Desktop (JSON), de Signal, ou d&apos;Instagram et de Messenger (Télécharger vos informations, JSON&#xa0;: un fichier message_1.json ou le zip de l&apos;export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat export:</source>
        <translation>Export de discussion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen chat export</source>
        <translation>Export de discussion choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a chat export file</source>
        <translation>Choisir un fichier d&apos;export de discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates could be read two ways: which is right?</source>
        <translation>Les dates peuvent se lire de deux façons&#xa0;: laquelle est la bonne&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>&amp;Jour d&apos;abord (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>&amp;Mois d&apos;abord (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year first (2024/12/31)</source>
        <translation>&amp;Année d&apos;abord (2024/12/31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business is:</source>
        <translation>L&apos;&amp;entreprise est&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which author is the business</source>
        <translation>Quel auteur est l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;names</source>
        <translation>Afficher les &amp;noms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show author names instead of pseudonyms</source>
        <translation>Afficher le nom des auteurs au lieu des pseudonymes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date order:</source>
        <translation>Ordre des dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages:</source>
        <translation>Messages&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Auteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per active day:</source>
        <translation>Messages par jour actif&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
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
        <translation>Messenger (discussions chiffrées de bout en bout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram or Messenger (the export does not say which)</source>
        <translation>Instagram ou Messenger (l&apos;export ne précise pas lequel)</translation>
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
            <numerusform>%n jour avec des messages</numerusform>
            <numerusform>%n jours avec des messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>median %1, slowest tenth over %2 (%n response(s))</source>
        <translation>
            <numerusform>médiane %1, les 10&#xa0;% les plus lentes dépassent %2 (%n réponse)</numerusform>
            <numerusform>médiane %1, les 10&#xa0;% les plus lentes dépassent %2 (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 will get &lt;b&gt;%2 daily interactions on %4&lt;/b&gt; (%3), its other channels keeping theirs, and this hour-of-day profile.</source>
        <translation>%1 recevra &lt;b&gt;%2 échanges par jour sur %4&lt;/b&gt; (%3), ses autres canaux gardant les leurs, ainsi que ce profil horaire.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Business replies:</source>
        <translation>Réponses de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>there is not enough memory to read it.</source>
        <translation>la mémoire est insuffisante pour le lire.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Show the authors&apos; names instead of pseudonyms; names are never saved. Pseudonyms are keyed by a secret of this installation, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Afficher le nom des auteurs au lieu des pseudonymes&#xa0;; les noms ne sont jamais enregistrés. Les pseudonymes sont calculés avec un secret propre à cette installation, si bien que personne ne peut les retrouver à partir d&apos;une liste de noms ou de numéros de téléphone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors are shown as pseudonyms keyed by a secret of this installation (the same as on the command line), unless Show names is ticked.</source>
        <translation>Les auteurs sont affichés sous forme de pseudonymes calculés avec un secret propre à cette installation (le même qu&apos;en ligne de commande), sauf si «&#xa0;Afficher les noms&#xa0;» est coché.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only counts and the hour-of-day profile enter the plan. Message text and author names are never stored.</source>
        <translation>Seuls les comptages et le profil horaire entrent dans le plan. Le texte des messages et le nom des auteurs ne sont jamais conservés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply to %1</source>
        <translation>A&amp;ppliquer à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to %1</source>
        <translation>Appliquer à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a chat export</source>
        <translation>Choisir un export de discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
        <translation>Exports de discussion (*.txt *.zip *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No day in this chat is above 12, so the dates could be day first or month first. Choose the order your phone shows dates in.</source>
        <translation>Aucun jour de cette discussion ne dépasse 12&#xa0;: les dates peuvent commencer par le jour ou par le mois. Choisissez l&apos;ordre dans lequel votre téléphone affiche les dates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody: count every message</source>
        <translation>Personne&#xa0;: compter tous les messages</translation>
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
        <translation>du %1 au %2 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none in this chat</source>
        <translation>aucune dans cette discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages per day with messages</source>
        <translation>messages de clients par jour avec des messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all messages per day with messages; choose the business to count only customers</source>
        <translation>tous les messages par jour avec des messages&#xa0;; choisissez l&apos;entreprise pour ne compter que les clients</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Messages by hour of day</source>
        <translation>Messages par heure de la journée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages by hour of day in the chat</source>
        <translation>Messages par heure de la journée dans la discussion</translation>
    </message>
</context>
<context>
    <name>ChatReport</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="+223"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date order:</source>
        <translation>Ordre des dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages:</source>
        <translation>Messages&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Auteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message:</source>
        <translation>Premier message&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Dernier message&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days:</source>
        <translation>Jours actifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{active} of {calendar} calendar days</source>
        <translation>{active} sur {calendar} jours calendaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per active day:</source>
        <translation>Par jour actif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages</source>
        <translation>{count} messages</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busiest hours:</source>
        <translation>Heures de pointe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of order:</source>
        <translation>Hors séquence&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) earlier than the one before</source>
        <translation>
            <numerusform>%n ligne antérieure à la précédente</numerusform>
            <numerusform>%n lignes antérieures à la précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>median {median}, P90 {p90} (%n answer(s))</source>
        <translation>
            <numerusform>médiane {median}, P90 {p90} (%n réponse)</numerusform>
            <numerusform>médiane {median}, P90 {p90} (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Most messages:</source>
        <translation>Les plus actifs&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>{messages} (plus %n system event(s))</source>
        <translation>
            <numerusform>{messages} (plus&#xa0;%n événement système)</numerusform>
            <numerusform>{messages} (plus&#xa0;%n événements système)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Business:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer messages:</source>
        <translation>Messages clients&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ({per_day} per active day)</source>
        <translation>{count} ({per_day} par jour actif)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the business never answered a customer here</source>
        <translation>l&apos;entreprise n&apos;a jamais répondu à un client dans cette discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>Temps de réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer messages per active day</source>
        <translation>messages de clients par jour actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages per active day; pass --business to count customers only</source>
        <translation>messages par jour actif&#xa0;; ajoutez --business pour ne compter que les clients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the plan:</source>
        <translation>Pour le plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} daily interactions ({basis})</source>
        <translation>{count} échanges par jour ({basis})</translation>
    </message>
</context>
<context>
    <name>ChatWording</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/wording.py" line="+13"/>
        <source>day first</source>
        <translation>jour d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>mois d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>année d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>time runs forward in this order (%n backward jump(s) against {more})</source>
        <translation>
            <numerusform>le temps avance dans cet ordre (%n retour en arrière contre {more} dans l&apos;autre)</numerusform>
            <numerusform>le temps avance dans cet ordre (%n retours en arrière contre {more} dans l&apos;autre)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dates start with the year</source>
        <translation>les dates commencent par l&apos;année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day is above 12</source>
        <translation>un jour dépasse 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month are the same on every date: either order reads alike</source>
        <translation>le jour et le mois sont identiques dans chaque date&#xa0;: les deux ordres donnent la même lecture</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/checklist_view.py" line="+36"/>
        <source>1. Confirm the outage</source>
        <translation>1. Confirmer la panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Call the team, in this order</source>
        <translation>2. Appeler l&apos;équipe, dans cet ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Move each activity to its fallbacks</source>
        <translation>3. Basculer chaque activité vers ses canaux de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Send the messages</source>
        <translation>4. Envoyer les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Back to normal</source>
        <translation>5. Retour à la normale</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When it was done, in hours and minutes since the start.</source>
        <translation>Moment où c&apos;est fait, en heures et minutes depuis le début.</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-185"/>
        <source>Authors: {names}.</source>
        <translation>Auteurs&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors as pseudonyms: {names}. Pass one of them to --business, or add --keep-names to see the names.</source>
        <translation>Auteurs (pseudonymes)&#xa0;: {names}. Passez l&apos;un d&apos;eux à --business, ou ajoutez --keep-names pour voir les noms.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats: {names}.</source>
        <translation>Discussions&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --keep-names to list the chats&apos; names.</source>
        <translation>Ajoutez --keep-names pour lister le nom des discussions.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot tell the day from the month in these dates (no day is above 12 and both readings keep time moving forward). Pass {options}.</source>
        <translation>impossible de distinguer le jour du mois dans ces dates (aucun jour ne dépasse 12 et les deux lectures donnent une suite chronologique cohérente). Ajoutez {options}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{business} is not an author in this chat.</source>
        <translation>{business} n&apos;est pas un auteur de cette discussion.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s).</source>
        <translation>
            <numerusform>Aucune discussion nommée {chat} dans cet export Instagram ou Messenger, qui compte %n discussion.</numerusform>
            <numerusform>Aucune discussion nommée {chat} dans cet export Instagram ou Messenger, qui compte %n discussions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s).</source>
        <translation>
            <numerusform>Aucune discussion nommée {chat} dans cet export Telegram, qui compte %n discussion.</numerusform>
            <numerusform>Aucune discussion nommée {chat} dans cet export Telegram, qui compte %n discussions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to read this file.</source>
        <translation>mémoire insuffisante pour lire ce fichier.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>give a file name ending in .csv or .xlsx</source>
        <translation>indiquez un nom de fichier se terminant par .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../continuity_app/cli/commands.py" line="+62"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-135"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+491"/>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../continuity_app/cli/commands.py" line="+7"/>
        <source>Wrote {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+26"/>
        <source>the built-in reference data is damaged: {error}</source>
        <translation>les données de référence intégrées sont endommagées&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-2"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+268"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+40"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+24"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;enregistrer {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+23"/>
        <source>{text} is too few trials; use at least {least}</source>
        <translation>{text} années simulées, c&apos;est trop peu&#xa0;; utilisez-en au moins {least}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a whole number</source>
        <translation>{text} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must not be negative</source>
        <translation>{text} ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="+40"/>
        <source>no scenario {scenario}; the plan has {known}</source>
        <translation>aucun scénario {scenario}&#xa0;; scénarios du plan&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>{path} is a file; give a folder for the screenshots</source>
        <translation>{path} est un fichier&#xa0;; indiquez un dossier pour les captures d&apos;écran</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n screenshot(s) to {folder}</source>
        <translation>
            <numerusform>%n capture d&apos;écran enregistrée dans {folder}</numerusform>
            <numerusform>%n captures d&apos;écran enregistrées dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+112"/>
        <source>continuity-app plan: warning: {warning}</source>
        <translation>continuity-app plan&#xa0;: avertissement&#xa0;: {warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote {path} (%n page(s), {paper})</source>
        <translation>
            <numerusform>Enregistré&#xa0;: {path} (%n page, {paper})</numerusform>
            <numerusform>Enregistré&#xa0;: {path} (%n pages, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-196"/>
        <source>{text} is not a percentage; give a number from 0 to 100, such as 40</source>
        <translation>{text} n&apos;est pas un pourcentage&#xa0;; indiquez un nombre de 0 à 100, par exemple 40</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5</source>
        <translation>{text} n&apos;est pas un nombre d&apos;heures&#xa0;; indiquez-en un de 0 à 168 (une semaine), par exemple 0.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not an amount of money; give a number of zero or more in the plan currency, without its symbol, such as 250 or 99.50</source>
        <translation>{text} n&apos;est pas un montant&#xa0;; indiquez un nombre positif ou nul dans la devise du plan, sans son symbole, par exemple 250 ou 99.50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to clear the due date</source>
        <translation>{text} n&apos;est pas une date&#xa0;; écrivez-la au format YYYY-MM-DD, par exemple 2027-03-31, ou none pour effacer l&apos;échéance</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{options}: these describe a new task; give them with --new TITLE</source>
        <translation>{options}&#xa0;: ces options décrivent une nouvelle tâche&#xa0;; donnez-les avec --new TITLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--new also needs {missing}</source>
        <translation>--new demande aussi {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{options}: these change a task; name it with --update TASK_ID (the ids are in the first column of `continuity-app tasks FILE`), or give them with --add or --new</source>
        <translation>{options}&#xa0;: ces options modifient une tâche&#xa0;; désignez-la avec --update TASK_ID (les identifiants figurent dans la première colonne de `continuity-app tasks FILE`), ou donnez-les avec --add ou --new</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n task(s) to {path}</source>
        <translation>
            <numerusform>%n tâche enregistrée dans {path}</numerusform>
            <numerusform>%n tâches enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n open task(s) to the calendar {path}</source>
        <translation>
            <numerusform>%n tâche restante enregistrée dans le calendrier {path}</numerusform>
            <numerusform>%n tâches restantes enregistrées dans le calendrier {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) left out of the calendar: no due date (give one with --update TASK_ID --due YYYY-MM-DD)</source>
        <translation>
            <numerusform>%n tâche restante laissée hors du calendrier&#xa0;: pas d&apos;échéance (indiquez-en une avec --update TASK_ID --due YYYY-MM-DD)</numerusform>
            <numerusform>%n tâches restantes laissées hors du calendrier&#xa0;: pas d&apos;échéance (indiquez-en une avec --update TASK_ID --due YYYY-MM-DD)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no task {id}; the plan has {known}</source>
        <translation>aucune tâche {id}&#xa0;; tâches du plan&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no task {id}; the plan has no tasks yet (add one with --add or --new)</source>
        <translation>aucune tâche {id}&#xa0;; le plan n&apos;a encore aucune tâche (ajoutez-en une avec --add ou --new)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--function: the plan has no function {id}; its functions are {known}</source>
        <translation>--function&#xa0;: le plan n&apos;a pas d&apos;activité {id}&#xa0;; ses activités sont&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel: {id} is not a fallback channel; use one of {known}</source>
        <translation>--channel&#xa0;: {id} n&apos;est pas un canal de secours&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no recommended step {id} for this plan. Steps it has include {some}; `continuity-app recommend FILE --json` lists them all under actions[].id</source>
        <translation>aucune action recommandée {id} pour ce plan. Ses actions comprennent notamment {some}&#xa0;; `continuity-app recommend FILE --json` les liste toutes sous actions[].id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recommended step {id}: the recommender has no step for this plan now; add your own with --new</source>
        <translation>aucune action recommandée {id}&#xa0;: le moteur de recommandation ne propose actuellement aucune action pour ce plan&#xa0;; ajoutez la vôtre avec --new</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--new: give the task a title</source>
        <translation>--new&#xa0;: donnez un titre à la tâche</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="+85"/>
        <source>give --script NAME for a run sheet, --log LOG.json or both</source>
        <translation>indiquez --script NAME pour le déroulé d&apos;un exercice, --log LOG.json, ou les deux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o and --record need the log of a run: --log</source>
        <translation>-o et --record demandent le journal d&apos;une panne ou d&apos;un exercice&#xa0;: --log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the log is of the exercise {logged}, not {given}</source>
        <translation>le journal est celui de l&apos;exercice {logged}, pas de {given}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="+23"/>
        <source>Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.</source>
        <translation>Anticipez les pannes de WhatsApp et de Meta&#xa0;: impact, canaux de secours, plan imprimable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open the window on a built-in example (see demo --list)</source>
        <translation>ouvrir la fenêtre sur un exemple intégré (voir demo --list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that this installation works (examples, model, PDF, window) and exit</source>
        <translation>vérifier que cette installation fonctionne (exemples, modèle, PDF, fenêtre) et quitter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-314"/>
        <location filename="../../continuity_app/cli/commands.py" line="-224"/>
        <location line="+62"/>
        <location line="+48"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-32"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-315"/>
        <source>print one JSON object</source>
        <translation>afficher un seul objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month order of the dates when it cannot be detected</source>
        <translation>ordre jour/mois des dates, s&apos;il ne peut pas être détecté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one chat of a whole-account export</source>
        <translation>une seule discussion d&apos;un export du compte entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show author names instead of pseudonyms</source>
        <translation>afficher le nom des auteurs au lieu des pseudonymes</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>measure a function&apos;s messages from a WhatsApp, Telegram, Signal, Instagram or Messenger chat export</source>
        <translation>mesurer les messages d&apos;une activité à partir d&apos;un export de discussion WhatsApp, Telegram, Signal, Instagram ou Messenger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, Instagram or Messenger JSON from Meta&apos;s Download your information: a message_1.json, its folder or the export&apos;s zip) and print its aggregates: messages, authors, the hour-of-day profile and, with --business, customer messages per day and response times. Message text is never printed or stored; author names are shown as pseudonyms (Author-…) unless --keep-names. Pseudonyms are keyed by a secret of this installation, made once and kept in {folder}, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Lit un export de discussion (.txt ou .zip de WhatsApp, JSON de Telegram Desktop, texte de Signal, JSON d&apos;Instagram ou de Messenger issu de «&#xa0;Télécharger vos informations&#xa0;» de Meta&#xa0;: un message_1.json, son dossier ou le zip de l&apos;export) et affiche ses agrégats&#xa0;: messages, auteurs, profil horaire et, avec --business, messages de clients par jour et délais de réponse. Le texte des messages n&apos;est jamais affiché ni conservé&#xa0;; le nom des auteurs apparaît sous forme de pseudonymes (Author-…) sauf avec --keep-names. Les pseudonymes sont calculés à partir d&apos;un secret propre à cette installation, créé une seule fois et conservé dans {folder}, si bien que personne ne peut les recalculer à partir d&apos;une liste de noms ou de numéros de téléphone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder</source>
        <translation>la discussion exportée (.txt, .zip ou .json), ou un dossier Instagram ou Messenger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the author who is the business: a name, or a pseudonym the output showed</source>
        <translation>l&apos;auteur qui représente l&apos;entreprise&#xa0;: un nom, ou un pseudonyme affiché par la commande</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key the pseudonyms with KEY instead of this installation&apos;s secret, for output that is the same on every computer (keep KEY secret)</source>
        <translation>calculer les pseudonymes avec KEY au lieu du secret de cette installation, pour obtenir le même résultat sur tous les ordinateurs (ne divulguez pas KEY)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>write a plan&apos;s results and recommendations to a CSV or XLSX file</source>
        <translation>écrire les résultats et les recommandations d&apos;un plan dans un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/cli/commands.py" line="-112"/>
        <location line="+62"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-28"/>
        <location filename="../../continuity_app/cli/plan_command.py" line="-89"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-2"/>
        <source>a .cplan plan file</source>
        <translation>un fichier de plan .cplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file to write, ending in .csv or .xlsx</source>
        <translation>fichier à écrire, avec l&apos;extension .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="-57"/>
        <source>Monte Carlo years</source>
        <translation>années simulées (Monte-Carlo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="+3"/>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-58"/>
        <source>write a built-in example plan</source>
        <translation>écrire un plan d&apos;exemple intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (default: print the plan)</source>
        <translation>fichier à écrire (par défaut&#xa0;: afficher le plan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example (see --list)</source>
        <translation>quel exemple (voir --list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the examples, one per line</source>
        <translation>lister les exemples, un par ligne</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what outages cost: per scenario, ALE, Monte Carlo</source>
        <translation>ce que coûtent les pannes&#xa0;: par scénario, perte attendue par an (ALE), Monte-Carlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only this scenario id</source>
        <translation>uniquement le scénario portant cet identifiant</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>fallback channels and preparation steps, valued by the loss they prevent</source>
        <translation>canaux de secours et actions de préparation, chiffrés selon la perte qu&apos;ils évitent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>largest yearly spend on preparation</source>
        <translation>dépense annuelle maximale pour la préparation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the preset outage scenarios and how the history gives their numbers</source>
        <translation>les scénarios types de panne et le calcul de leurs chiffres à partir de l&apos;historique</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a country of the business (ISO code such as BR; repeat for several): shutdowns and carrier outages are counted for it</source>
        <translation>un pays de l&apos;entreprise (code ISO, comme BR&#xa0;; répétez l&apos;option pour plusieurs pays)&#xa0;: les coupures imposées par les autorités et les pannes d&apos;opérateur y sont comptées</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>render every page of the window to PNG files</source>
        <translation>capturer chaque page de la fenêtre dans des fichiers PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write one PNG per page</source>
        <translation>dossier où écrire un fichier PNG par page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface language, e.g. ar or pt_BR</source>
        <translation>langue de l&apos;interface, p. ex. ar ou pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example plan to show</source>
        <translation>plan d&apos;exemple à afficher</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="-2"/>
        <source>write the printable continuity plan as PDF</source>
        <translation>écrire le plan de continuité imprimable en PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paper size (default: the one used in the business&apos;s main country)</source>
        <translation>format du papier (par défaut&#xa0;: celui du pays principal de l&apos;entreprise)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the plan&apos;s own text, e.g. ar or pt_BR</source>
        <translation>langue du texte du plan, p. ex. ar ou pt_BR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits in the plan: as the language writes them (default), 0123 or ٠١٢٣</source>
        <translation>chiffres du plan&#xa0;: ceux de la langue (par défaut), 0123 ou ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+18"/>
        <source>which figures the reference data has for each country, and how old</source>
        <translation>quels chiffres les données de référence contiennent pour chaque pays, et de quand ils datent</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-8"/>
        <source>list, add, change and export the plan&apos;s preparation tasks</source>
        <translation>lister, ajouter, modifier et exporter les tâches de préparation du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without options: the plan&apos;s preparation tasks by due date. A task is a preparation step the business has taken on: it raises readiness today only once it is marked done. Changes are saved back to FILE.</source>
        <translation>Sans option&#xa0;: les tâches de préparation du plan, par échéance. Une tâche est une action de préparation que l&apos;entreprise s&apos;est engagée à mener&#xa0;: elle n&apos;augmente le taux de préparation actuel qu&apos;une fois marquée comme terminée (done). Les modifications sont enregistrées dans FILE.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan a recommended step, by the id `recommend FILE --json` gives it in actions[].id (repeat for several)</source>
        <translation>planifier une action recommandée, par l&apos;identifiant que `recommend FILE --json` lui donne dans actions[].id (répétez l&apos;option pour plusieurs actions)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task of your own</source>
        <translation>ajouter votre propre tâche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the function it prepares a fallback for</source>
        <translation>avec --new&#xa0;: l&apos;activité pour laquelle la tâche prépare un canal de secours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the fallback channel it makes ready, e.g. sms</source>
        <translation>avec --new&#xa0;: le canal de secours que la tâche rend prêt, p. ex. sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --new: the share of the function&apos;s contacts cut off by an outage that the channel reaches once done, in percent</source>
        <translation>avec --new&#xa0;: la part des contacts de l&apos;activité privés de leur canal que le canal joindra une fois la tâche terminée, en pourcentage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>with --new: hours until they switch, once done</source>
        <translation>avec --new&#xa0;: heures avant que ces contacts basculent, une fois la tâche terminée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change this task with the options below (repeat for several)</source>
        <translation>modifier cette tâche avec les options ci-dessous (répétez l&apos;option pour plusieurs tâches)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the task&apos;s status; done raises the channel&apos;s readiness today</source>
        <translation>le statut de la tâche&#xa0;; done augmente le taux de préparation actuel du canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who does it</source>
        <translation>qui s&apos;en charge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date it should be done by, or none</source>
        <translation>la date à laquelle elle doit être terminée, ou none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what setting it up costs once, in the plan currency</source>
        <translation>son coût de mise en place, payé une fois, dans la devise du plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what it costs each month, in the plan currency</source>
        <translation>son coût chaque mois, dans la devise du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes for the owner</source>
        <translation>remarques pour le responsable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove this task (repeat for several)</source>
        <translation>retirer cette tâche (répétez l&apos;option pour plusieurs tâches)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the tasks as a CSV table</source>
        <translation>écrire les tâches dans un tableau CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the open tasks as calendar entries (.ics), one on each due date</source>
        <translation>écrire les tâches restantes comme entrées de calendrier (.ics), une à chaque échéance</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-11"/>
        <source>a tabletop exercise&apos;s run sheet, or the after-action report of a log</source>
        <translation>le déroulé d&apos;un exercice sur table, ou le rapport de retour d&apos;expérience d&apos;un journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --log: the exercise hour by hour, with the checklist the plan gives for its outage. With --log: the after-action report of that outage or exercise log (timings against the plan, what was missing, follow-up tasks); -o writes it as PDF and --record adds the follow-up tasks and the exercise to FILE.</source>
        <translation>Sans --log&#xa0;: l&apos;exercice heure par heure, avec la liste de contrôle que le plan prévoit pour sa panne. Avec --log&#xa0;: le rapport de retour d&apos;expérience de ce journal de panne ou d&apos;exercice (délais par rapport au plan, ce qui a manqué, tâches de suivi)&#xa0;; -o l&apos;écrit en PDF et --record ajoute les tâches de suivi et l&apos;exercice à FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a shipped exercise script (e.g. meta-wide-2021) or a script file</source>
        <translation>un script d&apos;exercice fourni (p. ex. meta-wide-2021) ou un fichier de script</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a log saved by outage mode or an exercise</source>
        <translation>un journal enregistré par le mode panne ou par un exercice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the after-action report as PDF</source>
        <translation>écrire le rapport de retour d&apos;expérience en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the PDF, e.g. ar or pt_BR</source>
        <translation>langue du PDF, p. ex. ar ou pt_BR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the follow-up tasks and the exercise record to FILE (written once, at the end)</source>
        <translation>ajouter les tâches de suivi et la trace de l&apos;exercice à FILE (enregistré en une seule fois)</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+52"/>
        <source>Laying out the printed plan…</source>
        <translation>Mise en page du plan imprimé…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/progress.py" line="+60"/>
        <source>{stage} {percent}%</source>
        <translation>{stage} {percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../../continuity_app/cli/report_text.py" line="+54"/>
        <source>{business} ({currency}); the business can bear {amount} per outage.</source>
        <translation>{business} ({currency})&#xa0;; l&apos;entreprise peut supporter une perte de {amount} par panne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage scenarios. While open: an outage of typical length that strikes while the business is open (the figure to plan for). Average: over every hour of the week and every length the history gives (the yearly figure is built from this average).</source>
        <translation>Scénarios de panne. Pendant l&apos;ouverture&#xa0;: une panne de durée habituelle qui survient pendant les heures d&apos;ouverture (le chiffre à retenir pour le plan). Moyenne&#xa0;: sur toutes les heures de la semaine et toutes les durées de l&apos;historique (le chiffre annuel est calculé à partir de cette moyenne).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst start</source>
        <translation>Pire début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the reference scenario ({scenario}):</source>
        <translation>Dans le scénario de référence ({scenario})&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} breached for {duration}</source>
        <translation>{share} non atteint pendant {duration}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} met after {duration}</source>
        <translation>{share} atteint après {duration}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+279"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>MBCO</source>
        <translation>MBCO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+48"/>
        <source>While open</source>
        <translation>Pendant l&apos;ouverture</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location line="+15"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut off</source>
        <translation>Coupés</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maximum tolerable period of disruption (MTPD): {duration}: after that an outage that strikes while the business is open costs more than {amount}.</source>
        <translation>Durée maximale d&apos;interruption admissible (DMIA)&#xa0;: {duration}&#xa0;: au-delà, une panne qui survient pendant les heures d&apos;ouverture coûte plus de {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum tolerable period of disruption (MTPD): an outage that strikes while the business is open stays under {amount} for a whole week.</source>
        <translation>Durée maximale d&apos;interruption admissible (DMIA)&#xa0;: une panne qui survient pendant les heures d&apos;ouverture reste sous {amount} pendant toute une semaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annualised loss expectancy (ALE): {amount} per year.</source>
        <translation>Perte attendue par an (ALE)&#xa0;: {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monte Carlo, {trials} simulated years (seed {seed}):</source>
        <translation>Simulation de Monte-Carlo, {trials} années simulées (graine {seed})&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One outage</source>
        <translation>Une panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Une année</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of {total}</source>
        <translation>aucune sur {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected yearly loss (ALE)</source>
        <translation>Perte attendue par an (ALE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad year (P90)</source>
        <translation>Une mauvaise année (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage (MTPD)</source>
        <translation>Durée maximale d&apos;interruption admissible (DMIA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing their minimum service</source>
        <translation>Activités sous leur service minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation tasks count only once they are done. Today, and with every open task done (on the same simulated years):</source>
        <translation>Les tâches de préparation ne comptent qu&apos;une fois terminées. Aujourd&apos;hui, et avec toutes les tâches restantes terminées (sur les mêmes années simulées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Avec %n tâche restante terminée</numerusform>
            <numerusform>Avec %n tâches restantes terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{business}: expected yearly loss today {amount} (a bad year, P90: {p90}).</source>
        <translation>{business}&#xa0;: aujourd&apos;hui, perte attendue de {amount} par an (mauvaise année, P90&#xa0;: {p90}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best fallback channels per function:</source>
        <translation>Meilleurs canaux de secours par activité&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}:</source>
        <translation>{function}&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score {score}</source>
        <translation>score {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}. {name} ({score}): {reasons}</source>
        <translation>{rank}. {name} ({score})&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation steps, most net value first:</source>
        <translation>Actions de préparation, par valeur nette décroissante&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves/year</source>
        <translation>Gain/an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 cut</source>
        <translation>Baisse P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost/year</source>
        <translation>Coût/an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback (months)</source>
        <translation>Rentabilisé en (mois)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not worth it now:</source>
        <translation>À laisser de côté pour l&apos;instant&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({function}): {why}</source>
        <translation>{step} ({function})&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended portfolio (budget {amount} a year):</source>
        <translation>Sélection recommandée (budget de {amount} par an)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended portfolio:</source>
        <translation>Sélection recommandée&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No step saves more than it costs within the budget.</source>
        <translation>Aucune action n&apos;économise plus qu&apos;elle ne coûte dans les limites du budget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step saves more than it costs.</source>
        <translation>Aucune action n&apos;économise plus qu&apos;elle ne coûte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} ({function}): saves {saving} a year on top of the steps above, costs {cost}</source>
        <translation>{step} ({function})&#xa0;: économise {saving} par an en plus des actions ci-dessus, coûte {cost}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} a year.</source>
        <translation>Perte attendue par an après ces actions&#xa0;: {amount} (mauvaise année, P90&#xa0;: {p90}), pour {cost} par an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids are in `continuity-app recommend FILE --json`, actions[].id), or add your own with --new.</source>
        <translation>Aucune tâche de préparation pour l&apos;instant. Planifiez une action recommandée avec --add STEP_ID (les identifiants sont dans `continuity-app recommend FILE --json`, actions[].id), ou ajoutez votre propre tâche avec --new.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{once} + {monthly} a month</source>
        <translation>{once} + {monthly} par mois</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready when done</source>
        <translation>Préparation une fois terminée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan is past its review date ({date}): review it.</source>
        <translation>Le plan a dépassé sa date de révision ({date})&#xa0;: révisez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review of the plan: {date}.</source>
        <translation>Prochaine révision du plan&#xa0;: {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) past their due date.</source>
        <translation>
            <numerusform>%n tâche restante a dépassé son échéance.</numerusform>
            <numerusform>%n tâches restantes ont dépassé leur échéance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task is past its due date.</source>
        <translation>Aucune tâche n&apos;a dépassé son échéance.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-71"/>
        <source>{code} is not a country this application knows; use an ISO code: {known}</source>
        <translation>{code} n&apos;est pas un pays que cette application connaît&#xa0;; utilisez un code ISO&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>failed layers: {layers}</source>
        <translation>couches en panne&#xa0;: {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{frequency} per year, typical {duration} (log-normal spread {sigma})</source>
        <translation>{frequency} par an, durée habituelle de {duration} (dispersion log-normale {sigma})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how: {explanation}</source>
        <translation>calcul&#xa0;: {explanation}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+192"/>
        <source>{step} is already planned as {task} ({status}); nothing changed. To change it: --update {task}</source>
        <translation>{step} est déjà planifiée sous le nom {task} ({status})&#xa0;; rien n&apos;a changé. Pour la modifier&#xa0;: --update {task}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned {task}: {title} ({function}, {channel})</source>
        <translation>Tâche {task} planifiée&#xa0;: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added {task}: {title} ({function}, {channel})</source>
        <translation>Tâche {task} ajoutée&#xa0;: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{task}: owner {owner}</source>
        <translation>{task}&#xa0;: responsable {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: owner cleared</source>
        <translation>{task}&#xa0;: responsable effacé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due {date}</source>
        <translation>{task}&#xa0;: échéance le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due date cleared</source>
        <translation>{task}&#xa0;: échéance effacée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: one-off cost {amount}</source>
        <translation>{task}&#xa0;: coût unique de {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: monthly cost {amount}</source>
        <translation>{task}&#xa0;: coût mensuel de {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: notes changed</source>
        <translation>{task}&#xa0;: remarques modifiées</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{task} is already {status}; nothing changed</source>
        <translation>{task} a déjà le statut «&#xa0;{status}&#xa0;»&#xa0;; rien n&apos;a changé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{task}: done on {date}</source>
        <translation>{task}&#xa0;: terminée le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: status {status}</source>
        <translation>{task}&#xa0;: statut «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness today of {channel} for {function}: {before} → {after}</source>
        <translation>Taux de préparation actuel de {channel} pour {function}&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {task}: {title}</source>
        <translation>Tâche {task} retirée&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readiness it gave when it was done stays: the work was done.</source>
        <translation>Le taux de préparation qu&apos;elle a apporté une fois terminée est conservé&#xa0;: le travail a bien été fait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/cli/exercise_command.py" line="+56"/>
        <source>Recorded in {file}: the exercise, the review date and %n task(s).</source>
        <translation>
            <numerusform>Enregistré dans {file}&#xa0;: l&apos;exercice, la date de révision et %n tâche.</numerusform>
            <numerusform>Enregistré dans {file}&#xa0;: l&apos;exercice, la date de révision et %n tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded in {file}: the outage, the review date and %n task(s).</source>
        <translation>
            <numerusform>Enregistré dans {file}&#xa0;: la panne, la date de révision et %n tâche.</numerusform>
            <numerusform>Enregistré dans {file}&#xa0;: la panne, la date de révision et %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage: {scenario}, {hours}.</source>
        <translation>Panne&#xa0;: {scenario}, {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the outage:</source>
        <translation>Confirmer la panne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, in this order:</source>
        <translation>Appeler, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>Basculer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Envoyer&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After-action review: {scenario}, {length} logged.</source>
        <translation>Retour d&apos;expérience&#xa0;: {scenario}, {length} de journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan:</source>
        <translation>Délais par rapport au plan&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Missing (%n):</source>
        <translation>
            <numerusform>Non réalisé (%n)&#xa0;:</numerusform>
            <numerusform>Non réalisés (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Follow-up tasks (%n):</source>
        <translation>
            <numerusform>Tâche de suivi (%n)&#xa0;:</numerusform>
            <numerusform>Tâches de suivi (%n)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <location filename="../../continuity_app/gui/outage/clock.py" line="+70"/>
        <source>Exercise clock:</source>
        <translation>Horloge de l&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start:</source>
        <translation>Depuis le début&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on by a quarter of an hour.</source>
        <translation>Avancer l&apos;horloge de l&apos;exercice d&apos;un quart d&apos;heure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hour</source>
        <translation>Heure suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on to the next whole hour.</source>
        <translation>Avancer l&apos;horloge de l&apos;exercice jusqu&apos;à la prochaine heure pile.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+11"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App figures</source>
        <translation>Chiffres par application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked apps</source>
        <translation>Applications bloquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Countries: {count}</source>
        <translation>Pays&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}: known for {count} of {total} countries</source>
        <translation>{figure}&#xa0;: connu pour {count} pays sur {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: a usage figure for {count} of {total} countries</source>
        <translation>{app}&#xa0;: un chiffre d&apos;utilisation pour {count} pays sur {total}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../continuity_app/display.py" line="+117"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>aucun serveur X ne répond sur DISPLAY={display}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Wayland compositor answers at WAYLAND_DISPLAY={name}</source>
        <translation>aucun compositeur Wayland ne répond sur WAYLAND_DISPLAY={name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>Aucun écran sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on: {reasons}. The desktop session may have ended, or DISPLAY is left over from another session (after ssh -X, reconnect).</source>
        <translation>Aucun écran sur lequel ouvrir la fenêtre&#xa0;: {reasons}. La session de bureau est peut-être terminée, ou DISPLAY provient d&apos;une autre session (après ssh -X, reconnectez-vous).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no display this installation can open the window on: it draws through X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server (XWayland) at DISPLAY={display}.</source>
        <translation>Cette installation ne trouve aucun écran où ouvrir la fenêtre&#xa0;: elle affiche via X11, et le bureau Wayland de WAYLAND_DISPLAY={name} n&apos;offre aucun serveur X (XWayland) sur DISPLAY={display}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the application from a desktop session, or use the command-line sub-commands (continuity-app --help); for a window without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Lancez l&apos;application depuis une session de bureau, ou utilisez les sous-commandes en ligne de commande (continuity-app --help)&#xa0;; pour une fenêtre sans écran, définissez QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+198"/>
        <source>the history of WhatsApp and Meta outages kept in this app, from status pages and news reports (listed under Outage history)</source>
        <translation>l&apos;historique des pannes de WhatsApp et de Meta conservé dans cette application, tiré des pages d&apos;état des services et d&apos;articles de presse (voir Historique des pannes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yearly counts of phone network outages published by telecom regulators for your countries, with the lengths of past carrier outages from the outage history</source>
        <translation>le nombre annuel de pannes des réseaux téléphoniques publié par les régulateurs des télécoms pour vos pays, avec la durée des pannes passées des opérateurs tirée de l&apos;historique des pannes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access Now&apos;s record of government internet shutdowns and app blocks, 2016 to 2022, for your countries</source>
        <translation>le registre d&apos;Access Now des coupures d&apos;internet et blocages d&apos;applications ordonnés par les autorités, de 2016 à 2022, pour vos pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reference data in this app</source>
        <translation>les données de référence de cette application</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../continuity_app/gui/due_notice.py" line="+50"/>
        <source>Show the action plan</source>
        <translation>Afficher le plan d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n preparation task(s) overdue: {tasks}.</source>
        <translation>
            <numerusform>%n tâche de préparation en retard&#xa0;: {tasks}.</numerusform>
            <numerusform>%n tâches de préparation en retard&#xa0;: {tasks}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{task} (due {date})</source>
        <translation>{task} (échéance&#xa0;: {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan was due for review on {date}: go through it with the people who act in it.</source>
        <translation>La révision du plan était prévue le {date}&#xa0;: relisez-le avec les personnes qui y ont un rôle.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../continuity_app/core/wording/notes.py" line="+23"/>
        <source>No price per message is known for {channel} ({function}); counted as free. Enter one in the fallback to include it.</source>
        <translation>Aucun prix par message n&apos;est connu pour {channel} ({function})&#xa0;; compté comme gratuit. Saisissez-en un dans le canal de secours pour en tenir compte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages per interaction default to {count} where not given.</source>
        <translation>Le nombre de messages par échange vaut {count} par défaut s&apos;il n&apos;est pas indiqué.</translation>
    </message>
</context>
<context>
    <name>FallbacksModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+154"/>
        <source>Runs on Meta&apos;s infrastructure like WhatsApp: it fails with WhatsApp in a Meta outage and does not count as an independent fallback.</source>
        <translation>Repose sur l&apos;infrastructure de Meta, comme WhatsApp&#xa0;: tombe en panne avec WhatsApp lors d&apos;une panne de Meta et ne compte pas comme canal de secours indépendant.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+15"/>
        <source>{ready} (%)</source>
        <translation>{ready} (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{delay} (hours)</source>
        <translation>{delay} (heures)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+13"/>
        <source>{channel} is not a fallback for {function} yet: type the share of its customers you could reach there today in the Ready today view.</source>
        <translation>{channel} n&apos;est pas encore un canal de secours pour {function}&#xa0;: saisissez, dans l&apos;affichage «&#xa0;Joignables aujourd&apos;hui (%)&#xa0;», la part de ses clients que vous pourriez y joindre aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You could reach {share} of the customers of {function} on {channel} today.</source>
        <translation>Vous pourriez joindre aujourd&apos;hui {share} des clients de {function} sur {channel}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers of {function} start using {channel} {delay} after an outage begins: time to notice it, decide, and tell them where to go. Before then this channel serves none of them.</source>
        <translation>Les clients de {function} commencent à utiliser {channel} {delay} après le début d&apos;une panne&#xa0;: le temps de la remarquer, de décider et de leur dire où aller. Avant cela, ce canal ne sert aucun d&apos;entre eux.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Together its {count} channels reach {combined} of them, not the {sum} their shares add up to: some customers are on more than one channel.</source>
        <translation>Ensemble, ses {count} canaux en joignent {combined}, et non les {sum} que donne la somme de leurs parts&#xa0;: certains clients sont sur plusieurs canaux.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>type a share from 0 to 100, or low – likely – high; empty removes the fallback.</source>
        <translation>saisissez une part de 0 à 100, ou bas – probable – haut&#xa0;; une cellule vide retire le canal de secours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type the hours until customers switch, from 0 to 168 (a week).</source>
        <translation>saisissez le nombre d&apos;heures avant que les clients basculent, de 0 à 168 (une semaine).</translation>
    </message>
</context>
<context>
    <name>FallbacksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/fallbacks_page.py" line="+79"/>
        <source>Fallbacks</source>
        <translation>Canaux de secours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no fallback outside Meta.</source>
        <translation>%1 n&apos;a aucun canal de secours hors de Meta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what its value means.</source>
        <translation>{ready}&#xa0;: {ready_meaning} {delay}&#xa0;: {delay_meaning} Survolez une cellule pour voir ce que signifie sa valeur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tinted columns run on Meta&apos;s infrastructure like WhatsApp: they fail together with it in a Meta outage. Empty a cell (or type 0) to remove a fallback.</source>
        <translation>Les colonnes teintées reposent sur l&apos;infrastructure de Meta, comme WhatsApp&#xa0;: elles tombent en panne avec lui lors d&apos;une panne de Meta. Videz une cellule (ou saisissez 0) pour retirer un canal de secours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness matrix: functions by channels</source>
        <translation>Matrice de préparation&#xa0;: activités par canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show readiness</source>
        <translation>Afficher le taux de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activation delays</source>
        <translation>Afficher les délais de bascule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, then say here where else you could reach them.</source>
        <translation>Aucune activité pour l&apos;instant&#xa0;: ajoutez sur la page Activités ce que vos clients font sur WhatsApp, puis indiquez ici par quel autre moyen vous pourriez les joindre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fallbacks yet: type in a cell the share of that activity&apos;s customers you could reach on that channel today (for example 40).</source>
        <translation>Aucun canal de secours pour l&apos;instant&#xa0;: saisissez dans une cellule la part des clients de cette activité que vous pourriez joindre aujourd&apos;hui sur ce canal (par exemple 40).</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="-185"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="-83"/>
        <location line="+20"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week</source>
        <translation>plus d&apos;une semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{items}; {item}</source>
        <translation>{items}&#xa0;; {item}</translation>
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
        <translation>autres canaux {share}</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+11"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure.</source>
        <translation>Saisissez un nombre, ou bas – probable – haut (p. ex. 40 – 60 – 90) en cas de doute.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this part of the business does on WhatsApp.</source>
        <translation>Ce que cette partie de l&apos;entreprise fait sur WhatsApp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which channel features it needs.</source>
        <translation>Détermine les fonctionnalités de canal nécessaires.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interactions / open day</source>
        <translation>Échanges / jour d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations, orders or requests on a day the business is open, on all channels.</source>
        <translation>Conversations, commandes ou demandes sur un jour d&apos;ouverture de l&apos;entreprise, tous canaux confondus.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>On WhatsApp (%)</source>
        <translation>Sur WhatsApp (%)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Revenue / interaction</source>
        <translation>CA / échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money at stake in one interaction, in the plan currency.</source>
        <translation>Chiffre d&apos;affaires en jeu dans un échange, dans la devise du plan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patience (h)</source>
        <translation>Patience (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a blocked customer keeps waiting before giving up.</source>
        <translation>Nombre d&apos;heures qu&apos;un client bloqué attend avant d&apos;abandonner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Come back (%)</source>
        <translation>Reviennent (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those who gave up who come back later.</source>
        <translation>Part de ceux qui ont abandonné et qui reviennent plus tard.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost for good (%)</source>
        <translation>Perdus définitivement (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the lost ones who never come back (costs their lifetime value).</source>
        <translation>Part des clients perdus qui ne reviennent jamais (coûte leur valeur vie client).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot wait (%)</source>
        <translation>Ne peut pas attendre (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of these interactions whose moment passes if they are not served soon (today&apos;s lunch, a same-day delivery): customers who gave up on them never come back for them. Empty: the default for this kind of function and sector, shown in grey.</source>
        <translation>Part de ces échanges dont le moment passe s&apos;ils ne sont pas servis rapidement (le déjeuner du jour, une livraison le jour même)&#xa0;: les clients qui y ont renoncé ne reviennent jamais pour eux. Vide&#xa0;: la valeur par défaut pour ce type d&apos;activité et ce secteur, affichée en gris.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backlog cost</source>
        <translation>Coût de rattrapage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of handling one delayed interaction after the outage, in the plan currency.</source>
        <translation>Coût du traitement d&apos;un échange retardé après la panne, dans la devise du plan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages / interaction</source>
        <translation>Messages / échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent on a fallback per interaction; empty uses the default (3).</source>
        <translation>Messages envoyés sur un canal de secours par échange&#xa0;; vide&#xa0;: valeur par défaut (3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff affected</source>
        <translation>Personnel concerné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: how many staff coordinate through WhatsApp.</source>
        <translation>Pour la coordination&#xa0;: combien de membres du personnel se coordonnent par WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Productivity loss (%)</source>
        <translation>Perte de productivité (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: share of their work lost while WhatsApp is down.</source>
        <translation>Pour la coordination&#xa0;: part de leur travail perdue pendant la panne de WhatsApp.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the WhatsApp Business API (%)</source>
        <translation>Sur l&apos;API WhatsApp Business (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Instagram (%)</source>
        <translation>Sur Instagram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Messenger (%)</source>
        <translation>Sur Messenger (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Facebook page or shop (%)</source>
        <translation>Sur une page ou boutique Facebook (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Telegram (%)</source>
        <translation>Sur Telegram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Signal (%)</source>
        <translation>Sur Signal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Viber (%)</source>
        <translation>Sur Viber (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On LINE (%)</source>
        <translation>Sur LINE (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By SMS (%)</source>
        <translation>Par SMS (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone call (%)</source>
        <translation>Par appel téléphonique (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email (%)</source>
        <translation>Par e-mail (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web shop or marketplace (%)</source>
        <translation>Sur une boutique en ligne ou une place de marché (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (%)</source>
        <translation>Sur place (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of those interactions that run through this channel. What the listed channels do not carry runs on channels that none of the plan&apos;s outages reaches.</source>
        <translation>Part de ces échanges qui passent par ce canal&#xa0;; ce qu&apos;aucun canal ne porte passe par des canaux qu&apos;aucune panne du plan n&apos;atteint.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/functions_model.py" line="+198"/>
        <source>type a whole number.</source>
        <translation>saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a kind from the list.</source>
        <translation>choisissez un type dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the function a name.</source>
        <translation>donnez un nom à l&apos;activité.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for a coordination activity, say how many staff coordinate on WhatsApp and how much of their work is lost without it.</source>
        <translation>pour une activité de coordination, indiquez combien de personnes se coordonnent sur WhatsApp et quelle part de leur travail est perdue sans lui.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination function&apos;s loss is the work its staff cannot do.</source>
        <translation>{kind}&#xa0;: remplissez d&apos;abord «&#xa0;{staff}&#xa0;» et «&#xa0;{loss}&#xa0;» pour {name}&#xa0;: la perte d&apos;une activité de coordination, c&apos;est le travail que son personnel ne peut pas faire.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/functions_page.py" line="+122"/>
        <source>Functions</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the functions that run on WhatsApp.</source>
        <translation>Ajoutez les activités qui passent par WhatsApp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no revenue per interaction.</source>
        <translation>%1 n&apos;a pas de chiffre d&apos;affaires par échange.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per part of the business that runs on WhatsApp or other apps. Double-click a cell to edit it; hover over a column title for what it means. Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the selected row&apos;s channels: its share on each app.</source>
        <translation>Une ligne par partie de l&apos;entreprise qui passe par WhatsApp ou d&apos;autres applications. Double-cliquez sur une cellule pour la modifier&#xa0;; survolez le titre d&apos;une colonne pour voir ce qu&apos;il signifie. En cas de doute, saisissez bas – probable – haut, p. ex. 40 – 60 – 90. En dessous, les canaux de la ligne sélectionnée&#xa0;: sa part sur chaque application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add function</source>
        <translation>&amp;Ajouter une activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove function</source>
        <translation>&amp;Retirer l&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions table</source>
        <translation>Tableau des activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add function</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected function</source>
        <translation>Retirer l&apos;activité sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import chat…</source>
        <translation>&amp;Importer une discussion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the selected function from a chat export</source>
        <translation>Mesurer l&apos;activité sélectionnée à partir d&apos;un export de discussion</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activities yet: add what your customers do on WhatsApp (orders, questions, bookings) with Add function.</source>
        <translation>Aucune activité pour l&apos;instant&#xa0;: ajoutez ce que vos clients font sur WhatsApp (commandes, questions, réservations) avec Ajouter une activité.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>When %1 arrives over a day (from %2)</source>
        <translation>Quand %1 arrive au fil de la journée (selon %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an imported chat</source>
        <translation>une discussion importée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the opening hours</source>
        <translation>les heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hourly profile of the selected function</source>
        <translation>Profil horaire de l&apos;activité sélectionnée</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../continuity_app/core/incident/after_action.py" line="+145"/>
        <source>Rehearse the switch of {function} to {channel}: it was not made in the exercise of {date}.</source>
        <translation>Répéter la bascule de {function} vers {channel}&#xa0;: elle n&apos;a pas été faite lors de l&apos;exercice du {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the switch of {function} to {channel}: it was not made in the outage of {date}.</source>
        <translation>S&apos;entraîner à la bascule de {function} vers {channel}&#xa0;: elle n&apos;a pas été faite lors de la panne du {date}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/checklist.py" line="+62"/>
        <source>Tell customers, staff and suppliers that WhatsApp works again, on the channels you used during the outage.</source>
        <translation>Prévenez les clients, les employés et les fournisseurs que WhatsApp fonctionne de nouveau, sur les canaux utilisés pendant la panne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the messages that arrived late or waited, oldest first, and ask whoever gave up whether they still need you.</source>
        <translation>Répondez aux messages arrivés en retard ou restés en attente, en commençant par les plus anciens, et demandez à ceux qui ont abandonné s&apos;ils ont encore besoin de vous.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{function}: enter the orders and payments taken on other channels in the usual records, and check each payment against the bank.</source>
        <translation>{function}&#xa0;: saisissez dans les registres habituels les commandes et les paiements pris sur d&apos;autres canaux, et pointez chaque paiement avec le relevé bancaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what worked and what did not, while it is fresh: the after-action report takes it from the log.</source>
        <translation>Notez ce qui a fonctionné et ce qui n&apos;a pas fonctionné, tant que c&apos;est frais&#xa0;: le rapport de retour d&apos;expérience le reprend du journal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WhatsApp fails for more than one person, on more than one network, and Meta&apos;s status page or the news confirms it.</source>
        <translation>WhatsApp ne fonctionne pas pour plusieurs personnes, sur plusieurs réseaux, et la page d&apos;état de Meta ou les médias le confirment.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{person} ({role}) leads: {duties}</source>
        <translation>{person} ({role}) dirige&#xa0;: {duties}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {person} ({role}) on {phone}.</source>
        <translation>Appelez {person} ({role}) au {phone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {person} ({role}).</source>
        <translation>Appelez {person} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: call {alternate}.</source>
        <translation>Pas de réponse&#xa0;: appelez {alternate}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their part: {duties}</source>
        <translation>Son rôle&#xa0;: {duties}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{function}: switch to {channel}; the plan expects it to reach {share} of those cut off within {delay}.</source>
        <translation>{function}&#xa0;: basculez vers {channel}&#xa0;; le plan prévoit d&apos;y joindre {share} des contacts coupés dans un délai de {delay}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>employés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppliers</source>
        <translation>fournisseurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the message to {audience} on {channel}.</source>
        <translation>Envoyez le message aux {audience} sur {channel}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message to {audience} on {channel} (language: {language}).</source>
        <translation>Envoyez le message aux {audience} sur {channel} (langue&#xa0;: {language}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/record.py" line="+59"/>
        <source>{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z</source>
        <translation>{value} n&apos;a pas de fuseau horaire&#xa0;; indiquez l&apos;heure en UTC, comme 2021-10-04T15:39Z</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/script.py" line="+63"/>
        <source>the exercise plays {scenario}, which is no outage this application knows</source>
        <translation>l&apos;exercice joue {scenario}, qui n&apos;est pas une panne connue de cette application</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the log is of the outage {scenario}, which this plan no longer has; its outages are {known}</source>
        <translation>le journal est celui de la panne {scenario}, qui ne figure plus dans ce plan&#xa0;; ses pannes sont&#xa0;: {known}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/wording.py" line="+25"/>
        <source>The outage was declared: the plan is active.</source>
        <translation>La panne a été déclarée&#xa0;: le plan est activé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {item}</source>
        <translation>Fait&#xa0;: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back, not done after all: {item}</source>
        <translation>Annulé, finalement non fait&#xa0;: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {item}</source>
        <translation>Envoyé&#xa0;: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {text}</source>
        <translation>Décision&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise event: {text}</source>
        <translation>Événement de l&apos;exercice&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stood down: the service is back; return to normal begins.</source>
        <translation>Fin de l&apos;alerte&#xa0;: le service est rétabli&#xa0;; le retour à la normale commence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: return to normal is done.</source>
        <translation>Clôture&#xa0;: le retour à la normale est terminé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declare the outage</source>
        <translation>Déclarer la panne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach customers</source>
        <translation>Joindre les clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach staff</source>
        <translation>Joindre les employés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach suppliers</source>
        <translation>Joindre les fournisseurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum service of {function}</source>
        <translation>Service minimum de {function}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set in the plan</source>
        <translation>non défini dans le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {duration}</source>
        <translation>dans un délai de {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not done</source>
        <translation>non réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {duration}</source>
        <translation>au bout de {duration}</translation>
    </message>
</context>
<context>
    <name>IncidentFile</name>
    <message>
        <location filename="../../continuity_app/io/incident_files.py" line="+60"/>
        <source>{name} is not an exercise script; use one of {known}, or the path of a script file</source>
        <translation>{name} n&apos;est pas un script d&apos;exercice&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {known}, ou le chemin d&apos;un fichier de script</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a file; choose a .json file</source>
        <translation>ce n&apos;est pas un fichier&#xa0;; choisissez un fichier .json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is {size} bytes, more than any log or script; is it one?</source>
        <translation>le fichier fait {size} octets, plus que n&apos;importe quel journal ou script&#xa0;; en est-ce vraiment un&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas un texte UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON ({where})</source>
        <translation>le fichier n&apos;est pas un JSON valide ({where})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/core/labels.py" line="+14"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Commandes et ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Coordination du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Coordination des fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Diffusions marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost revenue</source>
        <translation>Chiffre d&apos;affaires perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost for good</source>
        <translation>Clients perdus définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog handling</source>
        <translation>Rattrapage du retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback messaging</source>
        <translation>Messages sur les canaux de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff productivity</source>
        <translation>Productivité du personnel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People with a mobile phone</source>
        <translation>Personnes ayant un téléphone mobile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units per US dollar</source>
        <translation>Unités pour un dollar américain</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Internet users</source>
        <translation>Utilisateurs d&apos;internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone owners</source>
        <translation>Possesseurs de smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPhone share</source>
        <translation>Part de l&apos;iPhone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sub-Saharan Africa</source>
        <translation>Afrique subsaharienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East and North Africa</source>
        <translation>Moyen-Orient et Afrique du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia and the Caucasus</source>
        <translation>Asie centrale et Caucase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Asia</source>
        <translation>Asie de l&apos;Est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southeast Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/log_view.py" line="+33"/>
        <location line="+3"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type a decision and press Enter</source>
        <translation>Saisissez une décision et appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/main_window.py" line="+197"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un plan &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Revenir à la &amp;version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import functions from spreadsheet…</source>
        <translation>&amp;Importer des activités d&apos;un tableur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Continuity Planner</source>
        <translation>À &amp;propos de Continuity Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing the results</source>
        <translation>Arrêter le calcul des résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Still to do:</source>
        <translation>Reste à faire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missing here.</source>
        <translation>Rien ne manque ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuity Planner</source>
        <translation>Continuity Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — Continuity Planner</source>
        <translation>%1[*] — %2 — Continuity Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The results shown are for the plan before your latest changes; they are computed again at your next change.</source>
        <translation>Les résultats affichés correspondent au plan avant vos dernières modifications&#xa0;; ils seront recalculés à votre prochaine modification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results could not be computed: %1</source>
        <translation>Les résultats n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe.</source>
        <translation>Les modifications non enregistrées ne peuvent pas être sauvegardées dans %1&#xa0;: %2. Enregistrez le plan pour les mettre à l&apos;abri.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>Le plan contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Continuity plans (*%1)</source>
        <translation>Plans de continuité (*%1)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be opened as a plan. Your current plan is unchanged.</source>
        <translation>Ce fichier ne peut pas être ouvert comme plan. Votre plan actuel n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan could not be saved to %1: %2. Nothing was lost; choose another folder with Save As.</source>
        <translation>Le plan n&apos;a pas pu être enregistré dans %1&#xa0;: %2. Rien n&apos;est perdu&#xa0;; choisissez un autre dossier avec Enregistrer sous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every change since the plan was last saved?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement du plan&#xa0;?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Continuity Planner</source>
        <translation>À propos de Continuity Planner</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../continuity_app/gui/outage/message_box.py" line="+39"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to paste it into the app you send it with.</source>
        <translation>Copiez le message pour le coller dans l&apos;application qui sert à l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As SMS: %1 characters in %2 SMS.</source>
        <translation>En SMS&#xa0;: %1 caractères, soit %2 SMS.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR codes cannot be shown: the segno package is missing from this installation.</source>
        <translation>Les codes QR nécessitent le paquet segno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan to open %1.</source>
        <translation>Scannez pour ouvrir %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../continuity_app/core/message_templates.py" line="+44"/>
        <source>{business}: WhatsApp is not working right now, but we are open. Message us on {channel} and we will answer as usual. Orders and payments continue there, and we will confirm each one. Thank you for your patience.</source>
        <translation>{business} : WhatsApp ne fonctionne pas en ce moment, mais nous restons ouverts. Écrivez-nous par {channel} et nous vous répondrons comme d&apos;habitude. Vous pouvez y commander et payer, et nous vous confirmerons chaque commande et chaque paiement. Merci de votre patience.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we work on {channel}: take orders there, write each one in the order log, and check {channel} at least every 30 minutes.</source>
        <translation>Plan de crise activé : WhatsApp est en panne. Jusqu&apos;à ce que le responsable de crise déclare la fin de la panne, nous utilisons {channel} : prenez-y les commandes, notez chacune dans le carnet de commandes et consultez {channel} au moins toutes les 30 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{business}: WhatsApp is down on our side. Please send orders, invoices and delivery updates on {channel} until we tell you it works again. Payments continue as agreed.</source>
        <translation>{business} : WhatsApp est en panne chez nous. Merci d&apos;envoyer commandes, factures et informations de livraison par {channel} jusqu&apos;à ce que nous vous annoncions le retour de WhatsApp. Les paiements continuent comme convenu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{business}: WhatsApp is down but we are open. Reply by SMS or call us to order or ask; we confirm by SMS.</source>
        <translation>{business} : WhatsApp est en panne, mais nous restons ouverts. Commandes et questions : répondez par SMS ou appelez-nous. Nous confirmons par SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we phone and text each other. Log every order.</source>
        <translation>Plan de crise activé : WhatsApp en panne. Jusqu&apos;au feu vert du responsable de crise, on s&apos;appelle et on s&apos;écrit par SMS. Notez chaque commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{business}: WhatsApp is down. Please call or text us about orders and deliveries until we say it is back.</source>
        <translation>{business} : WhatsApp est en panne. Pour les commandes et livraisons, appelez-nous ou envoyez-nous un SMS jusqu&apos;à nouvel ordre.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+105"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS segments</source>
        <translation>Segments SMS</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="+268"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../continuity_app/gui/new_task_dialog.py" line="+41"/>
        <source>New preparation task</source>
        <translation>Nouvelle tâche de préparation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: print the shop&apos;s SMS number on every receipt</source>
        <translation>Par exemple&#xa0;: imprimer le numéro SMS de la boutique sur chaque ticket de caisse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Say what has to be done, in a few words.</source>
        <translation>Indiquez en quelques mots ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no activity yet: add one on the Functions page first.</source>
        <translation>Le plan n&apos;a encore aucune activité&#xa0;: ajoutez-en d&apos;abord une sur la page Activités.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what share of the activity&apos;s customers the channel will reach once the task is done (more than 0%).</source>
        <translation>Indiquez la part des clients de l&apos;activité que le canal atteindra une fois la tâche terminée (plus de 0 %).</translation>
    </message>
</context>
<context>
    <name>OutageActions</name>
    <message>
        <location filename="../../continuity_app/gui/outage/actions.py" line="+43"/>
        <source>O&amp;utage</source>
        <translation>&amp;Panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp est en panne&#xa0;: passer en mode panne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Lancer un exercice sur table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an outage log…</source>
        <translation>Reprendre un journal de panne…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise scripts cannot be read.</source>
        <translation>Les scripts d&apos;exercice ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exercise cannot be run.</source>
        <translation>Cet exercice ne peut pas être lancé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume an outage log</source>
        <translation>Reprendre un journal de panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage logs (*%1)</source>
        <translation>Journaux de panne (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened as an outage log.</source>
        <translation>%1 ne peut pas être ouvert comme journal de panne.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outage mode</source>
        <translation>Mode panne</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../continuity_app/gui/outage/window.py" line="+114"/>
        <source>Tabletop exercise: %1</source>
        <translation>Exercice sur table&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage mode: %1</source>
        <translation>Mode panne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare the outage</source>
        <translation>Déclarer la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the criteria are confirmed: the plan is active from now.</source>
        <translation>Une fois les critères vérifiés&#xa0;: le plan est actif dès maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand down</source>
        <translation>Déclarer la fin de la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is back: the return-to-normal checklist follows.</source>
        <translation>Le service est rétabli&#xa0;: place aux étapes du retour à la normale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and review</source>
        <translation>Clôturer et faire le bilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the outage and see the after-action review; the log is kept.</source>
        <translation>Terminer la panne et afficher le retour d&apos;expérience&#xa0;; le journal est conservé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event: %1
%2</source>
        <translation>Événement&#xa0;: %1
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every change is saved at once to %1.</source>
        <translation>Chaque modification est enregistrée aussitôt dans %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be saved to %1: %2. You can go on working in this window; free some space or fix the folder, and the next change saves the whole log.</source>
        <translation>Le journal n&apos;a pas pu être enregistré dans %1&#xa0;: %2. La gestion de la panne continue ici&#xa0;; libérez de l&apos;espace ou corrigez le dossier, et la prochaine modification enregistrera tout le journal.</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+25"/>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="+26"/>
        <source>Change country mix</source>
        <translation>Modifier la répartition par pays</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="-8"/>
        <source>Change business name</source>
        <translation>Modifier le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sector</source>
        <translation>Modifier le secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change currency</source>
        <translation>Modifier la devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exchange rate</source>
        <translation>Modifier le taux de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff</source>
        <translation>Modifier l&apos;effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff cost</source>
        <translation>Modifier le coût du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change gross margin</source>
        <translation>Modifier la marge brute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer lifetime value</source>
        <translation>Modifier la valeur vie client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change opening hours</source>
        <translation>Modifier les heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the largest loss you can bear</source>
        <translation>Modifier la perte maximale supportable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change minimum service</source>
        <translation>Modifier le service minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change loss basis</source>
        <translation>Modifier la base de calcul des pertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the outage to plan for</source>
        <translation>Modifier la panne à prévoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulated years</source>
        <translation>Modifier le nombre d&apos;années simulées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulation number</source>
        <translation>Modifier le numéro de simulation</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/details.py" line="+29"/>
        <source>Change plan owner</source>
        <translation>Modifier le responsable du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change approver</source>
        <translation>Modifier l&apos;approbateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan version</source>
        <translation>Modifier la version du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan summary</source>
        <translation>Modifier le résumé du plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe when to declare an outage</source>
        <translation>Décrivez quand déclarer une panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add activation criterion</source>
        <translation>Ajouter un critère de déclenchement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit activation criterion</source>
        <translation>Modifier le critère de déclenchement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activation criterion</source>
        <translation>Retirer le critère de déclenchement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove role {name}</source>
        <translation>Retirer le rôle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change whom {name} calls</source>
        <translation>Modifier qui «&#xa0;{name}&#xa0;» appelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role {name}</source>
        <translation>Modifier le rôle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add message</source>
        <translation>Ajouter un message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested text</source>
        <translation>Utiliser le texte suggéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change message audience</source>
        <translation>Modifier les destinataires du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message channel</source>
        <translation>Modifier le canal du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message language</source>
        <translation>Modifier la langue du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit message text</source>
        <translation>Modifier le texte du message</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/fallbacks.py" line="+43"/>
        <source>Change readiness of {channel}</source>
        <translation>Modifier le taux de préparation de {channel}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change activation delay of {channel}</source>
        <translation>Modifier le délai de bascule de {channel}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the country figures for {channel}</source>
        <translation>Utiliser les chiffres par pays pour {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set what you know about {channel}</source>
        <translation>Indiquer ce que vous savez de {channel}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/functions.py" line="+76"/>
        <source>New function {number}</source>
        <translation>Nouvelle activité {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add function</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {name}</source>
        <translation>Retirer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change {field} of {name}</source>
        <translation>Modifier «&#xa0;{field}&#xa0;» pour «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace functions from {file}</source>
        <translation>Remplacer les activités par celles de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add functions from {file}</source>
        <translation>Ajouter les activités de {file}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import chat into {name}</source>
        <translation>Importer une discussion dans «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/scenarios.py" line="+20"/>
        <source>Custom scenario {number}</source>
        <translation>Scénario personnalisé {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add custom scenario</source>
        <translation>Ajouter un scénario personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario “{name}”</source>
        <translation>Ajouter le scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove scenario “{name}”</source>
        <translation>Retirer le scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario duration</source>
        <translation>Modifier la durée du scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario frequency</source>
        <translation>Modifier la fréquence du scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what fails in “{name}”</source>
        <translation>Modifier ce qui tombe en panne dans «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start of “{name}”</source>
        <translation>Modifier le début de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change “{name}”</source>
        <translation>Modifier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/tasks.py" line="+53"/>
        <source>Plan the recommended portfolio</source>
        <translation>Planifier la sélection recommandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step: {title}</source>
        <translation>Planifier l&apos;action «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add task: {title}</source>
        <translation>Ajouter la tâche «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change task: {title}</source>
        <translation>Modifier la tâche «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark done: {title}</source>
        <translation>Marquer «&#xa0;{title}&#xa0;» comme terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status: {title}</source>
        <translation>Modifier le statut de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove task: {title}</source>
        <translation>Retirer la tâche «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the plan as reviewed</source>
        <translation>Marquer le plan comme révisé</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/incident.py" line="+45"/>
        <source>Record the exercise</source>
        <translation>Enregistrer l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outage</source>
        <translation>Enregistrer la panne</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message numerus="yes">
        <location filename="../../continuity_app/io/planfile.py" line="+90"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problème&#xa0;:</numerusform>
            <numerusform>%n problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... et %n autre.</numerusform>
            <numerusform>... et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>use lowercase letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>utilisez uniquement des lettres minuscules, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a three-letter ISO 4217 currency code such as USD, BRL or INR</source>
        <translation>utilisez un code de devise ISO 4217 à trois lettres, comme XOF, MAD ou EUR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a language code such as ar, en or pt-BR</source>
        <translation>utilisez un code de langue comme fr, ar ou pt-BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match {pattern}</source>
        <translation>doit correspondre au motif {pattern}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object {...}</source>
        <translation>un objet {...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list [...]</source>
        <translation>une liste [...]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not a number; write a number such as 12 or 0.5</source>
        <translation>{value} n&apos;est pas un nombre&#xa0;; écrivez un nombre comme 12 ou 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; write one such as 12</source>
        <translation>{value} n&apos;est pas un nombre entier&#xa0;; écrivez-en un comme 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an object; write its fields in braces {{...}}</source>
        <translation>{value} n&apos;est pas un objet&#xa0;; écrivez ses champs entre accolades {{...}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a number a plan can hold (NaN, Infinity, or too large, such as 1e400); write an ordinary number</source>
        <translation>{value} n&apos;est pas un nombre qu&apos;un plan peut contenir (NaN, Infinity, ou trop grand, comme 1e400)&#xa0;; écrivez un nombre ordinaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not text; write it in double quotes</source>
        <translation>{value} n&apos;est pas du texte&#xa0;; écrivez-le entre guillemets doubles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a list; write its items in square brackets [...]</source>
        <translation>{value} n&apos;est pas une liste&#xa0;; écrivez ses éléments entre crochets [...]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than {limit} characters; write it shorter</source>
        <translation>texte de plus de {limit} caractères&#xa0;; raccourcissez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be empty; write a few words</source>
        <translation>texte vide&#xa0;; écrivez quelques mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} doit être au moins égal à {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} doit être au plus égal à {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than {limit}</source>
        <translation>{value} doit être supérieur à {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} doit être inférieur à {limit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a known field (check its spelling)</source>
        <translation>champ inconnu (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not valid; {hint}</source>
        <translation>{value} n&apos;est pas valide&#xa0;; {hint}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file has no schema version; is it a plan file made by this application? Plan files made by this application begin with &quot;schema_version&quot;: {version}.</source>
        <translation>le fichier n&apos;a pas de version de schéma&#xa0;; est-ce bien un fichier de plan créé par cette application&#xa0;? Les fichiers de plan créés par cette application commencent par &quot;schema_version&quot;: {version}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{version} is not a plan format this application knows</source>
        <translation>{version} n&apos;est pas un format de plan connu de cette application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan was written by a newer version of the application (schema {version}; this one reads up to {supported}). Update the application to open it.</source>
        <translation>ce plan a été créé par une version plus récente de l&apos;application (schéma {version}&#xa0;; celle-ci lit jusqu&apos;au schéma {supported}). Mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not hold a plan (expected a JSON object)</source>
        <translation>le fichier ne contient pas de plan (objet JSON attendu)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this is a folder, not a plan file</source>
        <translation>c&apos;est un dossier, pas un fichier de plan</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{version} is not a schema version; plan files made by this application have a whole number here, such as {current}</source>
        <translation>{version} n&apos;est pas une version de schéma&#xa0;; les fichiers de plan créés par cette application ont ici un nombre entier, comme {current}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file is larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>le fichier est plus gros que n&apos;importe quel plan (un fichier de plan fait au plus {limit})&#xa0;; est-ce vraiment un plan créé par cette application&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is {size}, larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>le fichier fait {size}, plus que n&apos;importe quel plan (un fichier de plan fait au plus {limit})&#xa0;; est-ce vraiment un plan créé par cette application&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>autre chose qu&apos;un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is {kind}, not a plan file; choose a .cplan file saved by the application</source>
        <translation>c&apos;est {kind}, pas un fichier de plan&#xa0;; choisissez un fichier .cplan enregistré par l&apos;application</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {key} is written twice in one object, so which value is meant cannot be told; keep only one of them</source>
        <translation>le champ {key} figure deux fois dans un même objet, on ne peut donc pas savoir quelle valeur est la bonne&#xa0;; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file nests brackets hundreds of levels deep, which no plan does; is it really a plan made by this application?</source>
        <translation>le fichier imbrique des crochets sur des centaines de niveaux, ce qu&apos;aucun plan ne fait&#xa0;; est-ce vraiment un plan créé par cette application&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not UTF-8 text; is it really a plan?</source>
        <translation>le fichier n&apos;est pas un texte UTF-8&#xa0;; s&apos;agit-il vraiment d&apos;un plan&#xa0;?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>le fichier n&apos;est pas un JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/inputs.py" line="+32"/>
        <source>{code} is not a currency this application knows (an ISO 4217 code)</source>
        <translation>{code} n&apos;est pas une devise que cette application connaît (un code ISO 4217)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>{name} is not a known channel; use one of: {known}</source>
        <translation>{name} n&apos;est pas un canal connu&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a known layer; use one of: {known}</source>
        <translation>{name} n&apos;est pas une couche connue&#xa0;; utilisez l&apos;une de celles-ci&#xa0;: {known}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+100"/>
        <source>has {count} entries, more than any plan needs; at most {limit}</source>
        <translation>compte {count} éléments, bien plus qu&apos;il n&apos;en faut à un plan&#xa0;; {limit} au plus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is a yes/no value, not a number; write a number here</source>
        <translation>{value} est une valeur oui/non, pas un nombre&#xa0;; écrivez un nombre ici</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>low &lt;= likely &lt;= high must hold, got {low}, {likely}, {high}</source>
        <translation>il faut bas &lt;= probable &lt;= haut&#xa0;; valeurs reçues&#xa0;: {low}, {likely}, {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} must be greater than {low}</source>
        <translation>{value} doit être supérieur à {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>{value} must be at least {low}</source>
        <translation>{value} doit être au moins égal à {low}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} n&apos;est pas compris entre {low} et {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} must be at most {high}</source>
        <translation>{value} doit être au plus égal à {high}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value} is more money than any business deals in; amounts in a plan are at most {limit} in the plan currency</source>
        <translation>{value}, c&apos;est plus d&apos;argent que n&apos;en manie aucune entreprise&#xa0;; les montants d&apos;un plan sont au plus de {limit} dans la devise du plan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+83"/>
        <source>needs at least one country</source>
        <translation>il faut au moins un pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not an ISO 3166-1 alpha-2 country code</source>
        <translation>{code} n&apos;est pas un code pays ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not one of the {count} countries this application has figures for; use the country&apos;s ISO 3166-1 code (BR for Brazil, NG for Nigeria: the Sources page lists them all under Countries)</source>
        <translation>{code} ne fait pas partie des {count} pays pour lesquels cette application a des chiffres ; utilisez le code ISO 3166-1 du pays (BR pour le Brésil, NG pour le Nigeria : la page Sources les liste tous sous Pays)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of {code} is {share}; it must be above 0 and at most 1</source>
        <translation>la part de {code} vaut {share}&#xa0;; elle doit être supérieure à 0 et au plus égale à 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shares add up to {total}; they must add up to 1</source>
        <translation>la somme des parts vaut {total}&#xa0;; elle doit être égale à 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{interval} is not an interval like &apos;09:00-17:30&apos;</source>
        <translation>{interval} n&apos;est pas une plage horaire comme «&#xa0;09:00-17:30&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{interval} must end after it starts, by 24:00</source>
        <translation>{interval} doit finir après son début, au plus tard à 24:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} units per US dollar is more than any currency needs; the rate is at most {limit}</source>
        <translation>{value} unités par dollar des États-Unis, c&apos;est plus qu&apos;aucune devise n&apos;en a besoin&#xa0;; le taux est au plus de {limit}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not a channel id</source>
        <translation>{name} n&apos;est pas un identifiant de canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channels&apos; shares add up to {total}%; together they can be at most 100%</source>
        <translation>la somme des parts des canaux vaut {total}&#xa0;%&#xa0;; ensemble, elles ne peuvent pas dépasser 100&#xa0;%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} interactions a day is more than any business handles; the most a plan accepts is {limit}</source>
        <translation>{value} échanges par jour, c&apos;est plus qu&apos;aucune entreprise n&apos;en traite&#xa0;; un plan en accepte au plus {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} hours is more than a year; a counterpart who waits that long waits for good, so write at most {limit}</source>
        <translation>{value} heures, c&apos;est plus d&apos;un an&#xa0;; un contact qui attend aussi longtemps ne revient plus, écrivez donc au plus {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} messages for one interaction is too many; at most {limit}</source>
        <translation>{value} messages pour un seul échange, c&apos;est trop&#xa0;; {limit} au plus</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a {kind} function needs staff_affected and productivity_loss</source>
        <translation>une activité de type {kind} doit indiquer staff_affected et productivity_loss</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+28"/>
        <source>{value} people is more than any employer has; write at most {limit}</source>
        <translation>{value} personnes, c&apos;est plus qu&apos;aucun employeur n&apos;en compte&#xa0;; écrivez au plus {limit}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>needs %n value(s), got {count}</source>
        <translation>
            <numerusform>il faut %n valeur&#xa0;; il y en a {count}</numerusform>
            <numerusform>il faut %n valeurs&#xa0;; il y en a {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must not be negative</source>
        <translation>les poids ne doivent pas être négatifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights are relative; write them smaller, each at most {limit}</source>
        <translation>les poids sont relatifs&#xa0;; écrivez-les plus petits, chacun au plus {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one weight must be above 0</source>
        <translation>au moins un poids doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+60"/>
        <source>this scenario&apos;s shortest length ({low} h) must be below its longest ({high} h)</source>
        <translation>la durée la plus courte de ce scénario ({low} h) doit être inférieure à sa durée la plus longue ({high} h)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/whole.py" line="+41"/>
        <source>function id {id} is used twice</source>
        <translation>l&apos;identifiant d&apos;activité {id} est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario id {id} is used twice</source>
        <translation>l&apos;identifiant de scénario {id} est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no function has id {id}</source>
        <translation>aucune activité n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is listed twice for {function}</source>
        <translation>{channel} figure deux fois pour {function}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role id {id} is used twice</source>
        <translation>l&apos;identifiant de rôle {id} est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no role has id {id}</source>
        <translation>aucun rôle n&apos;a l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role cannot call itself</source>
        <translation>un rôle ne peut pas s&apos;appeler lui-même</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task id {id} is used twice</source>
        <translation>l&apos;identifiant de tâche {id} est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no scenario has id {id}</source>
        <translation>aucun scénario n&apos;a l&apos;identifiant {id}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_page.py" line="+123"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the owner of the plan.</source>
        <translation>Indiquez le responsable du plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say when an outage is declared (activation criteria).</source>
        <translation>Indiquez quand une panne est déclarée (critères de déclenchement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one role with a holder and an alternate.</source>
        <translation>Ajoutez au moins un rôle avec un titulaire et un suppléant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &apos;%1&apos; has no alternate.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» n&apos;a pas de suppléant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message for customers.</source>
        <translation>Rédigez un message pour les clients.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document control and activation</source>
        <translation>Suivi du document et déclenchement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and contact tree</source>
        <translation>Rôles et chaîne d&apos;appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Document control</source>
        <translation>Suivi du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner:</source>
        <translation>Responsable du plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Approuvé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version:</source>
        <translation>Version du plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps this plan up to date</source>
        <translation>Qui tient ce plan à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs the plan off</source>
        <translation>Qui valide le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan covers, in a sentence or two</source>
        <translation>Ce que couvre ce plan, en une ou deux phrases</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Activation criteria</source>
        <translation>Critères de déclenchement</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Declare an outage when any of these is true. Double-click a line to edit it; clear a line to remove it.</source>
        <translation>Déclarez une panne dès que l&apos;un de ces critères est rempli. Double-cliquez sur une ligne pour la modifier&#xa0;; videz-la pour la supprimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles and alternates</source>
        <translation>Rôles et suppléants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact tree: who calls whom</source>
        <translation>Chaîne d&apos;appels&#xa0;: qui appelle qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Chaîne d&apos;appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Appelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles the selected role calls</source>
        <translation>Rôles appelés par le rôle sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready-to-send messages</source>
        <translation>Messages prêts à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;suggested text</source>
        <translation>Utiliser le texte &amp;suggéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text with the suggested message for this audience and channel, in the message&apos;s language (Undo brings your text back).</source>
        <translation>Remplacer le texte par le message suggéré pour ces destinataires et ce canal, dans la langue du message (Annuler rétablit votre texte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send, with the number or link to use instead of WhatsApp</source>
        <translation>Ce qu&apos;il faut envoyer, avec le numéro ou le lien à utiliser à la place de WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS length</source>
        <translation>Longueur du SMS</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_roles.py" line="+157"/>
        <source>Select a role to choose whom it calls.</source>
        <translation>Sélectionnez un rôle pour choisir qui il appelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add another role to choose whom &apos;%1&apos; calls.</source>
        <translation>Ajoutez un autre rôle pour choisir qui «&#xa0;%1&#xa0;» appelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an outage is declared, &apos;%1&apos; calls:</source>
        <translation>Quand une panne est déclarée, «&#xa0;%1&#xa0;» appelle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+173"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n segment SMS</numerusform>
            <numerusform>%n segments SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>%n restant dans ce segment</numerusform>
            <numerusform>%n restants dans ce segment</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part is charged.</source>
        <translation>Un SMS contient %1 caractères en GSM-7 (lettres latines) ou %2 en UCS-2 (arabe, hindi, emoji). Les messages plus longs sont découpés en parties de %3 ou %4, et chaque partie est facturée.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no suggested text in %1 yet: the suggestion is in English. Translate it before you send it.</source>
        <translation>Il n&apos;y a pas encore de texte suggéré en %1&#xa0;: la suggestion est en anglais. Traduisez-la avant de l&apos;envoyer.</translation>
    </message>
</context>
<context>
    <name>PlanRender</name>
    <message>
        <location filename="../../continuity_app/report/fonts.py" line="+44"/>
        <source>font file {name} is missing from {folder}</source>
        <translation>le fichier de police {name} est absent de {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>font file {path} cannot be read: {reason}</source>
        <translation>le fichier de police {path} est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>font file {path} is not a TrueType or OpenType font</source>
        <translation>le fichier de police {path} n&apos;est pas une police TrueType ou OpenType</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Qt could not load the font file {path}</source>
        <translation>Qt n&apos;a pas pu charger le fichier de police {path}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>matplotlib could not load {path}: {error}</source>
        <translation>matplotlib n&apos;a pas pu charger {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-332"/>
        <source>The plan is printed with the system&apos;s fonts instead: it may look different on other machines, and some scripts may show as boxes.</source>
        <translation>Le plan est imprimé avec les polices du système à la place&#xa0;: son aspect peut varier d&apos;un ordinateur à l&apos;autre, et certaines écritures peuvent s&apos;afficher sous forme de carrés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>Les graphiques n&apos;ont pas pu être dessinés&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot start painting on the output device</source>
        <translation>impossible de commencer à dessiner sur le périphérique de sortie</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-36"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+109"/>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+16"/>
        <source>nothing was written to {path}</source>
        <translation>rien n&apos;a été écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../continuity_app/gui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>Comme l&apos;interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language writes them</source>
        <translation>Selon la langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western digits (0123)</source>
        <translation>Chiffres occidentaux (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>Chiffres arabes orientaux (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes, hours or days as fits</source>
        <translation>Minutes, heures ou jours selon le cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hours</source>
        <translation>Toujours en heures</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>Langue du plan imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of new plans</source>
        <translation>Devise des nouveaux plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit for durations</source>
        <translation>Unité des durées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printed plan language:</source>
        <translation>Langue du plan &amp;imprimé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Chiffres&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urations:</source>
        <translation>&amp;Durées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency of new plans:</source>
        <translation>De&amp;vise des nouveaux plans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when you next start.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../continuity_app/gui/print_actions.py" line="+47"/>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot print the plan</source>
        <translation>Impossible d&apos;imprimer le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed: %1</source>
        <translation>Le plan n&apos;a pas pu être imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — continuity plan</source>
        <translation>Aperçu avant impression — plan de continuité</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the continuity plan</source>
        <translation>Imprimer le plan de continuité</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the plan as PDF</source>
        <translation>Exporter le plan en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported the plan to {path} (%n page(s))</source>
        <translation>
            <numerusform>Plan exporté vers {path} (%n page)</numerusform>
            <numerusform>Plan exporté vers {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-71"/>
        <source>Continuity plan · version {version}</source>
        <translation>Plan de continuité · version {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/page.py" line="+146"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Employés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+47"/>
        <source>Business continuity plan</source>
        <translation>Plan de continuité d&apos;activité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity of customer contact, orders and payments when WhatsApp fails</source>
        <translation>Continuité du contact client, des commandes et des paiements en cas de panne de WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+33"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+8"/>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-45"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preparation task is in this plan yet. On the Recommendations page, “Add this step to the action plan” makes a recommended step a task with an owner, a due date and its cost; the steps worth taking are listed in section {section}.</source>
        <translation>Aucune tâche de préparation ne figure encore dans ce plan. Sur la page Recommandations, «&#xa0;Ajouter cette action au plan d&apos;action&#xa0;» fait d&apos;une action recommandée une tâche avec un responsable, une échéance et son coût&#xa0;; les actions qui valent la peine sont listées dans la section {section}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of this plan count only the tasks already done. The second column shows where the business will stand once every open task is done.</source>
        <translation>Les chiffres de ce plan ne comptent que les tâches déjà terminées. La deuxième colonne montre où en sera l&apos;entreprise une fois toutes les tâches restantes terminées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every task is done or dropped: the figures of this plan include what the done tasks made ready.</source>
        <translation>Toutes les tâches sont terminées ou abandonnées&#xa0;: les chiffres de ce plan incluent ce que les tâches terminées ont rendu prêt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>assuré pour {kept} sur {count} activités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>assuré pour {kept} sur {count} activités&#xa0;; non assuré&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the open tasks are done</source>
        <translation>Quand les tâches restantes seront terminées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}, {channel}: reaches {share} within {duration} once done.</source>
        <translation>{function}, {channel}&#xa0;: touche {share} dans un délai de {duration} une fois la tâche terminée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}, {channel}: in today&apos;s readiness.</source>
        <translation>{function}, {channel}&#xa0;: compris dans le taux de préparation actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{function}, {channel}</source>
        <translation>{function}, {channel}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks by due date</source>
        <translation>Tâches par échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-59"/>
        <location line="+41"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+46"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+26"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses: less than their savings one by one added up, because tasks for the same activity overlap.</source>
        <translation>Les tâches restantes coûtent {one_off} une fois et {monthly} par mois. Une fois toutes terminées, elles font économiser {saving} par an de pertes attendues&#xa0;: moins que la somme de leurs économies prises une à une, car les tâches d&apos;une même activité se recoupent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses.</source>
        <translation>Les tâches restantes coûtent {one_off} une fois et {monthly} par mois. Une fois toutes terminées, elles font économiser {saving} par an de pertes attendues.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Overdue on the day this plan was issued: %n task(s).</source>
        <translation>
            <numerusform>En retard le jour de l&apos;émission de ce plan&#xa0;: %n tâche.</numerusform>
            <numerusform>En retard le jour de l&apos;émission de ce plan&#xa0;: %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves/year: the expected yearly loss a task saves on its own, with the other tasks as they are today. A done task is counted in this plan&apos;s figures already; a dropped one counts nowhere.</source>
        <translation>Gain/an&#xa0;: la perte annuelle attendue qu&apos;une tâche évite à elle seule, les autres tâches restant telles qu&apos;elles sont aujourd&apos;hui. Une tâche terminée est déjà comptée dans les chiffres de ce plan&#xa0;; une tâche abandonnée n&apos;est comptée nulle part.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-50"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-66"/>
        <source>Document control</source>
        <translation>Suivi du document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issue</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+41"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review date</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+180"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+49"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+58"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+3"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+29"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+52"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-4"/>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+32"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+20"/>
        <source>Purpose, scope and assumptions</source>
        <translation>Objet, périmètre et hypothèses</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+1"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan says what {business} does when WhatsApp, or the Meta services around it, stop working: who decides, whom to call, what to send to customers, staff and suppliers, and how each business function carries on until the service returns.</source>
        <translation>Ce plan décrit ce que fait {business} quand WhatsApp, ou les services de Meta qui l&apos;entourent, cessent de fonctionner&#xa0;: qui décide, qui appeler, quoi envoyer aux clients, aux employés et aux fournisseurs, et comment chaque activité continue jusqu&apos;au retour du service.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-29"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+11"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+12"/>
        <source>Business function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-245"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+3"/>
        <source>Share on WhatsApp</source>
        <translation>Part sur WhatsApp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterparts by country: {countries}. Currency: {currency}.</source>
        <translation>Contacts par pays&#xa0;: {countries}. Devise&#xa0;: {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost revenue</source>
        <translation>chiffre d&apos;affaires perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost gross margin</source>
        <translation>marge brute perdue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost sales are counted as {basis}.</source>
        <translation>Les ventes perdues sont comptées en {basis}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages can start at any hour: a scenario&apos;s loss is the average over every start hour of the week, and the worst start is shown beside it.</source>
        <translation>Une panne peut commencer à toute heure&#xa0;: la perte d&apos;un scénario est la moyenne sur toutes les heures de début de la semaine, et le pire moment de début est indiqué à côté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figures are estimates from the plan&apos;s inputs and the reference data listed in appendix A, each with its source and confidence.</source>
        <translation>Les chiffres sont des estimations tirées des données du plan et des données de référence listées en annexe A, chacune avec sa source et son niveau de confiance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An outage cuts off the channels that run on what it stops: a WhatsApp-only outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and Facebook. The share of a function&apos;s interactions that its listed channels do not carry (in person, by phone, elsewhere) is taken to carry on as usual, but is not counted towards its minimum service.</source>
        <translation>Une panne coupe les canaux qui reposent sur ce qu&apos;elle arrête&#xa0;: une panne de WhatsApp seul coupe uniquement WhatsApp, une panne de Meta coupe aussi Instagram, Messenger et Facebook. La part des échanges d&apos;une activité qui ne passe pas par ses canaux (sur place, par téléphone, ailleurs) est considérée comme continuant normalement, mais n&apos;est pas comptée dans son service minimum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-31"/>
        <source>Impact summary</source>
        <translation>Synthèse de l&apos;impact</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+31"/>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Outage scenarios</source>
        <translation>Scénarios de panne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+106"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Worst start</source>
        <translation>Pire début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impact over time</source>
        <translation>Impact dans le temps</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exposure by function</source>
        <translation>Exposition par activité</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>breached for {duration}</source>
        <translation>non atteint pendant {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met after {duration}</source>
        <translation>atteint après {duration}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-9"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+48"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>On WhatsApp</source>
        <translation>Sur WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+63"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One outage</source>
        <translation>Une panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Une année</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+2"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="-28"/>
        <source>Dependencies and single points of failure</source>
        <translation>Dépendances et points de défaillance uniques</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+8"/>
        <source>The Meta group fails together.</source>
        <translation>Les services de Meta tombent en panne ensemble.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channels} run on the same Meta infrastructure. When it fails, as on 4 October 2021 for about six hours, all of them stop at once: none of them is a fallback for WhatsApp.</source>
        <translation>{channels} reposent sur la même infrastructure de Meta. Quand elle tombe en panne, comme le 4 octobre 2021 pendant environ six heures, tous s&apos;arrêtent en même temps&#xa0;: aucun n&apos;est un canal de secours pour WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which functions rely on which layers</source>
        <translation>Quelles activités dépendent de quelles couches</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+57"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails</source>
        <translation>HS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} (today)</source>
        <translation>{channel} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{function}: no fallback channel at all; WhatsApp is a single point of failure.</source>
        <translation>{function}&#xa0;: aucun canal de secours&#xa0;; WhatsApp est un point de défaillance unique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}: no fallback channel at all, and every outage of the plan stops the channels it runs on.</source>
        <translation>{function}&#xa0;: aucun canal de secours, et chaque panne du plan arrête les canaux par lesquels passe cette activité.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{function}: no fallback keeps working in: {scenario}.</source>
        <translation>{function}&#xa0;: aucun canal de secours ne continue de fonctionner dans ce scénario&#xa0;: {scenario}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every function has a fallback that survives every scenario.</source>
        <translation>Chaque activité a un canal de secours qui résiste à tous les scénarios.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+23"/>
        <source>{declarer}; if unreachable, the alternate {alternate}</source>
        <translation>{declarer}&#xa0;; en cas d&apos;indisponibilité, le suppléant {alternate}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Activation criteria and who may declare</source>
        <translation>Critères de déclenchement et qui peut déclarer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an outage when</source>
        <translation>Déclarer une panne quand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activation criteria are written in the plan yet.</source>
        <translation>Aucun critère de déclenchement n&apos;est encore écrit dans le plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may declare</source>
        <translation>Qui peut déclarer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role is named yet: name an outage lead in the plan.</source>
        <translation>Aucun rôle n&apos;est encore désigné&#xa0;: désignez un responsable de crise dans le plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="-15"/>
        <source>Roles and contact tree</source>
        <translation>Rôles et chaîne d&apos;appels</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+16"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Alternate</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate&apos;s phone</source>
        <translation>Téléphone du suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roles are named yet.</source>
        <translation>Aucun rôle n&apos;est encore désigné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Chaîne d&apos;appels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an outage is declared, each role calls the roles below it.</source>
        <translation>Quand une panne est déclarée, chaque rôle appelle les rôles placés en dessous.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/communications.py" line="+22"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Communications</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-send messages. SMS counts: characters as the network counts them, the encoding, and how many SMS segments each message takes (each segment is billed).</source>
        <translation>Messages prêts à envoyer. Comptage SMS&#xa0;: les caractères comme le réseau les compte, l&apos;encodage, et le nombre de segments SMS de chaque message (chaque segment est facturé).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message is written for this audience yet. A suggested text follows: adapt it before an outage.</source>
        <translation>Aucun message n&apos;est encore écrit pour ces destinataires. Voici un texte suggéré&#xa0;: adaptez-le avant une panne.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel: {channel}</source>
        <translation>Canal&#xa0;: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>Langue&#xa0;: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS: {characters}, {encoding}, {segments}</source>
        <translation>SMS&#xa0;: {characters}, {encoding}, {segments}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment SMS</numerusform>
            <numerusform>%n segments SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-27"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-232"/>
        <source>Interactions per open day</source>
        <translation>Échanges par jour d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-192"/>
        <source>The same outage, averaged over the week</source>
        <translation>La même panne, en moyenne sur la semaine</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+69"/>
        <source>While open</source>
        <translation>Pendant l&apos;ouverture</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+247"/>
        <source>card or bank transfer</source>
        <translation>carte ou virement bancaire</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Once prepared, use {channel} as well.</source>
        <translation>Une fois prêt, utilisez aussi {channel}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the {audience} message on every channel that works.</source>
        <translation>Envoyez le message pour les {audience} sur tous les canaux qui fonctionnent.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Write every order taken on a fallback channel in the order book: time, name, phone, items, amount, channel.</source>
        <translation>Notez chaque commande prise sur un canal de secours dans le carnet de commandes&#xa0;: heure, nom, téléphone, articles, montant, canal.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{share} on WhatsApp</source>
        <translation>{share} sur WhatsApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channels: {mix}</source>
        <translation>canaux&#xa0;: {mix}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{step} — on the action plan (section {section}), status: {status}.</source>
        <translation>{step} — dans le plan d&apos;action (section {section}), statut&#xa0;: {status}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keep the message for {audience} (section {section}) up to date.</source>
        <translation>Tenez à jour le message destiné aux {audience} (section {section}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channel} will reach {share} within {duration}</source>
        <translation>{channel} touchera {share} dans un délai de {duration}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When the open tasks are done (section {section}): {channels}.</source>
        <translation>Quand les tâches restantes seront terminées (section {section})&#xa0;: {channels}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to {channel} within {duration} (fails in every scenario of this plan: do not rely on it).</source>
        <translation>Basculez vers {channel} dans un délai de {duration} (en panne dans tous les scénarios de ce plan&#xa0;: ne comptez pas dessus).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to {channel} within {duration} (fails together with WhatsApp in a Meta outage: only when WhatsApp alone is down).</source>
        <translation>Basculez vers {channel} dans un délai de {duration} (tombe en panne avec WhatsApp lors d&apos;une panne de Meta&#xa0;: seulement quand WhatsApp est seul en panne).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to {channel} within {duration}.</source>
        <translation>Basculez vers {channel} dans un délai de {duration}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take payment by {payment} and write down each payment reference with the order it belongs to.</source>
        <translation>Encaissez par {payment} et notez chaque référence de paiement avec la commande correspondante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer questions by the fallback channels; note who asked what for a follow-up once WhatsApp is back.</source>
        <translation>Répondez aux questions par les canaux de secours&#xa0;; notez qui a demandé quoi pour assurer le suivi au retour de WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drivers call in at fixed times; give drop-off times by phone and note changes on the delivery sheet.</source>
        <translation>Les livreurs appellent à heures fixes&#xa0;; donnez les heures de livraison par téléphone et notez les changements sur la feuille de livraison.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the day&apos;s appointments by phone or SMS; note cancellations and new bookings in the diary.</source>
        <translation>Confirmez les rendez-vous du jour par téléphone ou SMS&#xa0;; notez les annulations et les nouvelles réservations dans l&apos;agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone broadcasts that are not urgent; send urgent notices by the fallback channels only.</source>
        <translation>Reportez les diffusions non urgentes&#xa0;; envoyez les avis urgents uniquement par les canaux de secours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff check the fallback group at fixed times; shift changes are confirmed by phone.</source>
        <translation>Le personnel consulte le groupe de secours à heures fixes&#xa0;; les changements de planning sont confirmés par téléphone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place urgent orders with suppliers by phone and confirm them in writing (SMS or email).</source>
        <translation>Passez les commandes urgentes aux fournisseurs par téléphone et confirmez-les par écrit (SMS ou e-mail).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reconcile: enter every order from the order book into the usual records and match each payment reference (section {section}).</source>
        <translation>Rapprochement&#xa0;: saisissez chaque commande du carnet de commandes dans les registres habituels et pointez chaque référence de paiement (section {section}).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tell {audience} that WhatsApp works again and where to write from now on.</source>
        <translation>Dites aux {audience} que WhatsApp fonctionne à nouveau et où écrire désormais.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work through the backlog: answer everyone who wrote during the outage, oldest first.</source>
        <translation>Rattrapez le retard&#xa0;: répondez à tous ceux qui ont écrit pendant la panne, en commençant par les plus anciens.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note what worked and what did not in the decision log.</source>
        <translation>Notez dans le journal des décisions ce qui a fonctionné et ce qui n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="-269"/>
        <source>Fallback procedures per function</source>
        <translation>Procédures de secours par activité</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+27"/>
        <source>Before an outage</source>
        <translation>Avant une panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During an outage</source>
        <translation>Pendant une panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the outage</source>
        <translation>Après la panne</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+27"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-7"/>
        <source>On the action plan (section {section}).</source>
        <translation>Dans le plan d&apos;action (section {section}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fallback channels: {channels}</source>
        <translation>Canaux de secours&#xa0;: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printed copy of this plan and the outage card (appendix D) at the counter and at home with the outage lead.</source>
        <translation>Un exemplaire imprimé de ce plan et de la fiche panne (annexe D), au comptoir et au domicile du responsable de crise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact lists of customers, staff and suppliers with their consent, kept outside WhatsApp (phone book, spreadsheet, printed list).</source>
        <translation>Les listes de contacts des clients, des employés et des fournisseurs, avec leur accord, conservées hors de WhatsApp (répertoire, tableur, liste imprimée).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paper order book and a payment log for orders taken on fallback channels.</source>
        <translation>Un carnet de commandes papier et un registre des paiements pour les commandes prises sur les canaux de secours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A charged second phone with credit on a different network, if possible.</source>
        <translation>Un second téléphone chargé, avec du crédit, si possible sur un autre réseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended preparation</source>
        <translation>Préparation recommandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="-43"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Saves/year</source>
        <translation>Gain/an</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Cost/year</source>
        <translation>Coût/an</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preparation step saves more than it costs.</source>
        <translation>Aucune action de préparation n&apos;économise plus qu&apos;elle ne coûte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also worth considering</source>
        <translation>À envisager aussi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payback (months)</source>
        <translation>Rentabilisé en (mois)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worth it now</source>
        <translation>À laisser de côté pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not now</source>
        <translation>Pourquoi pas maintenant</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="-45"/>
        <source>Return to normal and reconciliation</source>
        <translation>Retour à la normale et rapprochement</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+2"/>
        <source>Standing down</source>
        <translation>Fin de l&apos;alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp delivers messages again (two ticks) on two phones on different networks for 30 minutes.</source>
        <translation>WhatsApp délivre à nouveau les messages (deux coches) sur deux téléphones de réseaux différents pendant 30 minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {role} declares the outage over.</source>
        <translation>Le titulaire du rôle «&#xa0;{role}&#xa0;» déclare la fin de la panne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outage lead declares the outage over.</source>
        <translation>Le responsable de crise déclare la fin de la panne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell customers, staff and suppliers, on the fallback channels too, that WhatsApp works again.</source>
        <translation>Prévenez les clients, les employés et les fournisseurs, y compris sur les canaux de secours, que WhatsApp fonctionne à nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciling orders and payments</source>
        <translation>Rapprochement des commandes et des paiements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every order and payment taken on a fallback channel is entered in the usual records within one working day. Match each payment reference to its order; call the customer when one is missing. Fill in one line per channel:</source>
        <translation>Chaque commande et chaque paiement pris sur un canal de secours sont saisis dans les registres habituels sous un jour ouvré. Associez chaque référence de paiement à sa commande&#xa0;; appelez le client s&apos;il en manque une. Remplissez une ligne par canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders taken</source>
        <translation>Commandes prises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in records</source>
        <translation>Saisis dans les registres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+14"/>
        <source>Exercise and review schedule</source>
        <translation>Calendrier des exercices et des révisions</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-34"/>
        <source>Call the contact tree: everyone answers or calls back</source>
        <translation>Tester la chaîne d&apos;appels&#xa0;: chacun répond ou rappelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message on every fallback channel</source>
        <translation>Envoyer un message de test sur chaque canal de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table-top exercise: walk through a Meta-wide outage with this plan</source>
        <translation>Exercice sur table&#xa0;: dérouler une panne générale de Meta avec ce plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the plan: figures, contacts, messages and fallbacks</source>
        <translation>Réviser le plan&#xa0;: chiffres, contacts, messages et canaux de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review after every real outage</source>
        <translation>Bilan après chaque panne réelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within a week</source>
        <translation>sous une semaine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activity</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-2"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real outage, run in outage mode</source>
        <translation>Panne réelle, gérée en mode panne</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) of the plan not done; length {length}</source>
        <translation>
            <numerusform>%n étape du plan non réalisée&#xa0;; durée {length}</numerusform>
            <numerusform>%n étapes du plan non réalisées&#xa0;; durée {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-37"/>
        <source>Computed by Continuity Planner from this plan file: the same figures as the Results page. {trials} simulated years (simulation number {seed}).</source>
        <translation>Calculés par Continuity Planner à partir de ce fichier de plan&#xa0;: les mêmes chiffres que la page Résultats. {trials} années simulées (numéro de simulation {seed}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="-33"/>
        <source>The business can bear a loss of at most {amount} from one outage; the longest outage you can bear is read from it.</source>
        <translation>L&apos;entreprise peut supporter une perte d&apos;au plus {amount} pour une panne&#xa0;; la panne la plus longue que vous pouvez supporter en découle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest outage you can bear is worked out for this outage: {scenario}.</source>
        <translation>La panne la plus longue que vous pouvez supporter est calculée pour cette panne&#xa0;: {scenario}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-70"/>
        <source>Loss if this outage strikes while you are open</source>
        <translation>Perte si cette panne survient pendant vos heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>After {duration}, an outage that strikes while the business is open costs more than the {amount} you can bear: the plan must be working well before then.</source>
        <translation>Au-delà de {duration}, une panne qui survient pendant les heures d&apos;ouverture coûte plus que les {amount} que vous pouvez supporter&#xa0;: le plan doit fonctionner bien avant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Even an outage of a whole week costs less than the {amount} you can bear, in this outage: {scenario}.</source>
        <translation>Même une panne d&apos;une semaine entière coûte moins que les {amount} que vous pouvez supporter, pour cette panne&#xa0;: {scenario}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>While open: an outage of typical length that strikes while the business is open, the figure to plan for. Average: over every start hour of the week and every length the history gives. How often: from the outage history and the counts for the business&apos;s countries. Yearly: the average times how often it happens.</source>
        <translation>Pendant l&apos;ouverture&#xa0;: une panne de durée habituelle qui survient pendant les heures d&apos;ouverture, le chiffre à retenir pour le plan. Moyenne&#xa0;: sur toutes les heures de début de la semaine et toutes les durées de l&apos;historique. Fréquence&#xa0;: d&apos;après l&apos;historique des pannes et les chiffres des pays de l&apos;entreprise. Annuelle&#xa0;: la moyenne multipliée par la fréquence.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loss per outage by how long it lasts, per scenario, with the largest loss you can bear and the longest outage you can bear.</source>
        <translation>Perte par panne selon sa durée, par scénario, avec la perte maximale que vous pouvez supporter et la panne la plus longue que vous pouvez supporter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{share} within {duration}: {state}</source>
        <translation>{share} sous {duration}&#xa0;: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outage it can bear alone</source>
        <translation>Panne supportable, activité seule</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While open: in the outage the plan is measured on, striking while the business is open. Outage it can bear alone: how long an outage can last before this function&apos;s loss by itself passes the largest loss you can bear. Minimum service: the share of the function&apos;s interactions that must still be served, within the time set in the plan.</source>
        <translation>Pendant l&apos;ouverture&#xa0;: dans la panne qui sert de mesure au plan, survenant pendant les heures d&apos;ouverture. Panne supportable, activité seule&#xa0;: combien de temps une panne peut durer avant que la perte de cette seule activité dépasse la perte maximale que vous pouvez supporter. Service minimum&#xa0;: la part des échanges de l&apos;activité qui doit encore être assurée, dans le délai fixé par le plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss by function and category in this outage: {scenario}.</source>
        <translation>Perte par activité et par catégorie dans cette panne&#xa0;: {scenario}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss by category in this outage</source>
        <translation>Perte par catégorie dans cette panne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How much the loss varies from year to year</source>
        <translation>Combien la perte varie d&apos;une année à l&apos;autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{trials} simulated years: the number of outages, their lengths, their start times and every uncertain input are drawn at random from their ranges.</source>
        <translation>{trials} années simulées&#xa0;: le nombre de pannes, leur durée, leur heure de début et chaque donnée incertaine sont tirés au sort dans leur plage.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chance that a year loses more than each amount, with a typical, a bad and a very bad year marked.</source>
        <translation>Probabilité qu&apos;une année perde plus que chaque montant, avec une année type, une mauvaise année et une très mauvaise année indiquées.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+3"/>
        <source>Within {duration}, {function} must serve at least {share} of its interactions; if it does not, add the next fallback channel.</source>
        <translation>Dans un délai de {duration}, {function} doit assurer au moins {share} de ses échanges&#xa0;; sinon, ajoutez le canal de secours suivant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At {duration}, the longest outage you can bear, the loss passes {amount}: the owner decides on further measures.</source>
        <translation>À {duration}, la panne la plus longue que vous pouvez supporter, la perte dépasse {amount}&#xa0;: le responsable du plan décide des mesures supplémentaires.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+23"/>
        <source>{step} — recommended: saves {saving} a year for {cost}.</source>
        <translation>{step} — recommandée&#xa0;: économise {saving} par an pour {cost}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {channel} ready: today it reaches {share} of this function&apos;s WhatsApp contacts, within {duration}. Check the contact list and consent.</source>
        <translation>Gardez {channel} prêt&#xa0;: aujourd&apos;hui, il touche {share} des contacts WhatsApp de cette activité, dans un délai de {duration}. Vérifiez la liste de contacts et le consentement.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Confirm the outage against the activation criteria (section {section}); the {role} declares it.</source>
        <translation>Vérifiez la panne au regard des critères de déclenchement (section {section})&#xa0;; le titulaire du rôle «&#xa0;{role}&#xa0;» la déclare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm the outage against the activation criteria (section {section}).</source>
        <translation>Vérifiez la panne au regard des critères de déclenchement (section {section}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By {duration}, at least {share} of interactions must be served again (the minimum service); if not, escalate.</source>
        <translation>Au plus tard au bout de {duration}, au moins {share} des échanges doivent à nouveau être assurés (le service minimum)&#xa0;; sinon, faites remonter.</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>loss in {scenario}, while open: {amount}</source>
        <translation>perte dans {scenario}, pendant l&apos;ouverture&#xa0;: {amount}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-36"/>
        <source>Expected loss per year today: {before}; after these steps: {after} (a bad year, 1 in 10: {bad_year}), for {cost} a year.</source>
        <translation>Perte attendue par an aujourd&apos;hui&#xa0;: {before}&#xa0;; après ces actions&#xa0;: {after} (une mauvaise année, 1 sur 10&#xa0;: {bad_year}), pour {cost} par an.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-26"/>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-78"/>
        <source>Appendix A. Assumptions and data sources</source>
        <translation>Annexe A. Hypothèses et sources des données</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-45"/>
        <source>Channel: {name}</source>
        <translation>Canal&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer: {name}</source>
        <translation>Couche&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: {name}</source>
        <translation>Pays&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: {name}</source>
        <translation>Devise&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario: {name}</source>
        <translation>Scénario&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: {name}</source>
        <translation>Valeur par défaut&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan inputs</source>
        <translation>Données du plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered for this plan. A range (low–high) marks an uncertain input; the likely value is used for the figures, the range for the simulated years.</source>
        <translation>Saisies pour ce plan. Une plage (bas–haut) signale une donnée incertaine&#xa0;; la valeur probable sert aux chiffres, la plage aux années simulées.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{price} USD per message</source>
        <translation>{price} USD par message</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-26"/>
        <source>The outages the scenarios&apos; frequencies and lengths are derived from, as news reports and the providers&apos; status pages describe them.</source>
        <translation>Les pannes dont sont tirées la fréquence et la durée des scénarios, telles que les décrivent les articles de presse et les pages d&apos;état des fournisseurs.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+91"/>
        <source>A day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+25"/>
        <source>Value each</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Won back</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost for good</source>
        <translation>Perdus définitivement</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+9"/>
        <source>Reference data used</source>
        <translation>Données de référence utilisées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the built-in reference data that this plan&apos;s figures rest on. Confidence: H high, M medium, L low, default a stated modelling choice.</source>
        <translation>Lignes des données de référence intégrées sur lesquelles reposent les chiffres de ce plan. Confiance&#xa0;: H élevée, M moyenne, L faible, default&#xa0;: choix de modélisation affiché.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Usage: {channel} in {country}</source>
        <translation>Usage&#xa0;: {channel} ({country})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(stated modelling default)</source>
        <translation>(hypothèse par défaut du modèle)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+29"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-153"/>
        <source>No price per message is known for {channels}: messages on them are counted as free. Enter a price in the fallback to include it.</source>
        <translation>Aucun prix par message n&apos;est connu pour {channels}&#xa0;: les messages sur ces canaux sont comptés comme gratuits. Indiquez un prix dans le canal de secours pour l&apos;inclure.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-32"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix B. Outage history</source>
        <translation>Annexe B. Historique des pannes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix C. Decision log</source>
        <translation>Annexe C. Journal des décisions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage started (date, time): ______________   Declared by: ______________</source>
        <translation>Début de la panne (date, heure)&#xa0;: ______________   Déclarée par&#xa0;: ______________</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision or action</source>
        <translation>Décision ou action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="-44"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix D. Outage card</source>
        <translation>Annexe D. Fiche panne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp down? Keep this card by the phone.</source>
        <translation>WhatsApp en panne&#xa0;? Gardez cette fiche près du téléphone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who declares</source>
        <translation>Qui déclare</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{declarer} — or {alternate}</source>
        <translation>{declarer} — ou {alternate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (alternate)</source>
        <translation>{role} (suppléant)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No phone number is in the plan yet: add them to the roles.</source>
        <translation>Aucun numéro de téléphone ne figure encore dans le plan&#xa0;: ajoutez-les aux rôles.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check: {criterion}</source>
        <translation>Vérifier&#xa0;: {criterion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare the outage and start the contact tree: call {roles}.</source>
        <translation>Déclarer la panne et lancer la chaîne d&apos;appels&#xa0;: appeler {roles}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare the outage and start the contact tree.</source>
        <translation>Déclarer la panne et lancer la chaîne d&apos;appels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{function}: {channel} (only if WhatsApp alone is down)</source>
        <translation>{function}&#xa0;: {channel} (seulement si WhatsApp est seul en panne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to the fallbacks: {switches}.</source>
        <translation>Basculer vers les canaux de secours&#xa0;: {switches}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the channels prepared before the outage (section {section}).</source>
        <translation>Basculer vers les canaux préparés avant la panne (section {section}).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name an outage lead in the plan.</source>
        <translation>Désignez un responsable de crise dans le plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>Numéros à appeler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First 5 steps</source>
        <translation>Les 5 premières étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customers</source>
        <translation>Message aux clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer message is written yet.</source>
        <translation>Aucun message aux clients n&apos;est encore écrit.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+11"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix E. Glossary</source>
        <translation>Annexe E. Glossaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan uses everyday words; the technical term beside each is the one continuity standards and risk analysts use.</source>
        <translation>Ce plan emploie des mots de tous les jours&#xa0;; le terme technique à côté de chacun est celui qu&apos;utilisent les normes de continuité d&apos;activité et les analystes de risques.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this plan</source>
        <translation>Dans ce plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical term</source>
        <translation>Terme technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+20"/>
        <source>Check that WhatsApp fails on two phones on different networks.</source>
        <translation>Vérifier que WhatsApp est en panne sur deux téléphones de réseaux différents.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send the customer message below on every channel that works.</source>
        <translation>Envoyer le message aux clients ci-dessous sur tous les canaux qui fonctionnent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down every order and payment taken on a fallback channel, with the time.</source>
        <translation>Noter chaque commande et chaque paiement pris sur un canal de secours, avec l&apos;heure.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/document.py" line="+98"/>
        <source>{business} — continuity plan, version {version}</source>
        <translation>{business} — plan de continuité, version {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business continuity plan: {business}</source>
        <translation>Plan de continuité d&apos;activité&#xa0;: {business}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/core/progress.py" line="+39"/>
        <source>Evaluating the outage scenarios…</source>
        <translation>Évaluation des scénarios de panne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating years of outages…</source>
        <translation>Simulation d&apos;années de pannes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing today with the plan once its tasks are done…</source>
        <translation>Comparaison d&apos;aujourd&apos;hui avec le plan une fois ses tâches terminées…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuing preparation steps…</source>
        <translation>Évaluation des actions de préparation…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../continuity_app/gui/qt_strings.py" line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="+31"/>
        <source>your staff can be asked to use it (about {share})</source>
        <translation>votre personnel peut être invité à l&apos;utiliser (environ {share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your suppliers can be asked to use it (about {share})</source>
        <translation>vos fournisseurs peuvent être invités à l&apos;utiliser (environ {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you said about {share} of your customers use it</source>
        <translation>vous avez indiqué qu&apos;environ {share} de vos clients l&apos;utilisent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about {share} of people in {country} use it</source>
        <translation>{country}&#xa0;: environ {share} des habitants l&apos;utilisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} of people in your countries use it</source>
        <translation>environ {share} des habitants de vos pays l&apos;utilisent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about {share} in {country} use an iPhone</source>
        <translation>{country}&#xa0;: environ {share} des habitants utilisent un iPhone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} use an iPhone</source>
        <translation>environ {share} des habitants utilisent un iPhone</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>about {share} of people in {country} have a mobile phone</source>
        <translation>{country}&#xa0;: environ {share} des habitants ont un téléphone mobile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {share} of people in your countries have a mobile phone</source>
        <translation>environ {share} des habitants de vos pays ont un téléphone mobile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blocked in {country} since {date}</source>
        <translation>{country}&#xa0;: bloqué depuis {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its calls blocked in {country} since {date}</source>
        <translation>{country}&#xa0;: appels bloqués depuis {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowed down in {country} since {date}</source>
        <translation>{country}&#xa0;: ralenti depuis {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no phone-ownership figure for {countries}: the figure for their region is used</source>
        <translation>aucun chiffre de possession de téléphone pour {countries} : le chiffre de leur région est utilisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data for {countries}: not counted there; if you know how many of your customers use it, enter it with &apos;What you know about this channel&apos;</source>
        <translation>pas de données pour {countries}&#xa0;: non compté dans ces pays&#xa0;; si vous savez combien de vos clients l&apos;utilisent, indiquez-le avec «&#xa0;Ce que vous savez de ce canal&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>runs on Meta&apos;s infrastructure and fails with WhatsApp in a Meta outage</source>
        <translation>repose sur l&apos;infrastructure de Meta et tombe en panne avec WhatsApp lors d&apos;une panne de Meta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>survives every outage scenario in your plan</source>
        <translation>résiste à tous les scénarios de panne de votre plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>survives {share} of your expected outage loss (fails in: {scenarios})</source>
        <translation>résiste à des pannes représentant {share} de votre perte attendue (en panne dans&#xa0;: {scenarios})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>can send one message to everyone at once</source>
        <translation>peut envoyer un message à tout le monde en une fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can take payments in the app</source>
        <translation>permet d&apos;encaisser des paiements dans l&apos;application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end-to-end encrypted by default</source>
        <translation>chiffré de bout en bout par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not end-to-end encrypted by default</source>
        <translation>non chiffré de bout en bout par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to send</source>
        <translation>envoi gratuit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} touche environ {share} de vos {who} ({country}) et résiste à des pannes représentant {kept} de votre perte attendue (en panne dans&#xa0;: {scenarios}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} touche environ {share} de vos {who} ({country}) et continue de fonctionner dans tous les scénarios de panne de votre plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} touche environ {share} de vos {who} et résiste à des pannes représentant {kept} de votre perte attendue (en panne dans&#xa0;: {scenarios}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} reaches about {share} of your {who} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} touche environ {share} de vos {who} et continue de fonctionner dans tous les scénarios de panne de votre plan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, paying back in {months} months.</source>
        <translation>{step} (pour {function})&#xa0;: taux de préparation {before} → {after}&#xa0;; l&apos;action réduit votre perte attendue par an de {saving} pour {cost} par an, rentabilisée en {months} mois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, more than it saves.</source>
        <translation>{step} (pour {function})&#xa0;: taux de préparation {before} → {after}&#xa0;; l&apos;action réduit votre perte attendue par an de {saving} pour {cost} par an, soit plus qu&apos;elle ne fait économiser.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{share} of the interactions of {function} run on {channels}, on Meta&apos;s infrastructure as WhatsApp is: in {scenarios} that part stops together with WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no fallback for WhatsApp; prepare one that runs on other infrastructure.</source>
        <translation>{share} des échanges de {function} passent par {channels}, sur l&apos;infrastructure de Meta comme WhatsApp&#xa0;: en cas de {scenarios}, cette part s&apos;arrête en même temps que WhatsApp, et {cut_off} des échanges de {function} sont coupés d&apos;un coup. Ces applications ne sont pas des canaux de secours pour WhatsApp&#xa0;; préparez-en un qui fonctionne hors de Meta.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/audiences.py" line="+34"/>
        <source>staff</source>
        <translation>employés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers</source>
        <translation>fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patients and clients</source>
        <translation>patients et clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="-105"/>
        <source>staff and drivers who are asked to join</source>
        <translation>employés et livreurs invités à le rejoindre</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Its monthly fee is not known; add it to the plan when you have a quote.</source>
        <translation>Son abonnement mensuel n&apos;est pas connu&#xa0;; ajoutez-le au plan quand vous aurez un devis.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{channel} fails together with WhatsApp when Meta&apos;s systems go down.</source>
        <translation>{channel} tombe en panne en même temps que WhatsApp quand les systèmes de Meta sont en panne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It saves {saving} a year, less than it costs ({cost} a year, set-up included).</source>
        <translation>Elle fait économiser {saving} par an, moins qu&apos;elle ne coûte ({cost} par an, mise en place comprise).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} is a fallback for {function}, but it has been blocked in {country} since {date}: customers there cannot reach you on it without a VPN. Choose another channel for them.</source>
        <translation>{channel} sert de canal de secours pour {function}, mais il est bloqué depuis {date} ({country})&#xa0;: les clients de ce pays ne peuvent pas vous joindre par ce canal sans VPN. Choisissez un autre canal pour eux.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} is a fallback for {function}, but it runs on the same {layers} as WhatsApp and fails with it ({scenarios}); it is not counted as independent.</source>
        <translation>{channel} sert de canal de secours pour {function}, mais dépend des mêmes couches que WhatsApp ({layers}) et tombe en panne avec lui ({scenarios})&#xa0;; il n&apos;est pas compté comme indépendant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in every Meta outage</source>
        <translation>lors de toute panne de Meta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{function} can lose {loss} in this outage: {scenario}; that is more than the {tolerance} you can bear. It needs at least two independent fallbacks and has {count} ({channels}).</source>
        <translation>{function} peut perdre {loss} lors de cette panne&#xa0;: {scenario}&#xa0;; c&apos;est plus que les {tolerance} que vous pouvez supporter. Cette activité a besoin d&apos;au moins deux canaux de secours indépendants et en a {count} ({channels}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended portfolio adds {channels}.</source>
        <translation>La sélection recommandée ajoute {channels}.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and 2021. The model counts them at {share} of their readiness for the first {hours} hours; invite people before an outage.</source>
        <translation>Faire passer tout le monde sur {channels} dans les premières heures d&apos;une panne de WhatsApp comporte un risque d&apos;engorgement&#xa0;: Telegram et Signal ont ralenti ou sont tombés en panne lors d&apos;afflux d&apos;inscriptions en 2015, 2019 et 2021. Le modèle ne les compte qu&apos;à {share} de leur taux de préparation pendant les {hours} premières heures&#xa0;; invitez les gens avant une panne.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/common.py" line="+29"/>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/recommendations_page.py" line="+180"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation steps</source>
        <translation>Actions de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels by function</source>
        <translation>Canaux par activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What you know about this channel…</source>
        <translation>Ce que vous savez de ce canal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the share of your customers who use the selected channel, when you know it better than the country figures (or there are none).</source>
        <translation>Indiquez la part de vos clients qui utilisent le canal sélectionné, si vous la connaissez mieux que les chiffres par pays (ou s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the country figures</source>
        <translation>Utiliser les chiffres par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected preparation step to the plan</source>
        <translation>Ajouter l&apos;action de préparation sélectionnée au plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Function:</source>
        <translation>Acti&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly &amp;budget:</source>
        <translation>&amp;Budget annuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget for preparation</source>
        <translation>Budget annuel de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps and what they are worth</source>
        <translation>Actions de préparation et ce qu&apos;elles rapportent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels ranked for the chosen function</source>
        <translation>Canaux classés pour l&apos;activité choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended portfolio</source>
        <translation>Sélection recommandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this step</source>
        <translation>Pourquoi cette action</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valuing every preparation step against your plan…</source>
        <translation>Évaluation de chaque action de préparation sur votre plan…</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>With these steps you can expect to lose {ale} a year ({p90} in a bad year, 1 in 10), for {cost} a year.</source>
        <translation>Avec ces actions, vous pouvez vous attendre à perdre {ale} par an ({p90} une mauvaise année, 1 sur 10), pour {cost} par an.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Add this step to the action plan</source>
        <translation>&amp;Ajouter cette action au plan d&apos;action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the &amp;whole portfolio to the action plan</source>
        <translation>Ajouter &amp;toute la sélection au plan d&apos;action</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, and the steps that would cut your losses appear here.</source>
        <translation>Aucune activité pour l&apos;instant&#xa0;: ajoutez sur la page Activités ce que vos clients font sur WhatsApp, et les actions qui réduiraient vos pertes apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preparation step to suggest for this plan: check that each activity has its share on WhatsApp and its value per interaction on the Functions page.</source>
        <translation>Aucune action de préparation à proposer pour ce plan&#xa0;: vérifiez sur la page Activités que chaque activité a sa part sur WhatsApp et sa valeur par échange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in 10). Each step below is valued by running the model again with it in place.</source>
        <translation>Aujourd&apos;hui, vous pouvez vous attendre à perdre {ale} par an à cause des pannes ({p90} une mauvaise année, 1 sur 10). Chaque action ci-dessous est évaluée en relançant le modèle avec cette action en place.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a year</source>
        <translation>Économie par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a bad year</source>
        <translation>Économie en mauvaise année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs a year</source>
        <translation>Coût par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays back in</source>
        <translation>Rentabilisé en</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not worth it now</source>
        <translation>À laisser de côté pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the action plan: %1</source>
        <translation>Dans le plan d&apos;action&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survives</source>
        <translation>Résiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{channel}: {reasons}.</source>
        <translation>{channel}&#xa0;: {reasons}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you know about %1</source>
        <translation>Ce que vous savez de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of your customers who use %1 (%):</source>
        <translation>Part de vos clients qui utilisent %1 (en %)&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): saves %3 a year on top of the steps above, costs %4</source>
        <translation>%1 (%2)&#xa0;: économise %3 par an en plus des actions ci-dessus, coûte %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step saves more than it costs.</source>
        <translation>Aucune action n&apos;économise plus qu&apos;elle ne coûte.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n step(s) added to the action plan as planned task(s). Give each an owner and a due date on the Action plan page; readiness today changes only when a task is marked done there.</source>
        <translation>
            <numerusform>%n action ajoutée au plan d&apos;action comme tâche prévue. Donnez-lui un responsable et une échéance sur la page Plan d&apos;action&#xa0;; le taux de préparation actuel ne change que lorsqu&apos;une tâche y est marquée comme terminée.</numerusform>
            <numerusform>%n actions ajoutées au plan d&apos;action comme tâches prévues. Donnez à chacune un responsable et une échéance sur la page Plan d&apos;action&#xa0;; le taux de préparation actuel ne change que lorsqu&apos;une tâche y est marquée comme terminée.</numerusform>
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
        <translation>un plan sans titre ({business})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was stopped at {when} with unsaved changes to {name}; they were kept.</source>
        <translation>L&apos;application a été arrêtée à {when} alors que {name} avait des modifications non enregistrées&#xa0;; elles ont été conservées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application did not close properly; unsaved changes to {name} were kept at {when}.</source>
        <translation>L&apos;application ne s&apos;est pas fermée correctement&#xa0;; les modifications non enregistrées de {name} ont été conservées à {when}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them in this window, save them to a file of their own, or discard them?</source>
        <translation>Les restaurer dans cette fenêtre, les enregistrer dans un fichier à part, ou les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This window already shows restored work. Save these changes to a file of their own, discard them, or keep them to decide at the next start?</source>
        <translation>Cette fenêtre affiche déjà un travail restauré. Enregistrer ces modifications dans un fichier à part, les abandonner, ou les garder pour décider au prochain démarrage&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more after this one.)</source>
        <translation>
            <numerusform>(%n autre après celui-ci.)</numerusform>
            <numerusform>(%n autres après celui-ci.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save restored changes as</source>
        <translation>Enregistrer les modifications restaurées sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity plans (*{suffix})</source>
        <translation>Plans de continuité (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored changes could not be saved to {path}: {reason}. They are kept and offered again at the next start.</source>
        <translation>Les modifications restaurées n&apos;ont pas pu être enregistrées dans {path}&#xa0;: {reason}. Elles sont conservées et vous seront de nouveau proposées au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../continuity_app/core/actions.py" line="+41"/>
        <location filename="../../continuity_app/core/reference_strings.py" line="+9"/>
        <source>card or bank</source>
        <translation>par carte ou virement</translation>
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
        <translation>E-mail</translation>
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
        <translation>Chat web (votre site ou votre application)</translation>
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
        <translation>Opérateurs mobiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many providers</source>
        <translation>Nombreux fournisseurs</translation>
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
        <translation>Opérateurs, Google Jibe, Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNG</source>
        <translation>VNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own hosting)</source>
        <translation>L&apos;entreprise (hébergement propre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp service</source>
        <translation>Service WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta shared infrastructure</source>
        <translation>Infrastructure commune de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram infrastructure</source>
        <translation>Infrastructure de Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal infrastructure</source>
        <translation>Infrastructure de Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data network</source>
        <translation>Réseau de données mobiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed internet</source>
        <translation>Internet fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp app and service itself (e.g. the 25 Oct 2022 outage, when WhatsApp alone failed).</source>
        <translation>L&apos;application et le service WhatsApp eux-mêmes (par ex. la panne du 25 oct. 2022, où seul WhatsApp était en panne).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s backbone, DNS and data centres under WhatsApp, Messenger, Instagram and Facebook Login; when it fails they all fail together (4 Oct 2021, 13 Mar 2019, 11 Dec 2024).</source>
        <translation>Le réseau principal, le DNS et les centres de données de Meta sur lesquels reposent WhatsApp, Messenger, Instagram et la connexion Facebook&#xa0;; quand ils tombent en panne, tous ces services tombent ensemble (4 oct. 2021, 13 mars 2019, 11 déc. 2024).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram&apos;s own servers and data centres (e.g. the 29 Mar 2018 data-centre power failure).</source>
        <translation>Les serveurs et centres de données propres à Telegram (par ex. la coupure de courant d&apos;un centre de données le 29 mars 2018).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal&apos;s servers, which run on public cloud (AWS, Azure, GCP); Signal went down in the AWS us-east-1 outage of 20 Oct 2025 and under the Jan 2021 sign-up surge.</source>
        <translation>Les serveurs de Signal, hébergés sur le cloud public (AWS, Azure, GCP)&#xa0;; Signal est tombé en panne lors de la panne AWS us-east-1 du 20 oct. 2025 et sous l&apos;afflux d&apos;inscriptions de janv. 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app used over the cellular data network; fails in a carrier outage or a government mobile-data shutdown.</source>
        <translation>Toutes les applications utilisées via le réseau de données mobiles&#xa0;; en panne lors d&apos;une panne d&apos;opérateur ou d&apos;une coupure des données mobiles par les autorités.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice calls and SMS over mobile carriers; fails in national carrier outages (AT&amp;T 2024, Optus 2023, Rogers 2022).</source>
        <translation>Appels et SMS via les opérateurs mobiles&#xa0;; en panne lors des pannes nationales d&apos;opérateur (AT&amp;T 2024, Optus 2023, Rogers 2022).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-line and broadband internet (and the Wi-Fi behind it); Optus 2023 and Rogers 2022 also took out fixed services.</source>
        <translation>Ligne fixe et internet haut débit (et le Wi-Fi qui en dépend)&#xa0;; les pannes Optus 2023 et Rogers 2022 ont aussi coupé les services fixes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local electricity supply of the business or its counterparts.</source>
        <translation>L&apos;alimentation électrique locale de l&apos;entreprise ou de ses contacts.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Phone call (mobile or landline)</source>
        <translation>Appel téléphonique (mobile ou fixe)</translation>
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
        <translation>Page ou boutique Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop or marketplace</source>
        <translation>Boutique en ligne ou place de marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (walk-in, counter)</source>
        <translation>Sur place (clients de passage, comptoir)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PageBites</source>
        <translation>PageBites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta (directly or through a provider: Twilio, 360dialog, Gupshup...)</source>
        <translation>Meta (directement ou via un prestataire&#xa0;: Twilio, 360dialog, Gupshup...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own site, Shopify...) or the marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</source>
        <translation>L&apos;entreprise (son propre site, Shopify...) ou la place de marché (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (its premises)</source>
        <translation>L&apos;entreprise (ses locaux)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone calls and SMS network</source>
        <translation>Réseau des appels et SMS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Biélorussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Democratic Republic of the Congo</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>Dirham des Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghani</source>
        <translation>Afghani afghan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lek</source>
        <translation>Lek albanais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian Dram</source>
        <translation>Dram arménien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwanza</source>
        <translation>Kwanza angolais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentine Peso</source>
        <translation>Peso argentin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australian Dollar</source>
        <translation>Dollar australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruban Florin</source>
        <translation>Florin arubais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan Manat</source>
        <translation>Manat azerbaïdjanais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convertible Mark</source>
        <translation>Mark convertible de Bosnie-Herzégovine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados Dollar</source>
        <translation>Dollar barbadien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taka</source>
        <translation>Taka bangladais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian Lev</source>
        <translation>Lev bulgare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahraini Dinar</source>
        <translation>Dinar bahreïni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi Franc</source>
        <translation>Franc burundais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Dollar</source>
        <translation>Dollar de Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boliviano</source>
        <translation>Boliviano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazilian Real</source>
        <translation>Real brésilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamian Dollar</source>
        <translation>Dollar bahaméen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngultrum</source>
        <translation>Ngultrum bhoutanais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pula</source>
        <translation>Pula botswanais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian Ruble</source>
        <translation>Rouble biélorusse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize Dollar</source>
        <translation>Dollar bélizien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian Dollar</source>
        <translation>Dollar canadien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congolese Franc</source>
        <translation>Franc congolais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss Franc</source>
        <translation>Franc suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chilean Peso</source>
        <translation>Peso chilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan Renminbi</source>
        <translation>Yuan renminbi chinois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombian Peso</source>
        <translation>Peso colombien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rican Colon</source>
        <translation>Colón costaricien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuban Peso</source>
        <translation>Peso cubain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde Escudo</source>
        <translation>Escudo cap-verdien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Koruna</source>
        <translation>Couronne tchèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti Franc</source>
        <translation>Franc djiboutien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Krone</source>
        <translation>Couronne danoise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Peso</source>
        <translation>Peso dominicain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algerian Dinar</source>
        <translation>Dinar algérien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egyptian Pound</source>
        <translation>Livre égyptienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nakfa</source>
        <translation>Nakfa érythréen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopian Birr</source>
        <translation>Birr éthiopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji Dollar</source>
        <translation>Dollar fidjien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound Sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lari</source>
        <translation>Lari géorgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana Cedi</source>
        <translation>Cedi ghanéen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dalasi</source>
        <translation>Dalasi gambien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinean Franc</source>
        <translation>Franc guinéen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quetzal</source>
        <translation>Quetzal guatémaltèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana Dollar</source>
        <translation>Dollar guyanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong Dollar</source>
        <translation>Dollar de Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lempira</source>
        <translation>Lempira hondurien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gourde</source>
        <translation>Gourde haïtienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forint</source>
        <translation>Forint hongrois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah</source>
        <translation>Roupie indonésienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Israeli Sheqel</source>
        <translation>Nouveau shekel israélien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Rupee</source>
        <translation>Roupie indienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraqi Dinar</source>
        <translation>Dinar irakien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Rial</source>
        <translation>Rial iranien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland Krona</source>
        <translation>Couronne islandaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaican Dollar</source>
        <translation>Dollar jamaïcain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordanian Dinar</source>
        <translation>Dinar jordanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen</source>
        <translation>Yen japonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenyan Shilling</source>
        <translation>Shilling kényan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Som</source>
        <translation>Som kirghize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riel</source>
        <translation>Riel cambodgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comorian Franc</source>
        <translation>Franc comorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korean Won</source>
        <translation>Won nord-coréen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Won sud-coréen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwaiti Dinar</source>
        <translation>Dinar koweïtien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenge</source>
        <translation>Tenge kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao Kip</source>
        <translation>Kip laotien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanese Pound</source>
        <translation>Livre libanaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka Rupee</source>
        <translation>Roupie srilankaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberian Dollar</source>
        <translation>Dollar libérien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loti</source>
        <translation>Loti du Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libyan Dinar</source>
        <translation>Dinar libyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccan Dirham</source>
        <translation>Dirham marocain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldovan Leu</source>
        <translation>Leu moldave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy Ariary</source>
        <translation>Ariary malgache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denar</source>
        <translation>Denar macédonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyat</source>
        <translation>Kyat birman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugrik</source>
        <translation>Tugrik mongol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pataca</source>
        <translation>Pataca de Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouguiya</source>
        <translation>Ouguiya mauritanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius Rupee</source>
        <translation>Roupie mauricienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rufiyaa</source>
        <translation>Rufiyaa maldivienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi Kwacha</source>
        <translation>Kwacha malawite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexican Peso</source>
        <translation>Peso mexicain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysian Ringgit</source>
        <translation>Ringgit malaisien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique Metical</source>
        <translation>Metical mozambicain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia Dollar</source>
        <translation>Dollar namibien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naira</source>
        <translation>Naira nigérian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cordoba Oro</source>
        <translation>Córdoba oro nicaraguayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Krone</source>
        <translation>Couronne norvégienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepalese Rupee</source>
        <translation>Roupie népalaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand Dollar</source>
        <translation>Dollar néo-zélandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial Omani</source>
        <translation>Rial omanais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol</source>
        <translation>Sol péruvien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kina</source>
        <translation>Kina papou-néo-guinéen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippine Peso</source>
        <translation>Peso philippin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan Rupee</source>
        <translation>Roupie pakistanaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zloty</source>
        <translation>Zloty polonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarani</source>
        <translation>Guaraní paraguayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatari Rial</source>
        <translation>Riyal qatarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian Leu</source>
        <translation>Leu roumain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian Dinar</source>
        <translation>Dinar serbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>Rouble russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda Franc</source>
        <translation>Franc rwandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Riyal</source>
        <translation>Riyal saoudien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands Dollar</source>
        <translation>Dollar des Îles Salomon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles Rupee</source>
        <translation>Roupie seychelloise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudanese Pound</source>
        <translation>Livre soudanaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish Krona</source>
        <translation>Couronne suédoise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore Dollar</source>
        <translation>Dollar de Singapour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leone</source>
        <translation>Leone sierra-léonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surinam Dollar</source>
        <translation>Dollar surinamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudanese Pound</source>
        <translation>Livre sud-soudanaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dobra</source>
        <translation>Dobra santoméen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syrian Pound</source>
        <translation>Livre syrienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lilangeni</source>
        <translation>Lilangeni swazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baht</source>
        <translation>Baht thaïlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somoni</source>
        <translation>Somoni tadjik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan New Manat</source>
        <translation>Nouveau manat turkmène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisian Dinar</source>
        <translation>Dinar tunisien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa’anga</source>
        <translation>Pa’anga tongien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>Livre turque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago Dollar</source>
        <translation>Dollar de Trinité-et-Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan Dollar</source>
        <translation>Nouveau dollar de Taïwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzanian Shilling</source>
        <translation>Shilling tanzanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hryvnia</source>
        <translation>Hryvnia ukrainienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda Shilling</source>
        <translation>Shilling ougandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>Dollar des États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peso Uruguayo</source>
        <translation>Peso uruguayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan Sum</source>
        <translation>Sum ouzbek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolívar Soberano</source>
        <translation>Bolívar souverain vénézuélien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dong</source>
        <translation>Dong vietnamien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatu</source>
        <translation>Vatu vanuatais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tala</source>
        <translation>Tala samoan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BEAC</source>
        <translation>Franc CFA (BEAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Caribbean Dollar</source>
        <translation>Dollar des Caraïbes orientales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Guilder</source>
        <translation>Florin caribéen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BCEAO</source>
        <translation>Franc CFA (BCEAO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFP Franc</source>
        <translation>Franc CFP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemeni Rial</source>
        <translation>Rial yéménite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rand</source>
        <translation>Rand sud-africain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambian Kwacha</source>
        <translation>Kwacha zambien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe Gold (ZiG)</source>
        <translation>Zimbabwe Gold (ZiG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect customers&apos; mobile numbers and SMS consent at checkout and booking</source>
        <translation>Recueillir le numéro de mobile des clients et leur accord pour les SMS à la caisse et à la réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an SMS gateway account with prepaid credit and a ready outage message</source>
        <translation>Ouvrir un compte d&apos;envoi de SMS avec du crédit prépayé et un message de panne prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare {payment} payment links to send by SMS</source>
        <translation>Préparer des liens de paiement {payment} à envoyer par SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the fallback phone number on the shop door, receipts and website</source>
        <translation>Afficher le numéro de téléphone de secours sur la porte du magasin, les tickets de caisse et le site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up call forwarding to a second phone so that calls are answered at peak times</source>
        <translation>Mettre en place un renvoi d&apos;appels vers un second téléphone pour répondre aux heures de pointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a phone tree: who calls whom when WhatsApp is down</source>
        <translation>Rédiger une chaîne d&apos;appels&#xa0;: qui appelle qui quand WhatsApp est en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect email addresses and prepare an outage notice template</source>
        <translation>Recueillir les adresses e-mail et préparer un modèle d&apos;avis de panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a Telegram channel link on every receipt and order confirmation</source>
        <translation>Publier le lien d&apos;une chaîne Telegram sur chaque ticket et chaque confirmation de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Telegram group for staff and drivers, everyone joined in advance</source>
        <translation>Créer un groupe Telegram pour le personnel et les livreurs, que chacun rejoint à l&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Signal group for staff, everyone joined in advance</source>
        <translation>Créer un groupe Signal pour le personnel, que chacun rejoint à l&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Viber community and show its QR code at the counter and on receipts</source>
        <translation>Ouvrir une communauté Viber et afficher son code QR au comptoir et sur les tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a LINE Official Account and show its QR code at the counter</source>
        <translation>Ouvrir un compte officiel LINE et afficher son code QR au comptoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Kakao Talk channel and show its QR code on receipts</source>
        <translation>Ouvrir une chaîne Kakao Talk et afficher son code QR sur les tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WeChat Official Account and show its QR code at the counter</source>
        <translation>Ouvrir un compte officiel WeChat et afficher son code QR au comptoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Zalo Official Account and show its QR code on receipts</source>
        <translation>Ouvrir un compte officiel Zalo et afficher son code QR sur les tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order and booking form to your website and link it from your profiles</source>
        <translation>Ajouter un formulaire de commande et de réservation à votre site web, avec un lien depuis vos profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point customers to Instagram Direct as a second inbox</source>
        <translation>Orienter les clients vers Instagram Direct comme deuxième messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link a Messenger inbox from your Facebook page</source>
        <translation>Relier une messagerie Messenger à votre page Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers and consent let you text customers the moment WhatsApp fails</source>
        <translation>avec leurs numéros et leur accord, vous pouvez écrire par SMS aux clients dès que WhatsApp tombe en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prepaid gateway sends the outage message to everyone within minutes</source>
        <translation>un compte d&apos;envoi de SMS prépayé envoie le message de panne à tous en quelques minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ready link collects the payment without WhatsApp</source>
        <translation>un lien prêt à l&apos;emploi encaisse le paiement sans WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who cannot reach you on WhatsApp call instead</source>
        <translation>les clients qui ne peuvent pas vous joindre sur WhatsApp appellent à la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second line keeps calls from going unanswered</source>
        <translation>une seconde ligne évite les appels sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone knows whom to call within minutes</source>
        <translation>chacun sait qui appeler en quelques minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email reaches customers who are online but cannot use WhatsApp</source>
        <translation>l&apos;e-mail touche les clients connectés qui ne peuvent pas utiliser WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who follow the channel get your updates and can message you</source>
        <translation>les clients abonnés à la chaîne reçoivent vos nouvelles et peuvent vous écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team keeps talking as soon as WhatsApp fails</source>
        <translation>l&apos;équipe continue d&apos;échanger dès que WhatsApp tombe en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end-to-end encrypted group keeps the team talking</source>
        <translation>un groupe chiffré de bout en bout permet à l&apos;équipe de continuer d&apos;échanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber users follow the community and can message you</source>
        <translation>les utilisateurs de Viber suivent la communauté et peuvent vous écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE friends of your account get messages and can book with you</source>
        <translation>les amis LINE de votre compte reçoivent vos messages et peuvent réserver chez vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk friends of your channel can message you</source>
        <translation>les amis KakaoTalk de votre chaîne peuvent vous écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers of your account can message and pay you</source>
        <translation>les abonnés de votre compte peuvent vous écrire et vous payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo followers can message you</source>
        <translation>vos abonnés Zalo peuvent vous écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who look for you online can still order</source>
        <translation>les clients qui vous cherchent en ligne peuvent quand même commander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>Instagram Direct fonctionne quand seul WhatsApp est en panne, mais il repose sur l&apos;infrastructure de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>Messenger fonctionne quand seul WhatsApp est en panne, mais il repose sur l&apos;infrastructure de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a customer needs a private conversation</source>
        <translation>répondre à un client demande une conversation privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business account lets several staff answer and keeps history</source>
        <translation>un compte professionnel permet à plusieurs employés de répondre et garde l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders are taken in a private conversation</source>
        <translation>les commandes se prennent en conversation privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogues and shared inboxes speed up order taking</source>
        <translation>catalogues et messageries partagées accélèrent la prise de commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a sale is easier where payment can follow</source>
        <translation>une vente se conclut plus facilement là où le paiement peut suivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an in-app payment path collects money without another app</source>
        <translation>un paiement intégré encaisse l&apos;argent sans autre application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment link (Pix, UPI, card) can be sent in any private message</source>
        <translation>un lien de paiement (Pix, UPI, carte) peut s&apos;envoyer dans n&apos;importe quel message privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team coordinates in a group large enough for all staff</source>
        <translation>une équipe se coordonne dans un groupe assez grand pour tout le personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager also needs to reach each person directly</source>
        <translation>un responsable doit aussi joindre chacun directement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders to suppliers go person to person</source>
        <translation>les commandes aux fournisseurs se font de personne à personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some suppliers coordinate in groups</source>
        <translation>certains fournisseurs se coordonnent en groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broadcast reaches every follower at once</source>
        <translation>une diffusion touche tous les abonnés d&apos;un coup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking and reminders are private conversations</source>
        <translation>réservations et rappels passent par des conversations privées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic reminders need a business account</source>
        <translation>les rappels automatiques demandent un compte professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers and customers confirm drop-offs one to one</source>
        <translation>livreurs et clients confirment les livraisons en direct, entre eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch groups keep drivers in step</source>
        <translation>des groupes de répartition coordonnent les livreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a business sends to handle one interaction on a fallback channel; multiplies the channel&apos;s price per message</source>
        <translation>Messages qu&apos;une entreprise envoie pour traiter un échange sur un canal de secours&#xa0;; multiplie le prix par message du canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a fallback&apos;s coverage to rise linearly from 0 to its full readiness once its activation delay has passed</source>
        <translation>Temps pour que la couverture d&apos;un canal de secours monte linéairement de 0 à son plein taux de préparation, une fois son délai de bascule écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness multiplier for channels with surge_risk during the first surge_hours of an outage that fails the whatsapp or meta layer</source>
        <translation>Multiplicateur du taux de préparation des canaux à risque d&apos;engorgement (surge_risk) pendant les surge_hours premières heures d&apos;une panne de la couche whatsapp ou meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the surge penalty lasts after an outage of whatsapp or meta starts. Evidence: &apos;slower Telegram in the Americas&apos; on 4 Oct 2021 (+70M sign-ups in a day); Signal&apos;s outage of 15 Jan 2021 under the privacy-policy surge; Telegram&apos;s SMS-code gateways overloaded by +1.5M Brazilian sign-ups within hours on 17 Dec 2015</source>
        <translation>Durée de la pénalité d&apos;engorgement après le début d&apos;une panne de whatsapp ou meta. Éléments&#xa0;: «&#xa0;Telegram plus lent sur le continent américain&#xa0;» le 4 oct. 2021 (+70 millions d&apos;inscriptions en une journée)&#xa0;; panne de Signal du 15 janv. 2021 sous l&apos;afflux lié à la politique de confidentialité&#xa0;; passerelles de codes SMS de Telegram saturées par +1,5 million d&apos;inscriptions brésiliennes en quelques heures le 17 déc. 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of log(duration) for a scenario whose category has fewer than min_duration_points usable durations in outages.csv; the median comes from the scenario</source>
        <translation>Écart type de log(durée) pour un scénario dont la catégorie compte moins de min_duration_points durées exploitables dans outages.csv&#xa0;; la médiane vient du scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest usable durations a category needs before its own log-normal spread is fitted</source>
        <translation>Nombre minimal de durées exploitables dont une catégorie a besoin pour ajuster sa propre dispersion log-normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year of the outage-history window used for yearly frequencies</source>
        <translation>Première année de la période d&apos;historique des pannes servant aux fréquences annuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (inclusive) of the outage-history window used for yearly frequencies</source>
        <translation>Dernière année (incluse) de la période d&apos;historique des pannes servant aux fréquences annuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a government shutdown or block when neither the history nor the published counts give one</source>
        <translation>Durée d&apos;une coupure ou d&apos;un blocage par les autorités quand ni l&apos;historique ni les décomptes publiés ne la donnent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step of the impact simulation</source>
        <translation>Pas de temps de la simulation d&apos;impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon of the impact simulation (one week)</source>
        <translation>Horizon de la simulation d&apos;impact (une semaine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in the GSM-7 alphabet</source>
        <translation>Caractères d&apos;un SMS à un seul segment en alphabet GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part GSM-7 SMS</source>
        <translation>Caractères par segment d&apos;un SMS GSM-7 en plusieurs parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in UCS-2 (any character outside GSM-7, e.g. Arabic, Hindi)</source>
        <translation>Caractères d&apos;un SMS à un seul segment en UCS-2 (tout caractère hors GSM-7, par ex. arabe, hindi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part UCS-2 SMS</source>
        <translation>Caractères par segment d&apos;un SMS UCS-2 en plusieurs parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach of any app channel among the business&apos;s own staff and drivers, who can be asked to install it</source>
        <translation>Portée de tout canal applicatif auprès du personnel et des livreurs de l&apos;entreprise, à qui l&apos;on peut demander de l&apos;installer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the one-off set-up time of a preparation step is spread when its yearly cost is computed</source>
        <translation>Nombre d&apos;années sur lesquelles le temps de mise en place ponctuel d&apos;une action de préparation est réparti pour calculer son coût annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a channel&apos;s lack of default end-to-end encryption lowers its score (0: not at all, 1: to zero)</source>
        <translation>Dans quelle mesure l&apos;absence de chiffrement de bout en bout par défaut abaisse le score d&apos;un canal (0&#xa0;: pas du tout, 1&#xa0;: jusqu&apos;à zéro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a high set-up effort lowers a channel&apos;s score (medium counts half)</source>
        <translation>Dans quelle mesure un effort de mise en place élevé abaisse le score d&apos;un canal (un effort moyen compte pour moitié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest bearable loss per outage given to a new plan whose functions put no revenue at stake (coordination only): one working day of the whole staff&apos;s cost, the same one-day horizon as the revenue-based tolerance</source>
        <translation>Perte maximale supportable par panne attribuée à un nouveau plan dont les activités ne mettent aucun chiffre d&apos;affaires en jeu (coordination seulement)&#xa0;: le coût d&apos;une journée de travail de tout le personnel, soit le même horizon d&apos;une journée que pour le seuil calculé sur le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the recovery tail after an outage&apos;s announced end, over which the blocked share falls linearly to zero (regions coming back one by one, queued messages delivered late)</source>
        <translation>Durée de la phase de rétablissement après la fin annoncée d&apos;une panne, pendant laquelle la part bloquée diminue linéairement jusqu&apos;à zéro (régions rétablies une à une, messages en attente livrés en retard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after service returns customers with a same-day need who heard of the outage stay with the arrangements they made elsewhere (the rest of the day: an evening, or the afternoon after a morning outage); also the scale on which the share who heard of it grows with the outage&apos;s length (1 - e^(-length / this))</source>
        <translation>Combien de temps après le retour du service les clients ayant un besoin pour le jour même, informés de la panne, s&apos;en tiennent aux solutions trouvées ailleurs (le reste de la journée : une soirée, ou l&apos;après-midi après une panne matinale); c&apos;est aussi l&apos;échelle sur laquelle la part de ceux qui en ont entendu parler croît avec la durée de la panne (1 - e^(-durée / cette valeur))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor 0..1</source>
        <translation>facteur de 0 à 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-hours</source>
        <translation>log(heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages</source>
        <translation>pannes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours per staff member</source>
        <translation>heures par employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp-only outage (like 25 Oct 2022)</source>
        <translation>Panne de WhatsApp seul (comme le 25 oct. 2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage (like 4 Oct 2021)</source>
        <translation>Panne générale de Meta (comme le 4 oct. 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long Meta outage (like 13 Mar 2019)</source>
        <translation>Longue panne de Meta (comme le 13 mars 2019)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National carrier outage (like AT&amp;T, 22 Feb 2024)</source>
        <translation>Panne d&apos;un opérateur national (comme AT&amp;T, 22 févr. 2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government mobile-data shutdown</source>
        <translation>Coupure des données mobiles par les autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Coupure d&apos;internet par les autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp bloqué dans le pays (décision de justice ou du gouvernement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: restaurants, bakeries, take-away, catering</source>
        <translation>Restauration&#xa0;: restaurants, boulangeries, vente à emporter, traiteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail: shops, fashion, pharmacies, online stores</source>
        <translation>Commerce&#xa0;: magasins, mode, pharmacies, boutiques en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health: clinics, doctors, dentists, laboratories</source>
        <translation>Santé&#xa0;: cliniques, médecins, dentistes, laboratoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: salons, repairs, cleaning, tutoring</source>
        <translation>Services&#xa0;: coiffure et beauté, réparations, nettoyage, soutien scolaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages; Messenger, Instagram and every other channel keep working.</source>
        <translation>Seul WhatsApp cesse d&apos;envoyer des messages&#xa0;; Messenger, Instagram et tous les autres canaux continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Messenger, Instagram and Facebook fail together for hours, as on 4 Oct 2021.</source>
        <translation>WhatsApp, Messenger, Instagram et Facebook tombent en panne ensemble pendant des heures, comme le 4 oct. 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Meta apps fail for most of a day, as on 13-14 Mar 2019 (about 14 h).</source>
        <translation>Toutes les applications de Meta sont en panne la majeure partie d&apos;une journée, comme les 13 et 14 mars 2019 (environ 14 h).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile operator&apos;s network fails nationwide: calls, SMS and mobile data stop; apps on Wi-Fi and fixed lines keep working.</source>
        <translation>Le réseau d&apos;un opérateur mobile tombe en panne dans tout le pays&#xa0;: appels, SMS et données mobiles s&apos;arrêtent&#xa0;; les applications en Wi-Fi et sur ligne fixe continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data: every messaging app stops on phones; SMS, voice and fixed internet keep working.</source>
        <translation>Les autorités coupent les données mobiles&#xa0;: toutes les messageries s&apos;arrêtent sur les téléphones&#xa0;; SMS, appels et internet fixe continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut all internet access, mobile and fixed: every app and web channel stops; SMS and voice calls keep working.</source>
        <translation>Les autorités coupent tout accès à internet, mobile et fixe&#xa0;: toutes les applications et tous les canaux web s&apos;arrêtent&#xa0;; les SMS et les appels continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court or the government orders WhatsApp blocked in one country, as in Brazil in Dec 2015, May 2016 and Jul 2016; every other app keeps working.</source>
        <translation>Un tribunal ou le gouvernement ordonne le blocage de WhatsApp dans un pays, comme au Brésil en déc. 2015, mai 2016 et juil. 2016&#xa0;; toutes les autres applications continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Commandes et ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Coordination du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Coordination des fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Diffusions marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family bakery in Ramallah that takes cake and catering orders, answers customers and dispatches deliveries on WhatsApp; customers all in Palestine, prices in shekels.</source>
        <translation>Une boulangerie familiale à Ramallah qui prend les commandes de gâteaux et de traiteur, répond aux clients et organise les livraisons sur WhatsApp&#xa0;; clients tous en Palestine, prix en shekels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family clinic in Mumbai that books appointments, sends lab reports and collects UPI payments on WhatsApp; patients all in India, amounts in rupees.</source>
        <translation>Une clinique familiale à Bombay qui prend les rendez-vous, envoie les résultats d&apos;analyses et encaisse les paiements UPI sur WhatsApp&#xa0;; patients tous en Inde, montants en roupies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online fashion shop in São Paulo that sells, sends Pix payment links and runs broadcast lists on WhatsApp, with Instagram as its shop window; losses counted as lost margin.</source>
        <translation>Une boutique de mode en ligne à São Paulo qui vend, envoie des liens de paiement Pix et gère des listes de diffusion sur WhatsApp, avec Instagram pour vitrine&#xa0;; pertes comptées en marge perdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages for about two hours, as on 25 October 2022; Instagram, Messenger and every other channel keep working.</source>
        <translation>Seul WhatsApp cesse d&apos;envoyer des messages, pendant environ deux heures, comme le 25 octobre 2022&#xa0;; Instagram, Messenger et tous les autres canaux continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp stops sending</source>
        <translation>WhatsApp n&apos;envoie plus les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick; Instagram and Facebook still work. Is this our phones, our internet, or WhatsApp? Who decides to declare the outage?</source>
        <translation>Les messages restent sur une seule coche&#xa0;; Instagram et Facebook fonctionnent toujours. Est-ce que ce sont nos téléphones, notre internet, ou WhatsApp&#xa0;? Qui décide de déclarer la panne&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers ask on Instagram</source>
        <translation>Des clients demandent sur Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who follow you on Instagram ask there why you do not answer on WhatsApp. Who answers them, and what do you tell the customers who are not on Instagram?</source>
        <translation>Les clients qui vous suivent sur Instagram vous demandent là-bas pourquoi vous ne répondez pas sur WhatsApp. Qui leur répond, et que dites-vous aux clients qui ne sont pas sur Instagram&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service restored</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp works again. Messages sent during the outage arrive in a rush. Who answers them first?</source>
        <translation>WhatsApp fonctionne de nouveau. Les messages envoyés pendant la panne arrivent d&apos;un coup. Qui y répond en premier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage, hour by hour (like 4 Oct 2021)</source>
        <translation>Panne générale de Meta, heure par heure (comme le 4 oct. 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram, Messenger and Facebook stop together for about six hours, as on 4 October 2021 from 15:39 UTC. Telegram slows under a sign-up surge, a customer disputes a payment, the mobile network fails too, and WhatsApp comes back partly, with messages arriving late.</source>
        <translation>WhatsApp, Instagram, Messenger et Facebook s&apos;arrêtent ensemble pendant environ six heures, comme le 4 octobre 2021 à partir de 15 h 39 UTC. Telegram ralentit sous un afflux d&apos;inscriptions, une cliente conteste un paiement, le réseau mobile tombe aussi en panne, et WhatsApp revient en partie, avec des messages qui arrivent en retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook stop</source>
        <translation>WhatsApp, Instagram et Facebook s&apos;arrêtent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick. Instagram and Facebook do not load either. Staff ask in the shop whether their phones are broken. Who confirms the outage, and how?</source>
        <translation>Les messages restent sur une seule coche. Instagram et Facebook ne se chargent pas non plus. Au magasin, les employés se demandent si leurs téléphones sont cassés. Qui confirme la panne, et comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers cannot order</source>
        <translation>Les clients ne peuvent pas commander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three regular customers phone the shop: their orders on WhatsApp did not go through. Who answers the phone, and where are the orders written down?</source>
        <translation>Trois clients habitués appellent le magasin&#xa0;: leurs commandes sur WhatsApp ne sont pas passées. Qui répond au téléphone, et où note-t-on les commandes&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram slows under a sign-up surge</source>
        <translation>Telegram ralentit sous un afflux d&apos;inscriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millions of people sign up to Telegram at once, as on 4 October 2021 (70 million in one day). Verification codes arrive late; some customers cannot join your Telegram channel for an hour.</source>
        <translation>Des millions de personnes s&apos;inscrivent sur Telegram en même temps, comme le 4 octobre 2021 (70 millions en une journée). Les codes de vérification arrivent en retard&#xa0;; certains clients ne peuvent pas rejoindre votre chaîne Telegram pendant une heure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer disputes a payment made during the outage</source>
        <translation>Une cliente conteste un paiement fait pendant la panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer says she paid by bank transfer an hour ago, but nobody can see the WhatsApp message with her receipt. How is the payment checked, and who decides whether to hand over the goods?</source>
        <translation>Une cliente affirme avoir payé par virement il y a une heure, mais personne ne voit le message WhatsApp avec son justificatif. Comment vérifie-t-on le paiement, et qui décide de lui remettre ou non la marchandise&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile network fails too</source>
        <translation>Le réseau mobile tombe aussi en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One operator&apos;s mobile network drops in your area: calls and SMS to half of your customers fail for forty minutes. Which channel still reaches them?</source>
        <translation>Le réseau mobile d&apos;un opérateur tombe dans votre secteur&#xa0;: les appels et les SMS vers la moitié de vos clients échouent pendant quarante minutes. Quel canal les joint encore&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp returns partly; messages arrive late</source>
        <translation>WhatsApp revient en partie&#xa0;; les messages arrivent en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some phones receive WhatsApp messages again, hours late and out of order. Customers who ordered elsewhere send the same order on WhatsApp. How are duplicate orders avoided?</source>
        <translation>Certains téléphones reçoivent de nouveau les messages WhatsApp, avec des heures de retard et dans le désordre. Des clients qui ont commandé ailleurs envoient la même commande sur WhatsApp. Comment éviter les commandes en double&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook work again for everyone. Who stands down, and what does the team do first?</source>
        <translation>WhatsApp, Instagram et Facebook fonctionnent de nouveau pour tout le monde. Qui annonce la fin de l&apos;alerte, et que fait l&apos;équipe en premier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customers&apos; main mobile operator fails nationwide: calls, SMS and mobile data stop, so WhatsApp stops on their phones too, as with AT&amp;T on 22 February 2024. Most phones reconnect after about two hours; congestion lasts most of the day.</source>
        <translation>Le principal opérateur mobile de vos clients tombe en panne dans tout le pays&#xa0;: appels, SMS et données mobiles s&apos;arrêtent, donc WhatsApp s&apos;arrête aussi sur leurs téléphones, comme avec AT&amp;T le 22 février 2024. La plupart des téléphones se reconnectent au bout d&apos;environ deux heures&#xa0;; le réseau reste saturé presque toute la journée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones show no signal</source>
        <translation>Les téléphones n&apos;ont plus de réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff phones on one operator show SOS only; WhatsApp, calls and SMS fail on them. Phones on another operator and on Wi-Fi still work. Who has a working line?</source>
        <translation>Les téléphones du personnel chez un opérateur n&apos;affichent plus que SOS&#xa0;; WhatsApp, les appels et les SMS n&apos;y fonctionnent plus. Les téléphones chez un autre opérateur ou en Wi-Fi fonctionnent toujours. Qui a une ligne qui marche&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers on Wi-Fi only</source>
        <translation>Seuls les clients en Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at home on Wi-Fi still write on WhatsApp; those outside cannot. Which orders are you missing, and how will you know?</source>
        <translation>Les clients chez eux en Wi-Fi écrivent toujours sur WhatsApp&#xa0;; ceux qui sont dehors ne le peuvent pas. Quelles commandes vous manquent, et comment le saurez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, slowly</source>
        <translation>La plupart des téléphones se reconnectent, lentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, but calls drop and messages are slow for hours. Do you keep the fallback running?</source>
        <translation>La plupart des téléphones se reconnectent, mais les appels coupent et les messages restent lents pendant des heures. Gardez-vous le canal de secours en service&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier delivery not confirmed</source>
        <translation>Livraison d&apos;un fournisseur non confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s driver cannot confirm today&apos;s delivery time. Who decides whether to close the kitchen early?</source>
        <translation>Le chauffeur d&apos;un fournisseur ne peut pas confirmer l&apos;heure de livraison d&apos;aujourd&apos;hui. Qui décide s&apos;il faut fermer la cuisine plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network fully restored</source>
        <translation>Réseau entièrement rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator announces full restoration and a credit for customers. Who stands down?</source>
        <translation>L&apos;opérateur annonce le rétablissement complet du réseau et un dédommagement pour ses clients. Qui annonce la fin de l&apos;alerte&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data for three days: every messaging app stops on phones, while SMS, voice calls and fixed internet keep working.</source>
        <translation>Les autorités coupent les données mobiles pendant trois jours&#xa0;: toutes les messageries s&apos;arrêtent sur les téléphones, tandis que les SMS, les appels vocaux et l&apos;internet fixe continuent de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data stops nationwide</source>
        <translation>Données mobiles coupées dans tout le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app stops on phones; SMS and calls work; the shop&apos;s fixed internet works. Who declares the outage, and on which channel is the team told?</source>
        <translation>Toutes les applications s&apos;arrêtent sur les téléphones&#xa0;; les SMS et les appels fonctionnent&#xa0;; l&apos;internet fixe du magasin fonctionne. Qui déclare la panne, et par quel canal prévient-on l&apos;équipe&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers do not know where to order</source>
        <translation>Les clients ne savent pas où commander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular customers phone the shop, busy at peak time. How do you tell everyone at once that orders are taken by SMS and phone?</source>
        <translation>Les clients habitués appellent le magasin, en plein coup de feu. Comment prévenir tout le monde à la fois que les commandes se prennent par SMS et par téléphone&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shutdown is extended</source>
        <translation>La coupure est prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorities say the shutdown continues for two more days. Which staff come in, and how are shifts arranged without the staff group?</source>
        <translation>Les autorités annoncent que la coupure continue encore deux jours. Quels employés viennent travailler, et comment organiser les plannings sans le groupe du personnel&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments pile up</source>
        <translation>Les paiements s&apos;accumulent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who usually pay with a link from WhatsApp ask how to pay. What do you accept, and how is each payment recorded?</source>
        <translation>Les clients qui paient d&apos;habitude par un lien reçu sur WhatsApp demandent comment payer. Qu&apos;acceptez-vous, et comment chaque paiement est-il enregistré&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data restored</source>
        <translation>Données mobiles rétablies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data returns. Three days of WhatsApp messages arrive at once. Who answers them, and in which order?</source>
        <translation>Les données mobiles reviennent. Trois jours de messages WhatsApp arrivent d&apos;un coup. Qui y répond, et dans quel ordre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+68"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium to high</source>
        <translation>moyen à élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low to medium</source>
        <translation>faible à moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>calculé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (no source measures it)</source>
        <translation>supposé (aucune source ne le mesure)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/reference_table.py" line="+87"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../continuity_app/gui/models/refusal.py" line="+33"/>
        <source>{label}: low, likely and high must go up: you typed {typed} (for example {example}).</source>
        <translation>{label}&#xa0;: bas, probable et haut doivent aller en croissant&#xa0;: vous avez saisi {typed} (par exemple {example}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} must be more than {low} and at most {high}; you typed {typed}.</source>
        <translation>{label} doit être supérieur à {low} et au plus {high}&#xa0;; vous avez saisi {typed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be from {low} to {high}; you typed {typed}.</source>
        <translation>{label} doit être compris entre {low} et {high}&#xa0;; vous avez saisi {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be more than {low}; you typed {typed}.</source>
        <translation>{label} doit être supérieur à {low}&#xa0;; vous avez saisi {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {low} or more; you typed {typed}.</source>
        <translation>{label} doit être de {low} ou plus&#xa0;; vous avez saisi {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {high} or less; you typed {typed}.</source>
        <translation>{label} doit être de {high} ou moins&#xa0;; vous avez saisi {typed}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} cannot be left empty: {reason}</source>
        <translation>{label} ne peut pas rester vide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{typed}” was not used: {reason}</source>
        <translation>{label}&#xa0;: «&#xa0;{typed}&#xa0;» n&apos;a pas été pris en compte&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type one number, or low – likely – high (for example 40 – 60 – 90).</source>
        <translation>saisissez un nombre, ou bas – probable – haut (par exemple 40 – 60 – 90).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type one number.</source>
        <translation>saisissez un seul nombre.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/results_page.py" line="+155"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it strikes while open:</source>
        <translation>Si la panne survient pendant l&apos;ouverture&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario shown in the charts and table</source>
        <translation>Scénario affiché dans les graphiques et le tableau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact over time</source>
        <translation>Impact dans le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By function</source>
        <translation>Par activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per year</source>
        <translation>Perte par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: loss over outage duration</source>
        <translation>Graphique&#xa0;: perte selon la durée de la panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by function</source>
        <translation>Graphique&#xa0;: perte par activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by category</source>
        <translation>Graphique&#xa0;: perte par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: chance of a yearly loss</source>
        <translation>Graphique&#xa0;: probabilité d&apos;une perte annuelle</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{p50} usually, {p90} one time in 10, {p99} one time in 100</source>
        <translation>{p50} en général, {p90} une fois sur 10, {p99} une fois sur 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad year (1 in 100)</source>
        <translation>{p50} une année type, {p90} une mauvaise année (1 sur 10), {p99} une très mauvaise année (1 sur 100)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing to show yet: add what your customers do on WhatsApp on the Functions page, and what an outage would cost appears here.</source>
        <translation>Rien à afficher pour l&apos;instant&#xa0;: ajoutez sur la page Activités ce que vos clients font sur WhatsApp, et ce que coûterait une panne apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 if it strikes while the business is open (%3, its typical length); %4 on average over every hour of the week and every length (the yearly figure is built from this average); worst if it starts on %5 at %6 (%7).</source>
        <translation>%1&#xa0;: %2 si la panne survient pendant les heures d&apos;ouverture (%3, sa durée habituelle)&#xa0;; %4 en moyenne sur toutes les heures de la semaine et toutes les durées (le chiffre annuel est calculé à partir de cette moyenne)&#xa0;; pire cas si elle commence le %5 à %6 (%7).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>While open</source>
        <translation>Pendant l&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average outage</source>
        <translation>Panne moyenne</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{term}:</source>
        <translation>{term}&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One outage costs:</source>
        <translation>Une panne coûte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year of outages costs:</source>
        <translation>Une année de pannes coûte&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export S&amp;VG…</source>
        <translation>Exporter en S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss by function in the chosen scenario</source>
        <translation>Perte par activité dans le scénario choisi</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1”, of typical length (%2), striking while the business is open: the figure to plan for. Averaged over every hour of the week and every length, it costs %3.</source>
        <translation>Le scénario «&#xa0;%1&#xa0;», de durée habituelle (%2), survenant pendant les heures d&apos;ouverture&#xa0;: le chiffre à retenir pour le plan. En moyenne sur toutes les heures de la semaine et toutes les durées, il coûte %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1, “%2” striking while the business is open costs more than the %3 the business can bear.</source>
        <translation>Au-delà de %1, le scénario «&#xa0;%2&#xa0;» survenant pendant les heures d&apos;ouverture coûte plus que les %3 que l&apos;entreprise peut supporter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>simulating…</source>
        <translation>simulation…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missed for %2</source>
        <translation>%1&#xa0;: non atteint pendant %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reached after %2</source>
        <translation>%1&#xa0;: atteint après %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/review_view.py" line="+96"/>
        <source>After-action review of the exercise</source>
        <translation>Retour d&apos;expérience de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-action review of the outage</source>
        <translation>Retour d&apos;expérience de la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings against the plan</source>
        <translation>Délais comparés au plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan expects</source>
        <translation>Prévu par le plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It took</source>
        <translation>Réalisé en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was not done</source>
        <translation>Ce qui n&apos;a pas été fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks for the action plan</source>
        <translation>Tâches de suivi pour le plan d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF…</source>
        <translation>Enregistrer le rapport en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the follow-up tasks and the record of this run to the plan</source>
        <translation>Ajouter au plan les tâches de suivi et le compte rendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started on %1 at %2 UTC; it lasted %3.</source>
        <translation>Début le %1 à %2 UTC&#xa0;; durée&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Later than the plan expects, or never done.</source>
        <translation>Plus tard que prévu par le plan, ou jamais fait.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step was done.</source>
        <translation>Rien&#xa0;: toutes les étapes ont été faites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: every switch was made.</source>
        <translation>Aucune&#xa0;: toutes les bascules ont été faites.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the plan: the follow-up tasks (%1), the record of this run and its date as the plan&apos;s review date. Undo takes them back; save the plan to keep them.</source>
        <translation>Ajoutés au plan&#xa0;: les tâches de suivi (%1), le compte rendu de cette session et sa date comme date de révision du plan. Annuler les retire&#xa0;; enregistrez le plan pour les conserver.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is saved as %1.</source>
        <translation>Le rapport est enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+74"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does during an outage.</source>
        <translation>Ce que fait cette personne pendant une panne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who normally takes this role.</source>
        <translation>Qui tient normalement ce rôle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who steps in when the holder cannot be reached.</source>
        <translation>Qui prend le relais quand le titulaire est injoignable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s phone number (not WhatsApp).</source>
        <translation>Le numéro de téléphone du titulaire (pas WhatsApp).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate&apos;s phone</source>
        <translation>Téléphone du suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alternate&apos;s phone number.</source>
        <translation>Le numéro de téléphone du suppléant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duties</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this role does once an outage is declared.</source>
        <translation>Ce que fait ce rôle une fois la panne déclarée.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../continuity_app/core/scenarios.py" line="+179"/>
        <source>length unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <location line="+143"/>
        <location line="+56"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>{event_count} in {years} years: {how_often}</source>
        <translation>{event_count} en {years} ans&#xa0;: {how_often}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Events: {events}.</source>
        <translation>Événements&#xa0;: {events}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lengths from these events: {events}.</source>
        <translation>Durées tirées de ces événements&#xa0;: {events}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model follows an outage for one week at most, so {hours} h are counted</source>
        <translation>Le modèle suit une panne pendant une semaine au plus&#xa0;: {hours} h sont donc comptées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outage history holds no event of this kind, so the app&apos;s stated defaults apply: {how_often}, {duration} h typical length (listed with their sources on the Sources page).</source>
        <translation>L&apos;historique des pannes ne contient aucun événement de ce type&#xa0;: les valeurs par défaut de l&apos;application s&apos;appliquent, soit {how_often} et une durée habituelle de {duration} h (elles figurent avec leurs sources sur la page Sources).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{country}: {event_count} from {first} to {last}: {how_often}</source>
        <translation>{country}&#xa0;: {event_count} de {first} à {last}&#xa0;: {how_often}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: no nationwide government shutdown of this kind recorded from {first} to {last}, so none is expected; change the frequency if the risk has grown</source>
        <translation>{country}&#xa0;: aucune coupure nationale de ce type par les autorités enregistrée de {first} à {last}, donc aucune n&apos;est attendue&#xa0;; modifiez la fréquence si le risque a augmenté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{country}: no count of its own is published, so the world rate applies: {event_count} in {years} years across {countries}, so in one country {how_often}</source>
        <translation>{country}&#xa0;: aucun décompte propre n&apos;est publié, le taux mondial s&apos;applique donc&#xa0;: {event_count} en {years} ans dans {countries}, soit, dans un pays, {how_often}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weighted by the plan&apos;s countries: {how_often}</source>
        <translation>Pondéré par les pays du plan&#xa0;: {how_often}</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
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
        <translation>Durée habituelle = médiane des durées connues ({known}) = {duration} h&#xa0;; l&apos;écart type de leurs logarithmes est de {sigma}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Durée habituelle = médiane des durées connues ({known}) = {duration} h&#xa0;; trop peu de durées pour mesurer une dispersion&#xa0;: la valeur par défaut {sigma} s&apos;applique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No length is known, so the stated default of {duration} h applies; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Aucune durée n&apos;est connue&#xa0;: la valeur par défaut de {duration} h s&apos;applique&#xa0;; trop peu de durées pour mesurer une dispersion&#xa0;: la valeur par défaut {sigma} s&apos;applique</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{country} also had {event_count} that hit only one region (regional shutdowns) from {first} to {last}; they are not counted, so raise the frequency if your region is among those affected</source>
        <translation>{country} a aussi connu {event_count} limités à une seule région (coupures régionales) de {first} à {last}&#xa0;; ils ne sont pas comptés&#xa0;: augmentez la fréquence si votre région fait partie de celles touchées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How often this happens depends on the business&apos;s countries: it is counted for each country when a plan gives them</source>
        <translation>La fréquence de cet événement dépend des pays de l&apos;entreprise&#xa0;: elle est calculée pour chaque pays lorsque le plan les indique</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="-89"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this kind of outage.</source>
        <translation>Un nom pour ce type de panne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What fails</source>
        <translation>Ce qui tombe en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The infrastructure that stops working; every channel on it fails.</source>
        <translation>L&apos;infrastructure qui cesse de fonctionner&#xa0;; tous les canaux qui en dépendent tombent en panne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration (h)</source>
        <translation>Durée (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length of one outage, hours.</source>
        <translation>Durée habituelle d&apos;une panne, en heures.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many such outages to expect in a year. Double-click to type it as a number per year: 0.5 is once every two years, 4 is four times a year.</source>
        <translation>Combien de pannes de ce type prévoir en un an. Double-cliquez pour saisir un nombre par an&#xa0;: 0,5 correspond à une fois tous les deux ans, 4 à quatre fois par an.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="+134"/>
        <source>Outages per year</source>
        <translation>Pannes par an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the scenario a name.</source>
        <translation>donnez un nom au scénario.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+13"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pinned start time, or any time of the week (losses averaged).</source>
        <translation>Une heure de début fixée, ou n&apos;importe quand dans la semaine (pertes en moyenne).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="-33"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/scenarios_page.py" line="+236"/>
        <location line="+16"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Say how often at least one scenario happens in a year.</source>
        <translation>Indiquez combien de fois par an au moins un scénario se produit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outages this plan prepares for. Presets take their frequency and length from the outage history below; a channel keeps working in a scenario only when nothing it depends on fails. Double-click a name, duration or frequency to change it.</source>
        <translation>Les pannes auxquelles ce plan vous prépare. Les scénarios types tirent leur fréquence et leur durée de l&apos;historique des pannes ci-dessous&#xa0;; un canal continue de fonctionner dans un scénario seulement si rien de ce dont il dépend ne tombe en panne. Double-cliquez sur un nom, une durée ou une fréquence pour la modifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add preset</source>
        <translation>Scénario type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outage scenario derived from the history.</source>
        <translation>Ajouter un scénario de panne tiré de l&apos;historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add preset scenario</source>
        <translation>Ajouter un scénario type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom scenario</source>
        <translation>Ajouter un scénario personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario whose numbers you set yourself.</source>
        <translation>Ajouter un scénario dont vous fixez vous-même les chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected scenario from the plan.</source>
        <translation>Retirer du plan le scénario sélectionné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scenario</source>
        <translation>Retirer le scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected scenario</source>
        <translation>Scénario sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What fails (hover for details):</source>
        <translation>&amp;Ce qui tombe en panne (survolez pour les détails)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed infrastructure layers</source>
        <translation>Couches d&apos;infrastructure en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin the start time</source>
        <translation>&amp;Fixer l&apos;heure de début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a pinned start the loss is averaged over every hour of the week, and the worst start is reported beside it.</source>
        <translation>Sans heure de début fixée, la perte est une moyenne sur toutes les heures de la semaine, et le pire moment de début est indiqué à côté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start weekday</source>
        <translation>Jour de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the numbers come from</source>
        <translation>D&apos;où viennent les chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Historique des pannes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed</source>
        <translation>Ce qui est tombé en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (h)</source>
        <translation>Durée (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every preset is in the plan</source>
        <translation>Tous les scénarios types sont dans le plan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only one kind of outage so far: add the others with Add preset (a Meta-wide outage, a phone network outage, a government shutdown) to see what each would cost.</source>
        <translation>Un seul type de panne pour l&apos;instant&#xa0;: ajoutez les autres avec Ajouter un scénario type (une panne de toute l&apos;infrastructure de Meta, une panne du réseau téléphonique, une coupure par les autorités) pour voir ce que chacune coûterait.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A custom scenario: its frequency and duration are yours. Fails: %1.</source>
        <translation>Un scénario personnalisé&#xa0;: sa fréquence et sa durée sont les vôtres. En panne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: {source} (confidence: {confidence}).</source>
        <translation>Source&#xa0;: {source} (niveau de confiance&#xa0;: {confidence}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A scenario needs at least one layer that fails.</source>
        <translation>Un scénario a besoin d&apos;au moins une couche en panne.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Outage history (%n event(s))</source>
        <translation>
            <numerusform>Historique des pannes (%n événement)</numerusform>
            <numerusform>Historique des pannes (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show outage history</source>
        <translation>Afficher l&apos;historique des pannes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of the modelled layers</source>
        <translation>aucune des couches modélisées</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../continuity_app/selftest.py" line="+60"/>
        <source>note: no display answers at {displays}; the window is checked offscreen.</source>
        <translation>remarque&#xa0;: aucun écran ne répond sur {displays}&#xa0;; la fenêtre est vérifiée hors écran.</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../continuity_app/gui/app.py" line="+115"/>
        <source>The unsaved changes could not be written to the recovery folder: the window asks whether to save them. Press Ctrl+C again to quit without them.</source>
        <translation>Les modifications non enregistrées n&apos;ont pas pu être écrites dans le dossier de récupération&#xa0;: la fenêtre demande s&apos;il faut les enregistrer. Appuyez de nouveau sur Ctrl+C pour quitter sans elles.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_page.py" line="+91"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every figure the model uses, with where it comes from and how far it can be trusted. Figures marked &apos;default&apos; are stated assumptions, not measurements: change them in your plan where you know better. &apos;Derived&apos; figures are computed from the others (for example from the outage history).</source>
        <translation>Chaque chiffre utilisé par le modèle, avec sa provenance et le degré de confiance qu&apos;on peut lui accorder. Les chiffres marqués «&#xa0;par défaut&#xa0;» sont des hypothèses affichées, pas des mesures&#xa0;: modifiez-les dans votre plan si vous en savez plus. Les chiffres «&#xa0;calculés&#xa0;» sont déduits des autres (par exemple de l&apos;historique des pannes).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to show only matching rows in every tab</source>
        <translation>Tapez pour n&apos;afficher que les lignes correspondantes dans chaque onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the reference tables</source>
        <translation>Filtrer les tableaux de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the selected row</source>
        <translation>Source de la ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy source</source>
        <translation>Copier la source</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Source of the selected row (confidence: %1):</source>
        <translation>Source de la ligne sélectionnée (niveau de confiance&#xa0;: %1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the selected row:</source>
        <translation>Source de la ligne sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage by country</source>
        <translation>Usage par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Historique des pannes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country figures</source>
        <translation>Chiffres par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="+274"/>
        <source>Blocked apps</source>
        <translation>Applications bloquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data coverage</source>
        <translation>Couverture des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelling defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer behaviour</source>
        <translation>Comportement des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdowns and carrier outages</source>
        <translation>Coupures par les autorités et pannes d&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario presets</source>
        <translation>Scénarios types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps</source>
        <translation>Actions de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function needs</source>
        <translation>Besoins des activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure layers</source>
        <translation>Couches d&apos;infrastructure</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="-213"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <location line="+319"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works without mobile data</source>
        <translation>Fonctionne sans données mobiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per message (USD)</source>
        <translation>Coût par message (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up effort</source>
        <translation>Effort de mise en place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slows under sign-up surges</source>
        <translation>Ralentit lors d&apos;afflux d&apos;inscriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was measured</source>
        <translation>Ce qui a été mesuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Used by the model</source>
        <translation>Utilisé par le modèle</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-96"/>
        <source>worldwide</source>
        <translation>mondiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>one country</source>
        <translation>un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>regional</source>
        <translation>régionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Failed layers</source>
        <translation>Couches en panne</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Duration (h)</source>
        <translation>Durée (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the duration</source>
        <translation>À propos de la durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+85"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What it measures</source>
        <translation>Ce qui est mesuré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>Ce qui est bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole app</source>
        <translation>toute l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its calls</source>
        <translation>ses appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down, not blocked</source>
        <translation>ralentie, pas bloquée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apps with a usage figure</source>
        <translation>Applications avec un chiffre d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest figure</source>
        <translation>Chiffre le plus ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest figure</source>
        <translation>Chiffre le plus récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>connu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted from the other tabs: each figure keeps its own source there.</source>
        <translation>Calculé à partir des autres onglets&#xa0;: chaque chiffre y garde sa propre source.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind of function</source>
        <translation>Type d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long customers wait (h)</source>
        <translation>Temps d&apos;attente des clients (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share who come back later</source>
        <translation>Part qui revient plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share lost for good</source>
        <translation>Part perdue définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share that cannot wait</source>
        <translation>Part qui ne peut pas attendre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length (h)</source>
        <translation>Durée habituelle (h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government mobile-data shutdown</source>
        <translation>Coupure des données mobiles par les autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Coupure d&apos;internet par les autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps blocked by the government</source>
        <translation>Applications bloquées par les autorités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nationwide mobile-carrier outage</source>
        <translation>Panne nationale d&apos;un opérateur mobile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole country</source>
        <translation>tout le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one region</source>
        <translation>une région</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages at least (h)</source>
        <translation>Pannes d&apos;au moins (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages under (h)</source>
        <translation>Pannes de moins de (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts who follow</source>
        <translation>Contacts qui suivent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready after (h)</source>
        <translation>Prêt après (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up work (h)</source>
        <translation>Travail de mise en place (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (USD)</source>
        <translation>Abonnement mensuel (USD)</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+116"/>
        <source>Figure</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all sectors</source>
        <translation>tous secteurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp bloqué dans le pays (décision de justice ou du gouvernement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet shutdown by the government (kind not given)</source>
        <translation>Coupure d&apos;Internet par les autorités (type non précisé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>local (e.g. %1)</source>
        <translation>local (p. ex. %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one-to-one chats</source>
        <translation>discussions individuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast</source>
        <translation>diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business account or API</source>
        <translation>compte professionnel ou API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+11"/>
        <source>one provider&apos;s service</source>
        <translation>service d&apos;un fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fails with it</source>
        <translation>Ce qui tombe en panne avec elle</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+94"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/spreadsheet_dialog.py" line="+372"/>
        <source>The plan has no results to export yet.</source>
        <translation>Le plan n&apos;a pas encore de résultats à exporter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location line="-260"/>
        <source>Import functions from a spreadsheet</source>
        <translation>Importer des activités d&apos;un tableur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel table with one row per function. Say which column holds each value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values low – likely – high.</source>
        <translation>Un tableau CSV ou Excel avec une ligne par activité. Indiquez quelle colonne contient chaque valeur&#xa0;; les titres sont devinés. Les parts peuvent s&apos;écrire 0,8 ou 80&#xa0;%, les valeurs incertaines bas – probable – haut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen table</source>
        <translation>Tableau choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Choisir un fichier CSV ou Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the plan&apos;s functions as a table…</source>
        <translation>Enregistrer les activités du plan dans un &amp;tableau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan&apos;s functions to a CSV or Excel file in the columns this dialog reads, to edit them in a spreadsheet and import them back.</source>
        <translation>Écrire les activités du plan dans un fichier CSV ou Excel, avec les colonnes que lit cette fenêtre, pour les modifier dans un tableur puis les réimporter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First rows:</source>
        <translation>&amp;Premières lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the table</source>
        <translation>Premières lignes du tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>P&amp;roblèmes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the table</source>
        <translation>Problèmes dans le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the plan&apos;s functions</source>
        <translation>&amp;Ajouter aux activités du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the plan&apos;s functions</source>
        <translation>R&amp;emplacer les activités du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a functions table</source>
        <translation>Choisir un tableau des activités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan&apos;s functions as a table</source>
        <translation>Enregistrer les activités du plan dans un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the table</source>
        <translation>Impossible d&apos;enregistrer le tableau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>&amp;Import %n function(s)</source>
        <translation>
            <numerusform>&amp;Importer %n activité</numerusform>
            <numerusform>&amp;Importer %n activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+105"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>ligne {row}, colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {message}</source>
        <translation>ligne {row}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: choose a .csv or .xlsx file</source>
        <translation>{name}&#xa0;: choisissez un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/table_files.py" line="+65"/>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} is not a regular file (it is a folder, a pipe or a device). Choose the spreadsheet file itself.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire (c&apos;est un dossier, un tube ou un périphérique). Choisissez le fichier du tableur lui-même.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is {size}; a functions table file is at most {limit}. Keep only the functions table in the file and save it again.</source>
        <translation>{name} fait {size}&#xa0;; un fichier de tableau d&apos;activités fait au plus {limit}. Ne gardez que le tableau des activités dans le fichier et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: the sheet has {rows} rows; a functions table has at most {limit}. Delete the rows below the table (or copy the table to a new sheet) and save it again.</source>
        <translation>{name}&#xa0;: la feuille compte {rows} lignes&#xa0;; un tableau d&apos;activités en compte au plus {limit}. Supprimez les lignes sous le tableau (ou copiez le tableau dans une nouvelle feuille) et enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the sheet has {columns} columns; a functions table has at most {limit}. Delete the columns right of the table and save it again.</source>
        <translation>{name}&#xa0;: la feuille compte {columns} colonnes&#xa0;; un tableau d&apos;activités en compte au plus {limit}. Supprimez les colonnes à droite du tableau et enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {cell} holds {length} characters; a cell of a functions table holds at most {limit}. Shorten that cell and save the file again.</source>
        <translation>{name}&#xa0;: {cell} contient {length} caractères&#xa0;; une cellule d&apos;un tableau d&apos;activités en contient au plus {limit}. Raccourcissez cette cellule et enregistrez de nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: reading the table took more than {seconds} seconds, far longer than a functions table needs. Keep only the functions table in the file and save it again.</source>
        <translation>{name}&#xa0;: la lecture du tableau a pris plus de {seconds} secondes, bien plus qu&apos;il n&apos;en faut pour un tableau d&apos;activités. Ne gardez que le tableau des activités dans le fichier et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line {line}, cell {column}</source>
        <translation>ligne {line}, cellule {column}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: line {line} cannot be read as CSV ({error}). Open the file in your spreadsheet program and save it again as CSV UTF-8.</source>
        <translation>{name}&#xa0;: la ligne {line} ne peut pas être lue en CSV ({error}). Ouvrez le fichier dans votre tableur et enregistrez-le de nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {limit}</source>
        <translation>plus de {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} contains NUL characters, so it is not a text table (perhaps a workbook or another binary file named .csv). Save the table as CSV UTF-8 or as .xlsx and try again.</source>
        <translation>{name} contient des caractères NUL, ce n&apos;est donc pas un tableau texte (peut-être un classeur ou un autre fichier binaire nommé .csv). Enregistrez le tableau en CSV UTF-8 ou en .xlsx et réessayez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx</source>
        <translation>{name}&#xa0;: ce n&apos;est pas un texte UTF-8&#xa0;; enregistrez le tableau au format CSV UTF-8 ou .xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is password-protected or an old-style .xls workbook. Remove the password (or save it as .xlsx) in your spreadsheet program and try again.</source>
        <translation>{name} est protégé par un mot de passe ou est un ancien classeur .xls. Retirez le mot de passe (ou enregistrez-le en .xlsx) dans votre tableur et réessayez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV UTF-8 and try again.</source>
        <translation>{name} n&apos;est pas un classeur Excel (.xlsx). Enregistrez le tableau en .xlsx ou en CSV UTF-8 et réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook is damaged and cannot be read ({detail}). Open it in your spreadsheet program and save it again, or save the table as CSV UTF-8.</source>
        <translation>{name}&#xa0;: le classeur est endommagé et illisible ({detail}). Ouvrez-le dans votre tableur et enregistrez-le de nouveau, ou enregistrez le tableau en CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook unpacks to more than {size}, far more than a functions table needs, so it is not opened. Copy the functions table into a new workbook and save that.</source>
        <translation>{name}&#xa0;: une fois décompressé, le classeur dépasse {size}, bien plus qu&apos;il n&apos;en faut pour un tableau d&apos;activités&#xa0;; il n&apos;est donc pas ouvert. Copiez le tableau des activités dans un nouveau classeur et enregistrez celui-ci.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many parts</source>
        <translation>trop de parties</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is password-protected. Remove the password in your spreadsheet program and try again.</source>
        <translation>{name} est protégé par un mot de passe. Retirez le mot de passe dans votre tableur et réessayez.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: the workbook holds XML declarations that spreadsheet programs never write (a way to make a small file expand without end), so it is not opened. Copy the table into a new workbook and save that.</source>
        <translation>{name}&#xa0;: le classeur contient des déclarations XML qu&apos;aucun tableur n&apos;écrit (un moyen de faire gonfler sans fin un petit fichier)&#xa0;; il n&apos;est donc pas ouvert. Copiez le tableau dans un nouveau classeur et enregistrez celui-ci.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no sheets</source>
        <translation>aucune feuille</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cell {cell}</source>
        <translation>cellule {cell}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+6"/>
        <location filename="../../continuity_app/io/table_files.py" line="-435"/>
        <source>{name}: the file is empty</source>
        <translation>{name}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{text} is a formula, and formulas are not computed here; type the value itself (or paste values only) in the spreadsheet</source>
        <translation>{text} est une formule, et les formules ne sont pas calculées ici&#xa0;; saisissez la valeur elle-même dans le tableur (ou collez uniquement les valeurs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is a date, not a number; {hint}</source>
        <translation>{text} est une date, pas un nombre&#xa0;; {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a finite number; {hint}</source>
        <translation>{text} n&apos;est pas un nombre fini&#xa0;; {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a whole number of people</source>
        <translation>{text} n&apos;est pas un nombre entier de personnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: give one number</source>
        <translation>{text}&#xa0;: indiquez un seul nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}: low – likely – high must be in rising order</source>
        <translation>{text}&#xa0;: bas – probable – haut doivent être dans l&apos;ordre croissant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: give one number or low – likely – high</source>
        <translation>{text}&#xa0;: indiquez un nombre ou bas – probable – haut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a number; {hint}</source>
        <translation>{text} n&apos;est pas un nombre&#xa0;; {hint}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-171"/>
        <source>write interactions per open day, such as 60 or 40 – 60 – 90</source>
        <translation>écrivez un nombre d&apos;échanges par jour d&apos;ouverture, comme 60 ou 40 – 60 – 90</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>write a share such as 0.8 or 80 %</source>
        <translation>écrivez une part, comme 0,8 ou 80&#xa0;%</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>write a share such as 0.5 or 50 %</source>
        <translation>écrivez une part, comme 0,5 ou 50&#xa0;%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write a share such as 0.05 or 5 %</source>
        <translation>écrivez une part, comme 0,05 ou 5&#xa0;%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write a share such as 0.9 or 90 %, or leave it empty for the default</source>
        <translation>écrivez une part, comme 0,9 ou 90&#xa0;%, ou laissez vide pour la valeur par défaut</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>write a share such as 0.3 or 30 %</source>
        <translation>écrivez une part, comme 0,3 ou 30&#xa0;%</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>write an amount in the plan currency, such as 35</source>
        <translation>écrivez un montant dans la devise du plan, comme 35</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>write an amount in the plan currency, such as 2</source>
        <translation>écrivez un montant dans la devise du plan, comme 2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>write hours, such as 4 or 1 – 4 – 12</source>
        <translation>écrivez un nombre d&apos;heures, comme 4 ou 1 – 4 – 12</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>write messages per interaction, such as 3</source>
        <translation>écrivez un nombre de messages par échange, comme 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>write a number of people, such as 5</source>
        <translation>écrivez un nombre de personnes, comme 5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+8"/>
        <source>write a number</source>
        <translation>écrivez un nombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a kind of function; use one of {kinds}</source>
        <translation>{text} n&apos;est pas un type d&apos;activité&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>choose a column for {fields}</source>
        <translation>choisissez une colonne pour {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such column in the table</source>
        <translation>cette colonne n&apos;existe pas dans le tableau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty</source>
        <comment>a required cell with nothing in it</comment>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/sheet_writers.py" line="+117"/>
        <source>{name}: give a file name ending in .csv or .xlsx</source>
        <translation>{name}&#xa0;: indiquez un nom de fichier se terminant par .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;enregistrer {path}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../continuity_app/gui/outage/start_dialog.py" line="+74"/>
        <location line="+7"/>
        <source>Start outage mode</source>
        <translation>Passer en mode panne</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which outage is it? The window then shows the plan at work: the clock since now, the checklist, the messages and the log, saved as it goes.</source>
        <translation>De quelle panne s&apos;agit-il&#xa0;? La fenêtre montre ensuite le plan en action&#xa0;: le temps écoulé à partir de maintenant, la liste des étapes, les messages et le journal, enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run a tabletop exercise</source>
        <translation>Lancer un exercice sur table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which exercise? A facilitator moves its clock on and reads out its events; the team works from the plan as in a real outage.</source>
        <translation>Quel exercice&#xa0;? Un animateur avance son horloge et lit ses événements à voix haute&#xa0;; l&apos;équipe applique le plan comme lors d&apos;une vraie panne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the exercise</source>
        <translation>Lancer l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/status_view.py" line="+46"/>
        <source>Where the outage stands, by the plan&apos;s figures</source>
        <translation>Point sur la panne, selon les chiffres du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss so far:</source>
        <translation>Perte jusqu&apos;ici&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest outage you can bear:</source>
        <translation>Panne la plus longue que vous pouvez supporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum service, served now by the switches made:</source>
        <translation>Service minimum, assuré à présent grâce aux bascules faites&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week; no limit within this outage.</source>
        <translation>plus d&apos;une semaine&#xa0;; pas de limite pendant cette panne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reached in %2.</source>
        <translation>%1, limite atteinte dans %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, passed %2 ago.</source>
        <translation>%1, limite dépassée depuis %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 served, %3 needed within %4: met.</source>
        <translation>%1&#xa0;: %2 assuré, %3 requis sous %4&#xa0;: objectif atteint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met yet, %5 left.</source>
        <translation>%1&#xa0;: %2 assuré, %3 requis sous %4&#xa0;: pas encore atteint, reste %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met, %5 too late.</source>
        <translation>%1&#xa0;: %2 assuré, %3 requis sous %4&#xa0;: non atteint, %5 de retard.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/summary_page.py" line="+128"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first three things to do</source>
        <translation>Les trois premières choses à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every recommendation</source>
        <translation>Voir toutes les recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan…</source>
        <translation>Imprimer le plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp est en panne&#xa0;: passer en mode panne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Lancer un exercice sur table…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: what a WhatsApp outage would cost</source>
        <translation>%1&#xa0;: ce que coûterait une panne de WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: what an outage of WhatsApp and your other apps would cost</source>
        <translation>%1&#xa0;: ce que coûterait une panne de WhatsApp et de vos autres applications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n activities rely on typical values no source measures for your business (how long customers wait, how many come back): replace them with yours on the Functions page when you know them.</source>
        <translation>
            <numerusform>%n activité repose sur des valeurs typiques qu&apos;aucune source ne mesure pour votre entreprise (combien de temps les clients attendent, combien reviennent)&#xa0;: remplacez-les par les vôtres sur la page Activités quand vous les connaissez.</numerusform>
            <numerusform>%n activités reposent sur des valeurs typiques qu&apos;aucune source ne mesure pour votre entreprise (combien de temps les clients attendent, combien reviennent)&#xa0;: remplacez-les par les vôtres sur la page Activités quand vous les connaissez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>With the %n open task(s) of your action plan done, you can expect to lose about {after} a year instead of {before}, and {p90_after} instead of {p90_before} in a bad year. The figures above are for today.</source>
        <translation>
            <numerusform>Une fois %n tâche restante de votre plan d&apos;action terminée&#xa0;: une perte attendue d&apos;environ {after} par an au lieu de {before}, et {p90_after} au lieu de {p90_before} une mauvaise année. Les chiffres ci-dessus valent pour aujourd&apos;hui.</numerusform>
            <numerusform>Une fois les %n tâches restantes de votre plan d&apos;action terminées&#xa0;: une perte attendue d&apos;environ {after} par an au lieu de {before}, et {p90_after} au lieu de {p90_before} une mauvaise année. Les chiffres ci-dessus valent pour aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One outage of about %1 while you are open</source>
        <translation>Une panne d&apos;environ %1 pendant vos heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the longest outage you can bear is worked out on this one.</source>
        <translation>%1&#xa0;: la panne la plus longue que vous pouvez supporter est calculée sur celle-ci.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than a week</source>
        <translation>plus d&apos;une semaine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After that, one outage costs more than the %1 you said you can bear.</source>
        <translation>Au-delà, une panne coûte plus que les %1 que vous avez dit pouvoir supporter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out what to do first…</source>
        <translation>Recherche de ce qu&apos;il faut faire en premier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to add now: no step saves more than it costs. See the Recommendations page for the reasons.</source>
        <translation>Rien à ajouter pour l&apos;instant&#xa0;: aucune action n&apos;économise plus qu&apos;elle ne coûte. Les raisons sont sur la page Recommandations.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (for %3): saves about %4 a year, costs about %5 a year.</source>
        <translation>%1. %2 (pour %3)&#xa0;: économise environ %4 par an, coûte environ %5 par an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your action plan: %1.</source>
        <translation>Dans votre plan d&apos;action&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <location filename="../../continuity_app/io/task_export.py" line="+58"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worth a year ({currency})</source>
        <translation>Gain par an ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Continuity plan: {business}</source>
        <translation>Plan de continuité&#xa0;: {business}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function: {function}</source>
        <translation>Activité&#xa0;: {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>Canal&#xa0;: {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {owner}</source>
        <translation>Responsable&#xa0;: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost: {once} once, then {monthly} a month</source>
        <translation>Coût&#xa0;: {once} une fois, puis {monthly} par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {monthly} a month</source>
        <translation>Coût&#xa0;: {monthly} par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {once} once</source>
        <translation>Coût&#xa0;: {once} une fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: none recorded</source>
        <translation>Coût&#xa0;: aucun enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When done: {channel} reaches {readiness} of this function&apos;s WhatsApp contacts, who switch to it within {delay}.</source>
        <translation>Une fois terminée&#xa0;: {channel} touche {readiness} des contacts WhatsApp de cette activité, qui y basculent dans un délai de {delay}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worth: about {amount} a year of expected outage losses avoided.</source>
        <translation>Gain&#xa0;: environ {amount} par an de pertes attendues évitées lors des pannes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Remarques&#xa0;: {notes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparation tasks: {business}</source>
        <translation>Tâches de préparation&#xa0;: {business}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;enregistrer {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tasks.py" line="+15"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done to make the channel ready.</source>
        <translation>Ce qu&apos;il faut faire pour rendre le canal prêt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity the task prepares a fallback for.</source>
        <translation>L&apos;activité pour laquelle la tâche prépare un canal de secours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fallback channel the task makes ready.</source>
        <translation>Le canal de secours que la tâche rend prêt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (a name, or a role of the plan).</source>
        <translation>Qui s&apos;en charge (un nom, ou un rôle du plan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it should be done by.</source>
        <translation>La date à laquelle la tâche doit être terminée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, in progress, done or dropped. Only a done task counts in how ready the business is today.</source>
        <translation>Prévue, en cours, terminée ou abandonnée. Seule une tâche terminée compte dans le taux de préparation actuel de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One-off cost (%1)</source>
        <translation>Coût unique (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What setting it up costs once, staff time included.</source>
        <translation>Ce que coûte la mise en place, une seule fois, temps du personnel compris.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (%1)</source>
        <translation>Coût mensuel (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs each month once it runs (fees, numbers).</source>
        <translation>Ce que cela coûte chaque mois une fois en place (abonnements, numéros).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready when done (%)</source>
        <translation>Préparation une fois terminée (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the activity&apos;s WhatsApp customers the channel will reach once the task is done.</source>
        <translation>La part des clients WhatsApp de l&apos;activité que le canal touchera une fois la tâche terminée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch within (hours)</source>
        <translation>Bascule en (heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until those customers actually switch, once the task is done.</source>
        <translation>Heures avant que ces clients basculent réellement, une fois la tâche terminée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the owner of the task should know.</source>
        <translation>Tout ce que le responsable de la tâche doit savoir.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/tasks_model.py" line="+128"/>
        <source>Saves a year</source>
        <translation>Économie par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much less you can expect to lose to outages each year once this task alone is done (open tasks only).</source>
        <translation>De combien vos pertes attendues dues aux pannes baissent chaque année si seule cette tâche est terminée (tâches restantes uniquement).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>En retard&#xa0;: l&apos;échéance était le {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>say what has to be done.</source>
        <translation>indiquez ce qu&apos;il faut faire.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/tasks_page.py" line="+142"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “%1” is overdue.</source>
        <translation>%1 est en retard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is past its review date.</source>
        <translation>Le plan a dépassé sa date de révision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps you have decided to take, with who does them and by when. A step counts in how ready you are today only once it is marked done; until then it shows in the right-hand column, as what the plan will give.</source>
        <translation>Les actions que vous avez décidé de mener, avec qui s&apos;en charge et pour quand. Une action ne compte dans votre taux de préparation actuel qu&apos;une fois marquée comme terminée&#xa0;; d&apos;ici là, elle apparaît dans la colonne de droite, comme ce que le plan apportera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>&amp;Retirer la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as spreadsheet (CSV)…</source>
        <translation>Exporter vers un tableur (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers un calendrier (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the plan as reviewed today</source>
        <translation>Marquer le plan comme révisé aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation tasks</source>
        <translation>Tâches de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and when the open tasks are done</source>
        <translation>Aujourd&apos;hui et quand les tâches restantes seront terminées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad year (1 in 10)</source>
        <translation>Mauvaise année (1 sur 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum service kept</source>
        <translation>Service minimum assuré</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Avec %n tâche restante terminée</numerusform>
            <numerusform>Avec %n tâches restantes terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No tasks yet. On the Recommendations page, choose a step and press “Add this step to the action plan”, or make one here with “New task”.</source>
        <translation>Aucune tâche pour l&apos;instant. Sur la page Recommandations, choisissez une action et cliquez sur «&#xa0;Ajouter cette action au plan d&apos;action&#xa0;», ou créez-en une ici avec «&#xa0;Nouvelle tâche&#xa0;».</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No open task: the same</source>
        <translation>Aucune tâche restante&#xa0;: identique</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>more than a week</source>
        <translation>plus d&apos;une semaine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no minimum set</source>
        <translation>aucun minimum défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>assuré pour {kept} sur {count} activités&#xa0;; non assuré&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>assuré pour {kept} sur {count} activités</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review of this plan is recorded. Review it with the people who act in it, then mark it reviewed: the next review falls due six months later.</source>
        <translation>Aucune révision de ce plan n&apos;est enregistrée. Révisez-le avec les personnes qui y ont un rôle, puis marquez-le comme révisé&#xa0;: la révision suivante sera prévue six mois plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was due for review on %1: review it, then mark it.</source>
        <translation>La révision du plan était prévue le %1&#xa0;: révisez-le, puis marquez-le comme révisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review of the plan: %1.</source>
        <translation>Prochaine révision du plan&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export the tasks as a spreadsheet</source>
        <translation>Exporter les tâches vers un tableur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n task(s) written to {path}.</source>
        <translation>
            <numerusform>%n tâche enregistrée dans {path}.</numerusform>
            <numerusform>%n tâches enregistrées dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tasks to a calendar</source>
        <translation>Exporter les tâches vers un calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open task(s) written to {path} as calendar entries, each on its due date with a reminder the day before.</source>
        <translation>
            <numerusform>%n tâche restante enregistrée dans {path} comme entrée de calendrier, à son échéance, avec un rappel la veille.</numerusform>
            <numerusform>%n tâches restantes enregistrées dans {path} comme entrées de calendrier, chacune à son échéance, avec un rappel la veille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open task(s) have no due date and were left out: give them one.</source>
        <translation>
            <numerusform>%n tâche restante n&apos;a pas d&apos;échéance et a été laissée de côté&#xa0;: donnez-lui-en une.</numerusform>
            <numerusform>%n tâches restantes n&apos;ont pas d&apos;échéance et ont été laissées de côté&#xa0;: donnez-leur-en une.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tasks could not be written to %1: %2. Choose another place.</source>
        <translation>Les tâches n&apos;ont pas pu être enregistrées dans %1&#xa0;: %2. Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../continuity_app/core/terms.py" line="+33"/>
        <source>{technical}: {meaning}</source>
        <translation>{technical}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected loss per year</source>
        <translation>Perte attendue par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALE (annualised loss expectancy)</source>
        <translation>ALE (espérance de perte annuelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what outages cost in an average year: the cost of each kind of outage times how often it happens, added up.</source>
        <translation>ce que coûtent les pannes une année moyenne&#xa0;: le coût de chaque type de panne multiplié par sa fréquence, le tout additionné.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest outage you can bear</source>
        <translation>Panne la plus longue que vous pouvez supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTPD (maximum tolerable period of disruption)</source>
        <translation>DMIA (durée maximale d&apos;interruption admissible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long an outage can last, striking while you are open, before its cost passes the largest loss you said you can bear.</source>
        <translation>combien de temps une panne peut durer, si elle survient pendant vos heures d&apos;ouverture, avant que son coût dépasse la perte maximale que vous avez dit pouvoir supporter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum service</source>
        <translation>Service minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBCO (minimum business continuity objective)</source>
        <translation>MBCO (objectif minimal de continuité d&apos;activité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of an activity&apos;s customers you must still serve during an outage, and how soon.</source>
        <translation>la part des clients d&apos;une activité que vous devez continuer à servir pendant une panne, et dans quel délai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest loss you can bear from one outage</source>
        <translation>Perte maximale que vous pouvez supporter pour une panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss tolerance</source>
        <translation>Tolérance aux pertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most one outage may cost before the business is in trouble; the longest outage you can bear is read from it.</source>
        <translation>le maximum qu&apos;une panne peut coûter avant que l&apos;entreprise soit en difficulté&#xa0;; la panne la plus longue que vous pouvez supporter en découle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A typical year</source>
        <translation>Une année type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 (median)</source>
        <translation>P50 (médiane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of the simulated years lose less than this, half lose more.</source>
        <translation>la moitié des années simulées perdent moins que ce montant, l&apos;autre moitié plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bad year (1 in 10)</source>
        <translation>Une mauvaise année (1 sur 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 (90th percentile)</source>
        <translation>P90 (90e centile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in ten loses more than this.</source>
        <translation>une seule année simulée sur dix perd plus que ce montant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A very bad year (1 in 100)</source>
        <translation>Une très mauvaise année (1 sur 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P99 (99th percentile)</source>
        <translation>P99 (99e centile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in a hundred loses more than this.</source>
        <translation>une seule année simulée sur cent perd plus que ce montant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated years</source>
        <translation>Années simulées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo simulation</source>
        <translation>Simulation de Monte-Carlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app plays out thousands of possible years, with outages at random times and of random lengths, to show how much the loss can vary from one year to the next.</source>
        <translation>l&apos;application joue des milliers d&apos;années possibles, avec des pannes à des moments et de durées pris au hasard, pour montrer combien la perte peut varier d&apos;une année à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation number</source>
        <translation>Numéro de simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same number gives the same simulated years, so that a result can be repeated and checked.</source>
        <translation>le même numéro donne les mêmes années simulées, pour qu&apos;un résultat puisse être refait et vérifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone calls and SMS network</source>
        <translation>Réseau des appels et SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSTN and cellular network</source>
        <translation>RTC et réseau mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mobile operator&apos;s network for ordinary calls and text messages; it works when the internet apps do not, and fails when the operator does.</source>
        <translation>le réseau de l&apos;opérateur mobile pour les appels et les SMS ordinaires&#xa0;; il fonctionne quand les applications internet ne marchent pas, et tombe en panne quand l&apos;opérateur est en panne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready today</source>
        <translation>Joignables aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback readiness</source>
        <translation>Taux de préparation du canal de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of this activity&apos;s customers you could reach on the channel today. Channels overlap: with 40% on SMS and 60% on calls, the app counts 1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.</source>
        <translation>la part des clients de cette activité que vous pourriez joindre aujourd&apos;hui sur ce canal. Les canaux se recoupent&#xa0;: avec 40&#xa0;% sur SMS et 60&#xa0;% par appel, l&apos;application compte 1 - 0,6 x 0,4 = 76&#xa0;% de clients joints, et non 100&#xa0;%, car certains clients sont sur les deux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to switch</source>
        <translation>Délai de bascule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation delay</source>
        <translation>Délai d&apos;activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long after an outage starts the channel is in use: noticing the outage, deciding, and telling customers where to go.</source>
        <translation>combien de temps après le début d&apos;une panne le canal est utilisé&#xa0;: le temps de remarquer la panne, de décider et de dire aux clients où aller.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not expected (frequency 0)</source>
        <translation>aucune panne attendue (fréquence 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {count} times a year</source>
        <translation>environ {count} fois par an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about once a year</source>
        <translation>environ une fois par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about once every {years} years</source>
        <translation>environ une fois tous les {years} ans</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/welcome_page.py" line="+104"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready when WhatsApp goes down</source>
        <translation>Soyez prêt quand WhatsApp tombe en panne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what an outage of WhatsApp and the apps that fail with it would cost your business, which fallback channels to prepare, and print a continuity plan. Everything stays on this computer.</source>
        <translation>Calculez ce que coûterait à votre entreprise une panne de WhatsApp et des applications qui tombent avec lui, choisissez les canaux de secours à préparer et imprimez un plan de continuité. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore an example</source>
        <translation>Découvrir un exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a finished plan of a real-world kind of business and look around.</source>
        <translation>Ouvrez le plan terminé d&apos;une entreprise type et explorez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example plans</source>
        <translation>Plans d&apos;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an example.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un exemple.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan</source>
        <translation>Commencer un nouveau plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions an owner can answer (what customers do on WhatsApp, how many a day, what an order is worth); it takes about ten minutes.</source>
        <translation>Répondez à quelques questions auxquelles tout commerçant sait répondre (ce que vos clients font sur WhatsApp, combien par jour, ce que vaut une commande)&#xa0;; cela prend une dizaine de minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent plans (double-click to open):</source>
        <translation>Plans récents (double-cliquez pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open a plan file…</source>
        <translation>Ouvrir un fichier de plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a plan saved on this computer.</source>
        <translation>Reprendre un plan enregistré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>_ActivitiesPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="+356"/>
        <source>What runs on WhatsApp</source>
        <translation>Ce qui passe par WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your customers and staff do there, and how much of it.</source>
        <translation>Ce que vos clients et votre personnel y font, et en quelle quantité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what runs on WhatsApp. For each, count chats, orders or bookings on a normal open day (not messages), and how many of them come by WhatsApp, by Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave what you are not sure of: the plan starts from typical values, marked as such.</source>
        <translation>Cochez ce qui passe par WhatsApp. Pour chaque élément, comptez les discussions, commandes ou réservations d&apos;une journée d&apos;ouverture normale (pas les messages), et combien arrivent par WhatsApp, par Instagram et par Facebook (le reste par téléphone, sur place ou ailleurs). Laissez ce dont vous n&apos;êtes pas sûr&#xa0;: le plan part de valeurs typiques, signalées comme telles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many a day (all channels)</source>
        <translation>Environ combien par jour (tous canaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By WhatsApp</source>
        <translation>Par WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Instagram</source>
        <translation>Par Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Facebook</source>
        <translation>Par Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one (%1)</source>
        <translation>Valeur d&apos;une unité (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answering questions before and after a sale</source>
        <translation>répondre aux questions avant et après une vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking orders and closing sales in chats</source>
        <translation>prendre des commandes et conclure des ventes dans les discussions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending payment links, confirming payments</source>
        <translation>envoyer des liens de paiement, confirmer les paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff groups, shifts, daily instructions</source>
        <translation>groupes du personnel, plannings, consignes du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordering stock, arranging supplies</source>
        <translation>commander du stock, organiser les approvisionnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast lists, offers, new products</source>
        <translation>listes de diffusion, offres, nouveaux produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings and reminders</source>
        <translation>réservations et rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers, drop-off times, delivery updates</source>
        <translation>livreurs, heures de dépôt, suivi des livraisons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how many a day</source>
        <translation>%1&#xa0;: combien par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share by WhatsApp</source>
        <translation>%1&#xa0;: part par WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share by Instagram</source>
        <translation>%1&#xa0;: part par Instagram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: share by Facebook</source>
        <translation>%1&#xa0;: part par Facebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical for this kind of activity: %1%. Change it to yours.</source>
        <translation>Valeur typique pour ce type d&apos;activité&#xa0;: %1&#xa0;%. Remplacez-la par la vôtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: what one is worth</source>
        <translation>%1&#xa0;: valeur d&apos;une unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sale</source>
        <translation>pas de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity brings no sale of its own.</source>
        <translation>Cette activité n&apos;apporte pas de vente par elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>pas sûr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money one brings in (an order&apos;s value, a booking&apos;s fee). Not sure: the plan starts from %1 (about %2 hours of work), marked as a default.</source>
        <translation>L&apos;argent qu&apos;une unité rapporte (la valeur d&apos;une commande, le prix d&apos;une réservation). Pas sûr&#xa0;: le plan part de %1 (environ %2 heures de travail), signalé comme valeur par défaut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one thing the business does on WhatsApp.</source>
        <translation>Cochez au moins une chose que l&apos;entreprise fait sur WhatsApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say about how many a day for %1 (a rough count is fine).</source>
        <translation>Indiquez environ combien par jour pour %1 (une estimation suffit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1, the shares by WhatsApp, Instagram and Facebook add up to more than 100%; lower one of them.</source>
        <translation>Pour %1, les parts par WhatsApp, Instagram et Facebook dépassent 100&#xa0;% au total&#xa0;; réduisez l&apos;une d&apos;elles.</translation>
    </message>
</context>
<context>
    <name>_BearablePage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-74"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of your WhatsApp sales, %1; change it if you can bear more or less.</source>
        <translation>Le maximum qu&apos;une panne peut coûter avant que l&apos;entreprise soit en difficulté. Le plan en déduit la panne la plus longue que vous pouvez supporter. Nous partons d&apos;une journée de vos ventes sur WhatsApp, %1&#xa0;; modifiez ce montant si vous pouvez supporter plus ou moins.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of the sales the worst outage would cut off (WhatsApp and the other apps on Meta&apos;s infrastructure), %1; change it if you can bear more or less.</source>
        <translation>Le maximum qu&apos;une panne peut coûter avant que l&apos;entreprise soit en difficulté. Le plan en déduit la panne la plus longue que vous pouvez supporter. Nous partons d&apos;une journée des ventes que couperait la pire panne (WhatsApp et les autres applications de l&apos;infrastructure de Meta), %1&#xa0;; modifiez ce montant si vous pouvez supporter plus ou moins.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you can bear</source>
        <translation>Ce que vous pouvez supporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss that would put the business in trouble.</source>
        <translation>La perte qui mettrait l&apos;entreprise en difficulté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest loss you can bear from one outage (%1)</source>
        <translation>Perte maximale que vous pouvez supporter pour une panne (%1)</translation>
    </message>
</context>
<context>
    <name>_BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="-285"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the plan is for, where your customers are and when you are open.</source>
        <translation>Pour qui est le plan, où sont vos clients et quand vous êtes ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The business this plan is for.</source>
        <translation>L&apos;entreprise concernée par ce plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it does</source>
        <translation>&amp;Ce qu&apos;elle fait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main &amp;country</source>
        <translation>&amp;Pays principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where most of your customers are. Type to search.</source>
        <translation>Là où se trouvent la plupart de vos clients. Tapez pour chercher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second c&amp;ountry</source>
        <translation>Deu&amp;xième pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country where many of your customers are, and its share.</source>
        <translation>Un autre pays où se trouvent beaucoup de vos clients, et sa part.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every amount in the plan uses it.</source>
        <translation>Tous les montants du plan sont dans cette devise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;from</source>
        <translation>&amp;Ouvert de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers can reach you; change it later for each day.</source>
        <translation>Quand les clients peuvent vous joindre&#xa0;; vous pourrez le modifier plus tard pour chaque jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>Jours d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The days you are open.</source>
        <translation>Les jours où vous êtes ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>&amp;Effectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who work in the business, you included.</source>
        <translation>Les personnes qui travaillent dans l&apos;entreprise, vous compris.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>In a few words. The app uses it to pick how customers of such a business usually behave.</source>
        <translation>En quelques mots. L&apos;application s&apos;en sert pour choisir comment se comportent d&apos;habitude les clients de ce type d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One &amp;hour of work costs</source>
        <translation>Coût d&apos;une &amp;heure de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an hour of one person&apos;s work costs you, in the plan&apos;s currency. It prices the time lost when staff cannot coordinate.</source>
        <translation>Ce que vous coûte une heure de travail d&apos;une personne, dans la devise du plan. Cela sert à chiffrer le temps perdu quand le personnel ne peut pas se coordonner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>Heure de fermeture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also</source>
        <translation>Aussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country</source>
        <translation>Deuxième pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the second country</source>
        <translation>Part du deuxième pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>p. ex. Boulangerie Al-Zaytouna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>p. ex. boulangerie, clinique, boutique en ligne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the business a name.</source>
        <translation>Donnez un nom à l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the main country from the list.</source>
        <translation>Choisissez le pays principal dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a second country other than the main one.</source>
        <translation>Choisissez un deuxième pays différent du pays principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one day you are open.</source>
        <translation>Cochez au moins un jour d&apos;ouverture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time must come after the opening time.</source>
        <translation>L&apos;heure de fermeture doit être après l&apos;heure d&apos;ouverture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what one hour of work costs you (an estimate is fine).</source>
        <translation>Indiquez ce que vous coûte une heure de travail (une estimation suffit).</translation>
    </message>
</context>
<context>
    <name>_CustomersPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-134"/>
        <source>When WhatsApp stops</source>
        <translation>Quand WhatsApp s&apos;arrête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your customers would do, as far as you know. &quot;I don&apos;t know&quot; keeps the published figures.</source>
        <translation>Ce que feraient vos clients, pour autant que vous le sachiez. «&#xa0;Je ne sais pas&#xa0;» garde les chiffres publiés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you do not answer, how long do most customers &amp;wait before they go elsewhere?</source>
        <translation>Si vous ne répondez pas, combien de temps la plupart des clients &amp;attendent-ils avant d&apos;aller ailleurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know (use the published figures)</source>
        <translation>Je ne sais pas (utiliser les chiffres publiés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than an hour</source>
        <translation>Moins d&apos;une heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A couple of hours</source>
        <translation>Deux ou trois heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest of the day</source>
        <translation>Le reste de la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the next day</source>
        <translation>Jusqu&apos;au lendemain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of your customers could reach you today another way? Count only those who already have the number, address or account.</source>
        <translation>Combien de vos clients pourraient vous joindre aujourd&apos;hui par un autre moyen&#xa0;? Ne comptez que ceux qui ont déjà le numéro, l&apos;adresse ou le compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few (about 1 in 10)</source>
        <translation>Quelques-uns (environ 1 sur 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 1 in 4</source>
        <translation>Environ 1 sur 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About half</source>
        <translation>Environ la moitié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most</source>
        <translation>La plupart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of each sale, how much do you &amp;keep after paying for the goods? (optional)</source>
        <translation>Sur chaque vente, combien &amp;gardez-vous après avoir payé la marchandise&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>pas sûr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your gross margin. If you give it, losses are counted as lost profit; if not, as lost sales.</source>
        <translation>Votre marge brute. Si vous l&apos;indiquez, les pertes sont comptées en bénéfice perdu&#xa0;; sinon, en ventes perdues.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+21"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="-10"/>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="-4"/>
        <source>usage:</source>
        <translation>utilisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
</context>
</TS>
