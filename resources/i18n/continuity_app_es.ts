<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <location filename="../../continuity_app/gui/about.py" line="+23"/>
        <source>Plans for WhatsApp and Meta outages: what they cost, which channels keep you working, and a printable continuity plan. Works offline: nothing you enter leaves this computer.</source>
        <translation>Planifica para caídas de WhatsApp y Meta: cuánto cuestan, qué canales le permiten seguir trabajando y un plan de continuidad para imprimir. Funciona sin conexión: nada de lo que escribe sale de esta computadora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference data: %1 outages, %2 channels and %3 countries, each figure with its source and confidence (see the Sources page).</source>
        <translation>Datos de referencia: %1 caídas, %2 canales y %3 países, cada cifra con su fuente y su nivel de confianza (vea la página Fuentes).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, SIL Open Font License.</source>
        <translation>Licencias: esta aplicación, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy y pandas, tipo BSD. pydantic, MIT. Fuentes incluidas, SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AfterAction</name>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+100"/>
        <source>After-action report of the exercise</source>
        <translation>Informe de evaluación del simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report of the outage</source>
        <translation>Informe de evaluación de la caída</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} at {time} UTC</source>
        <translation>{day} a las {time} UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise script</source>
        <translation>Guion del simulacro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan</source>
        <translation>Tiempos frente al plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The plan</source>
        <translation>Según el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was missing</source>
        <translation>Qué faltó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the plan was done.</source>
        <translation>Se cumplieron todos los pasos del plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks</source>
        <translation>Tareas de seguimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the action plan when the review is recorded; readiness stays as the plan holds it until a task is marked done.</source>
        <translation>Se agregan al plan de acción cuando se registra la evaluación; la preparación se mantiene como figura en el plan hasta que una tarea se marca como completada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up task: no switch was missed.</source>
        <translation>Ninguna tarea de seguimiento: se hicieron todos los cambios a los canales alternativos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log</source>
        <translation>El registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was logged.</source>
        <translation>No se registró nada.</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../../continuity_app/core/behaviour.py" line="+65"/>
        <source>how long its customers wait ({value})</source>
        <translation>cuánto esperan sus clientes ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share who come back later ({value})</source>
        <translation>el porcentaje que vuelve más tarde ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share lost for good ({value})</source>
        <translation>el porcentaje de clientes perdidos definitivamente ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share that cannot wait ({value})</source>
        <translation>el porcentaje que no puede esperar ({value})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{function}” uses assumed values that no study measures: {values}. Enter what you know of your customers on the Functions page.</source>
        <translation>«{function}» usa valores supuestos que ningún estudio mide: {values}. Indique lo que sabe de sus clientes en la página Funciones.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+217"/>
        <location line="+9"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The exchange rate to the US dollar, to price SMS and other channels.</source>
        <translation>El tipo de cambio frente al dólar estadounidense, para calcular el precio de los SMS y otros canales.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+70"/>
        <source>Where your customers are</source>
        <translation>Dónde están sus clientes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+132"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+67"/>
        <source>What the business can bear</source>
        <translation>Lo que el negocio puede soportar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+7"/>
        <source>Model settings</source>
        <translation>Ajustes del modelo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-14"/>
        <source>Share of the people you message in each country; the shares decide which fallback channels reach them and must add up to 100%.</source>
        <translation>Porcentaje de las personas a las que escribe en cada país; estos porcentajes deciden qué canales alternativos llegan a ellas y deben sumar 100%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.</source>
        <translation>Horarios como 09:00-13:00, 17:00-21:00; deje vacío el día en que cierra.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+3"/>
        <source>{term} for each activity: the share of its customers you must still serve during an outage, and how soon. 0 means no minimum.</source>
        <translation>{term} para cada actividad: el porcentaje de sus clientes que debe seguir atendiendo durante una caída, y en cuánto tiempo. 0 significa sin mínimo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+4"/>
        <location line="+50"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-16"/>
        <source>Country mix</source>
        <translation>Distribución por país</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="-57"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Agregar país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Quitar país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>Quitar el país seleccionado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+9"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+41"/>
        <source>Minimum served (%)</source>
        <translation>Mínimo atendido (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within (h)</source>
        <translation>En menos de (h)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+6"/>
        <source>Minimum service per function</source>
        <translation>Servicio mínimo por función</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+4"/>
        <source>Revenue (what customers would have paid)</source>
        <translation>Ingresos (lo que habrían pagado los clientes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin (revenue × gross margin)</source>
        <translation>Margen (ingresos × margen bruto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>p. ej., Panadería La Espiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>p. ej., panadería, clínica, tienda en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-148"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure.</source>
        <translation>Escriba un número, o mínimo – probable – máximo (p. ej., 40 – 55 – 70) si no está seguro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business this plan is for.</source>
        <translation>El negocio al que corresponde este plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the business does, in a few words.</source>
        <translation>A qué se dedica el negocio, en pocas palabras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every amount in the plan is in this currency.</source>
        <translation>Todos los importes del plan están en esta moneda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 per US &amp;dollar</source>
        <translation>%1 por &amp;dólar estadounidense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many %1 one US dollar buys; prices channels that charge in dollars (SMS, business messaging). Leave empty if you do not know it.</source>
        <translation>Cuántos %1 vale un dólar estadounidense; sirve para calcular el precio de los canales que cobran en dólares (SMS, mensajería para empresas). Déjelo vacío si no lo sabe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;taff</source>
        <translation>Pe&amp;rsonal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who work in the business, owner included.</source>
        <translation>Personas que trabajan en el negocio, incluido el dueño.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff cost per &amp;hour (%1)</source>
        <translation>Costo del personal por &amp;hora (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an hour of one person&apos;s work costs, wages and charges included.</source>
        <translation>Lo que cuesta una hora de trabajo de una persona, con salario y cargas sociales incluidos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross &amp;margin (%)</source>
        <translation>Margen &amp;bruto (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue left after the cost of goods; used when losses are counted as lost margin.</source>
        <translation>Parte de los ingresos que queda después del costo de la mercancía; se usa cuando las pérdidas se cuentan como margen perdido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer &amp;lifetime value (%1)</source>
        <translation>Valor de &amp;vida del cliente (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a customer brings over all future purchases; lost when a customer leaves for good.</source>
        <translation>Lo que un cliente aporta con todas sus compras futuras; se pierde cuando el cliente se va definitivamente.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{term} ({currency})</source>
        <translation>{term} ({currency})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How soon into an outage the minimum must be served, in hours.</source>
        <translation>En cuánto tiempo, desde el inicio de una caída, debe atenderse el mínimo, en horas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outage to plan for</source>
        <translation>Caída para planificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of outage whose cost, hour after hour, is compared with the largest loss you can bear: it sets the longest outage you can bear.</source>
        <translation>El tipo de caída cuyo costo, hora tras hora, se compara con la pérdida máxima que puede soportar: determina la caída más larga que puede soportar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More years give steadier figures and take longer.</source>
        <translation>Más años dan cifras más estables, pero tardan más.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+73"/>
        <source>Amounts are not converted: the staff cost, what each activity is worth and the largest loss you can bear keep their numbers: check that they are right in %1.</source>
        <translation>Los importes no se convierten: el costo del personal, lo que vale cada actividad y la pérdida máxima que puede soportar conservan sus números: compruebe que sean correctos en %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type how many units of the plan&apos;s currency one US dollar buys (above 0), or leave it empty.</source>
        <translation>escriba cuántas unidades de la moneda del plan compra un dólar estadounidense (más de 0), o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-27"/>
        <source>Count losses as</source>
        <translation>Contar las pérdidas como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue shows what customers would have paid; margin what you keep.</source>
        <translation>Los ingresos muestran lo que habrían pagado los clientes; el margen, lo que usted se queda.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="-89"/>
        <source>Opening hours on %1, like 09:00-13:00, 17:00-21:00.</source>
        <translation>Horario del %1, como 09:00-13:00, 17:00-21:00.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>give the business a name (up to 200 characters).</source>
        <translation>póngale un nombre al negocio (hasta 200 caracteres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type a percentage from 0 to 100, or low – likely – high in that order.</source>
        <translation>escriba un porcentaje de 0 a 100, o mínimo – probable – máximo en ese orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type an amount of 0 or more, or low – likely – high in that order.</source>
        <translation>escriba un importe de 0 o más, o mínimo – probable – máximo en ese orden.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>write times like 09:00-13:00, 17:00-21:00, each ending after it starts.</source>
        <translation>escriba los horarios así: 09:00-13:00, 17:00-21:00; cada tramo debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+66"/>
        <source>Total: %1%</source>
        <translation>Total: %1%</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+32"/>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every country a share above 0%, or remove it.</source>
        <translation>Asigne a cada país un porcentaje mayor que 0%, o quítelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1%; they must add up to 100%.</source>
        <translation>Los porcentajes suman %1%; deben sumar 100%.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+106"/>
        <source>The first scenario (%1)</source>
        <translation>El primer escenario (%1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+58"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum served for %1</source>
        <translation>Mínimo atendido para %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Within hours for %1</source>
        <translation>Plazo en horas para %1</translation>
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
        <translation>Porcentaje (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/channel_mix_box.py" line="+73"/>
        <source>Channels of the selected function</source>
        <translation>Canales de la función seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove channel</source>
        <translation>Quitar canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel from the mix</source>
        <translation>Quitar el canal seleccionado de la lista de canales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a channel to the mix</source>
        <translation>Agregar un canal a la lista de canales</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels of {name}</source>
        <translation>Canales de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other channels, which none of the plan&apos;s outages reaches (in person, by phone or elsewhere): {share}</source>
        <translation>Otros canales, que ninguna caída del plan afecta (en persona, por teléfono u otros medios): {share}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every outage of the plan cuts off {share} of these interactions.</source>
        <translation>Cada caída del plan interrumpe el {share} de estas interacciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} in {outages}</source>
        <translation>{share} en {outages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut off: {parts}.</source>
        <translation>Parte interrumpida: {parts}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a channel…</source>
        <translation>Agregar un canal…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../continuity_app/report/chart_style.py" line="+137"/>
        <source>+ %n more, with smaller losses</source>
        <translation>
            <numerusform>+ %n más, con una pérdida menor</numerusform>
            <numerusform>+ %n más, con pérdidas menores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Outage duration</source>
        <translation>Duración de la caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per outage</source>
        <translation>Pérdida por caída</translation>
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
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 semana</translation>
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
        <translation>Pérdida máxima soportable por caída {amount}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loss in this outage</source>
        <translation>Pérdida en esta caída</translation>
    </message>
    <message numerus="yes">
        <location line="-138"/>
        <source>%n other function(s)</source>
        <translation>
            <numerusform>%n función más</numerusform>
            <numerusform>%n funciones más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Largest bearable loss {amount}</source>
        <translation>Pérdida máxima soportable {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage {duration}</source>
        <translation>Caída más larga soportable {duration}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss in a year</source>
        <translation>Pérdida en un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance a year loses more</source>
        <translation>Probabilidad de perder más en un año</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loss</source>
        <translation>Sin pérdidas</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/chart_view.py" line="+61"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart as SVG…</source>
        <translation>Exportar gráfico como SVG…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>No se pudo guardar el gráfico en %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/__init__.py" line="+64"/>
        <source>Unknown date order {order}: use dmy, mdy or ymd.</source>
        <translation>Orden de fecha desconocido: {order}. Use dmy, mdy o ymd.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="+210"/>
        <source>{what} is empty: there is nothing to import.</source>
        <translation>{what} está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This JSON file is not a Telegram Desktop export (it is a list, not an export object). Export the chat from Telegram Desktop as JSON.</source>
        <translation>Este archivo JSON no es un chat exportado de Telegram Desktop (es una lista, no un objeto de exportación). Exporte el chat desde Telegram Desktop en formato JSON.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{what} is larger than {limit}, far more than any chat export: it is not imported. Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: Export chat history of one chat) and import that file.</source>
        <translation>{what} ocupa más de {limit}, mucho más que cualquier chat exportado: no se importa. Exporte un solo chat (WhatsApp: Exportar chat, sin archivos; Telegram Desktop: Exportar historial del chat de un solo chat) e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} looks like a zip file but is damaged and cannot be read. Export the chat again, or unpack the zip and import the .txt file inside.</source>
        <translation>{name} parece un archivo zip, pero está dañado y no se puede leer. Vuelva a exportar el chat, o descomprima el zip e importe el archivo .txt que contiene.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket): choose the exported chat file itself.</source>
        <translation>{path} no es un archivo normal (es una canalización, un dispositivo o un socket): elija el archivo del chat exportado.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{what} is a binary file, not a chat export. Choose the .txt or .zip file WhatsApp&apos;s &quot;Export chat&quot; produced, or a Telegram Desktop JSON export.</source>
        <translation>{what} es un archivo binario, no un chat exportado. Elija el archivo .txt o .zip que generó «Exportar chat» de WhatsApp, o un chat exportado en JSON desde Telegram Desktop.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. Re-export the chat, or save the file as UTF-8 and import it again.</source>
        <translation>{what} no es texto UTF-8: la línea {line} tiene bytes que no son UTF-8. Vuelva a exportar el chat, o guarde el archivo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>{name} es una exportación de Instagram o Messenger en HTML, que no tiene las horas exactas. Vuelva a exportar las conversaciones desde Instagram o Facebook (Centro de cuentas &gt; Tu información y permisos &gt; Descargar tu información, formato JSON).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The zip file {name} contains no chat text file (.txt), only %n other file(s) ({kinds}). Export the chat from WhatsApp again (&quot;Export chat&quot;), or import the .txt file.</source>
        <translation>
            <numerusform>El archivo zip {name} no contiene ningún archivo de texto del chat (.txt), solo %n archivo de otro tipo ({kinds}). Vuelva a exportar el chat desde WhatsApp («Exportar chat») o importe el archivo .txt.</numerusform>
            <numerusform>El archivo zip {name} no contiene ningún archivo de texto del chat (.txt), solo %n archivos de otro tipo ({kinds}). Vuelva a exportar el chat desde WhatsApp («Exportar chat») o importe el archivo .txt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is protected by a password. Unpack it with your archive tool and import the chat .txt file inside, or export the chat again without a password.</source>
        <translation>{name} está protegido con contraseña. Descomprímalo con su programa de archivos comprimidos e importe el archivo .txt del chat que contiene, o vuelva a exportar el chat sin contraseña.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} would unpack to {ratio} times its packed size, far more than text ever compresses: it is a zip bomb or a damaged archive, and is not opened. Export the chat again.</source>
        <translation>Al descomprimirse, {name} ocuparía {ratio} veces su tamaño comprimido, mucho más de lo que se comprime cualquier texto: es una bomba zip o un archivo dañado, y no se abre. Vuelva a exportar el chat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} lists more files than any chat export (its list of file names alone is {size}): it is not opened. Unpack it and import the chat .txt file inside.</source>
        <translation>{name} contiene más archivos que cualquier chat exportado (solo su lista de nombres de archivo ocupa {size}): no se abre. Descomprímalo e importe el archivo .txt del chat que contiene.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File not found: {path}.</source>
        <translation>No se encontró el archivo: {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder: choose the exported chat file inside it.</source>
        <translation>{path} es una carpeta: elija el archivo del chat exportado que está dentro.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+241"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="+533"/>
        <source>{member} in {archive}</source>
        <translation>{member} (dentro de {archive})</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+273"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-43"/>
        <source>The file {name}</source>
        <translation>El archivo {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/errors.py" line="+12"/>
        <source>{orders} or {order}</source>
        <translation>{orders} o {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell whether the dates in this export are {orders}: no day is above 12 and both readings keep time moving forward equally well. Choose the date order (CLI: --date-order {choices}).</source>
        <translation>No se puede saber si las fechas de este chat exportado están en orden {orders}: ningún día es mayor que 12 y con ambas lecturas el tiempo avanza igual de bien. Elija el orden de la fecha (CLI: --date-order {choices}).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{business} is not an author in this chat, which has %n author(s). Import it without a business to see them (as pseudonyms), then name the business exactly as the export writes it.</source>
        <translation>
            <numerusform>{business} no es autor de ningún mensaje de este chat, que tiene %n autor. Impórtelo sin indicar el negocio para verlo (como seudónimo) y luego escriba el nombre del negocio exactamente como aparece en el chat exportado.</numerusform>
            <numerusform>{business} no es autor de ningún mensaje de este chat, que tiene %n autores. Impórtelo sin indicar el negocio para verlos (como seudónimos) y luego escriba el nombre del negocio exactamente como aparece en el chat exportado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s). Import it without choosing a chat to read them all together.</source>
        <translation>
            <numerusform>No hay ningún chat llamado {chat} en esta exportación de Telegram, que tiene %n chat. Impórtela sin elegir ningún chat para leerlo.</numerusform>
            <numerusform>No hay ningún chat llamado {chat} en esta exportación de Telegram, que tiene %n chats. Impórtela sin elegir ningún chat para leerlos todos juntos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export has more than {limit} different authors, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Este archivo tiene más de {limit} autores distintos, muchos más que cualquier chat: no se importa. Exporte un solo chat e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This export has messages on more than {limit} different days, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Este archivo tiene mensajes de más de {limit} días distintos, muchos más que cualquier chat: no se importa. Exporte un solo chat e importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/stats.py" line="+311"/>
        <source>The dates cannot be read as {order}: {date} is not a valid date in that order. Choose another date order or let it be detected.</source>
        <translation>Las fechas no se pueden leer en el orden {order}: {date} no es una fecha válida en ese orden. Elija otro orden de fecha o deje que se detecte automáticamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates in this export are not valid day-month-year or month-day-year dates (e.g. {example}). Is this really a chat export?</source>
        <translation>Las fechas de este archivo no son fechas válidas en formato día-mes-año ni mes-día-año (p. ej., {example}). ¿Es realmente un chat exportado?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export contains no messages.</source>
        <translation>El chat exportado no contiene mensajes.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="-84"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+42"/>
        <source>This JSON file is nested too deeply to be a Telegram Desktop export. Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>Este archivo JSON tiene demasiados niveles anidados para ser una exportación de Telegram Desktop. Vuelva a exportar el chat desde Telegram Desktop (Ajustes &gt; Avanzado &gt; Exportar datos de Telegram, formato: JSON legible por máquina).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed JSON ({detail}). Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>JSON mal formado ({detail}). Vuelva a exportar el chat desde Telegram Desktop (Ajustes &gt; Avanzado &gt; Exportar datos de Telegram, formato: JSON legible por máquina).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON file is not a Telegram Desktop export: it has no &quot;messages&quot; list. Export the chat from Telegram Desktop as JSON.</source>
        <translation>Este archivo JSON no es un chat exportado de Telegram Desktop: no tiene la lista &quot;messages&quot;. Exporte el chat desde Telegram Desktop en formato JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This JSON file has more than {limit} message lists, far more chats than any Telegram account: it is not imported. Export a single chat from Telegram Desktop and import that file.</source>
        <translation>Este archivo JSON tiene más de {limit} listas de mensajes, muchos más chats que cualquier cuenta de Telegram: no se importa. Exporte un solo chat desde Telegram Desktop e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file ends inside a &quot;messages&quot; list</source>
        <translation>el archivo termina dentro de la lista &quot;messages&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One message in this JSON file is larger than {limit}, far more than any Telegram message: the file is damaged or not a Telegram Desktop export. Export the chat again.</source>
        <translation>Un mensaje de este archivo JSON ocupa más de {limit}, mucho más que cualquier mensaje de Telegram: el archivo está dañado o no es una exportación de Telegram Desktop. Vuelva a exportar el chat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-405"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s). Import it without choosing one to read them all together.</source>
        <translation>
            <numerusform>No hay ninguna conversación llamada {chat} en esta exportación de Instagram o Messenger, que tiene %n conversación. Impórtela sin elegir ninguna para leerla.</numerusform>
            <numerusform>No hay ninguna conversación llamada {chat} en esta exportación de Instagram o Messenger, que tiene %n conversaciones. Impórtela sin elegir ninguna para leerlas todas juntas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>Vuelva a exportar las conversaciones desde Instagram o Facebook (Centro de cuentas &gt; Tu información y permisos &gt; Descargar tu información, formato JSON).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is not readable JSON ({detail}). {reexport}</source>
        <translation>{what} no es un JSON legible ({detail}). {reexport}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One message in {what} is larger than {limit}, far more than any Instagram or Messenger message: the file is damaged. {reexport}</source>
        <translation>Un mensaje de {what} ocupa más de {limit}, mucho más que cualquier mensaje de Instagram o Messenger: el archivo está dañado. {reexport}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+9"/>
        <source>{error} near character {position}</source>
        <translation>{error} cerca del carácter {position}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>the file ends too early</source>
        <translation>el archivo termina antes de tiempo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} is not an Instagram or Messenger conversation: it has no &quot;messages&quot; list of a Meta export. Choose a message_1.json file, its folder or the export&apos;s zip. {reexport}</source>
        <translation>{what} no es una conversación de Instagram o Messenger: no tiene la lista &quot;messages&quot; de una exportación de Meta. Elija un archivo message_1.json, su carpeta o el zip de la exportación. {reexport}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled conversation)</source>
        <translation>(conversación sin título)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n message time(s) in {what} are in seconds, where Instagram and Messenger give them in milliseconds: the file was changed after it was exported. {reexport}</source>
        <translation>
            <numerusform>La hora de %n mensaje de {what} está en segundos, pero Instagram y Messenger dan las horas en milisegundos: el archivo se modificó después de exportarse. {reexport}</numerusform>
            <numerusform>Las horas de %n mensajes de {what} están en segundos, pero Instagram y Messenger dan las horas en milisegundos: el archivo se modificó después de exportarse. {reexport}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>None of the %n message(s) in {what} has a real time (&quot;timestamp_ms&quot;): there is nothing to count. {reexport}</source>
        <translation>
            <numerusform>El único mensaje (%n) de {what} no tiene una hora real (&quot;timestamp_ms&quot;): no hay nada que contar. {reexport}</numerusform>
            <numerusform>Ninguno de los %n mensajes de {what} tiene una hora real (&quot;timestamp_ms&quot;): no hay nada que contar. {reexport}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. {reexport}</source>
        <translation>{name} es una exportación de Instagram o Messenger en HTML, que no tiene las horas exactas. {reexport}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export holds more than {limit} conversation files, more than any inbox: it is not imported. Choose the folder of one conversation instead.</source>
        <translation>Esta exportación contiene más de {limit} archivos de conversación, más que cualquier bandeja de entrada: no se importó. Elija mejor la carpeta de una sola conversación.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is a folder with no Instagram or Messenger conversation (message_1.json) in it: choose the exported chat file, or the folder of an Instagram or Messenger export.</source>
        <translation>{path} es una carpeta sin ninguna conversación de Instagram o Messenger (message_1.json): elija el archivo del chat exportado o la carpeta de una exportación de Instagram o Messenger.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The export {name}</source>
        <translation>La exportación {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+99"/>
        <source>None of the %n message(s) in this export has a real date and time (&quot;date&quot; or &quot;date_unixtime&quot;): there is nothing to count. Re-export the chat from Telegram Desktop as machine-readable JSON.</source>
        <translation>
            <numerusform>El único mensaje (%n) de esta exportación no tiene una fecha y hora reales (&quot;date&quot; o &quot;date_unixtime&quot;): no hay nada que contar. Vuelva a exportar el chat desde Telegram Desktop como JSON legible por máquina.</numerusform>
            <numerusform>Ninguno de los %n mensajes de esta exportación tiene una fecha y hora reales (&quot;date&quot; o &quot;date_unixtime&quot;): no hay nada que contar. Vuelva a exportar el chat desde Telegram Desktop como JSON legible por máquina.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/whatsapp.py" line="+199"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>El archivo está vacío: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not a recognised chat export: none of the first %n line(s) starts with a real date and time as in a WhatsApp or Signal export (such as &quot;18/03/2022, 14:56 - Name: text&quot; or &quot;[18/03/2022, 14:56:01] Name: text&quot;). Export the chat from WhatsApp (chat menu &gt; More &gt; Export chat, without media) and import that .txt or .zip file, or a Telegram Desktop JSON export.</source>
        <translation>
            <numerusform>No se reconoce como chat exportado: la primera línea no empieza con una fecha y hora reales, como en un chat exportado de WhatsApp o Signal (p. ej., &quot;18/03/2022, 14:56 - Nombre: texto&quot; o &quot;[18/03/2022, 14:56:01] Nombre: texto&quot;). Exporte el chat desde WhatsApp (menú del chat &gt; Más &gt; Exportar chat, sin archivos) e importe ese archivo .txt o .zip, o un chat exportado en JSON desde Telegram Desktop.</numerusform>
            <numerusform>No se reconoce como chat exportado: ninguna de las primeras %n líneas empieza con una fecha y hora reales, como en un chat exportado de WhatsApp o Signal (p. ej., &quot;18/03/2022, 14:56 - Nombre: texto&quot; o &quot;[18/03/2022, 14:56:01] Nombre: texto&quot;). Exporte el chat desde WhatsApp (menú del chat &gt; Más &gt; Exportar chat, sin archivos) e importe ese archivo .txt o .zip, o un chat exportado en JSON desde Telegram Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A date in this export cannot be read: {date}.</source>
        <translation>No se puede leer una fecha de este archivo: {date}.</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../continuity_app/gui/chat_import_dialog.py" line="+206"/>
        <source>Import chat into %1</source>
        <translation>Importar chat en %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>reading it failed unexpectedly. Please report this, with the kind of export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file itself.</source>
        <translation>la lectura falló de forma inesperada. Por favor, repórtelo indicando el tipo de exportación (WhatsApp, Telegram, Signal, Instagram o Messenger), pero sin enviar el archivo.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Measure how many messages %1 really gets, and when, from a chat exported in WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), Signal, or Instagram and Messenger (Download your information, JSON: a message_1.json file or the export&apos;s zip).</source>
        <translation>Mida cuántos mensajes recibe realmente %1, y a qué horas, a partir de un chat exportado de WhatsApp (Chat › Más › Exportar chat, sin archivos multimedia), Telegram Desktop (JSON), Signal, o Instagram y Messenger (Descargar tu información, JSON: un archivo message_1.json o el zip de la exportación).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat export:</source>
        <translation>Chat exportado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen chat export</source>
        <translation>Chat exportado elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a chat export file</source>
        <translation>Elegir un archivo de chat exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates could be read two ways: which is right?</source>
        <translation>Las fechas se pueden leer de dos maneras: ¿cuál es la correcta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>&amp;Día primero (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>&amp;Mes primero (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year first (2024/12/31)</source>
        <translation>&amp;Año primero (2024/12/31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business is:</source>
        <translation>El &amp;negocio es:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which author is the business</source>
        <translation>Qué autor es el negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;names</source>
        <translation>Mostrar nom&amp;bres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show author names instead of pseudonyms</source>
        <translation>Mostrar los nombres de los autores en lugar de seudónimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date order:</source>
        <translation>Orden de la fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages:</source>
        <translation>Mensajes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per active day:</source>
        <translation>Mensajes por día activo:</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n mensaje)</numerusform>
            <numerusform>%1 (%n mensajes)</numerusform>
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
        <translation>Messenger (chats con cifrado de extremo a extremo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram or Messenger (the export does not say which)</source>
        <translation>Instagram o Messenger (la exportación no indica cuál)</translation>
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
            <numerusform>%n día con mensajes</numerusform>
            <numerusform>%n días con mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>median %1, slowest tenth over %2 (%n response(s))</source>
        <translation>
            <numerusform>mediana %1; 1 de cada 10 tarda más de %2 (%n respuesta)</numerusform>
            <numerusform>mediana %1; 1 de cada 10 tarda más de %2 (%n respuestas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 will get &lt;b&gt;%2 daily interactions on %4&lt;/b&gt; (%3), its other channels keeping theirs, and this hour-of-day profile.</source>
        <translation>%1 pasará a tener &lt;b&gt;%2 interacciones diarias por %4&lt;/b&gt; (%3), con este perfil por hora del día; sus otros canales conservan las suyas.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Business replies:</source>
        <translation>Respuestas del negocio:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>there is not enough memory to read it.</source>
        <translation>no hay memoria suficiente para leerlo.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Show the authors&apos; names instead of pseudonyms; names are never saved. Pseudonyms are keyed by a secret of this installation, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Mostrar los nombres de los autores en lugar de seudónimos; los nombres nunca se guardan. Los seudónimos se generan con una clave secreta de esta instalación, así que nadie puede recalcularlos a partir de una lista de nombres o números de celular.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors are shown as pseudonyms keyed by a secret of this installation (the same as on the command line), unless Show names is ticked.</source>
        <translation>Los autores se muestran como seudónimos generados con una clave secreta de esta instalación (la misma que en la línea de comandos), salvo que marque «Mostrar nombres».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only counts and the hour-of-day profile enter the plan. Message text and author names are never stored.</source>
        <translation>Al plan solo pasan los conteos y el perfil por hora del día. El texto de los mensajes y los nombres de los autores nunca se guardan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply to %1</source>
        <translation>A&amp;plicar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to %1</source>
        <translation>Aplicar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a chat export</source>
        <translation>Elegir un chat exportado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
        <translation>Chats exportados (*.txt *.zip *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No day in this chat is above 12, so the dates could be day first or month first. Choose the order your phone shows dates in.</source>
        <translation>Ningún día de este chat es mayor que 12, así que las fechas pueden tener primero el día o primero el mes. Elija el orden en que su teléfono muestra las fechas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported: %1</source>
        <translation>No se puede importar este archivo: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody: count every message</source>
        <translation>Nadie: contar todos los mensajes</translation>
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
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none in this chat</source>
        <translation>ninguna en este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages per day with messages</source>
        <translation>mensajes de clientes por día con mensajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all messages per day with messages; choose the business to count only customers</source>
        <translation>todos los mensajes por día con mensajes; elija el negocio para contar solo a los clientes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Messages by hour of day</source>
        <translation>Mensajes por hora del día</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages by hour of day in the chat</source>
        <translation>Mensajes por hora del día en el chat</translation>
    </message>
</context>
<context>
    <name>ChatReport</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="+223"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date order:</source>
        <translation>Orden de la fecha:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages:</source>
        <translation>Mensajes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message:</source>
        <translation>Primer mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Último mensaje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days:</source>
        <translation>Días activos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{active} of {calendar} calendar days</source>
        <translation>{active} de {calendar} días del calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per active day:</source>
        <translation>Por día activo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages</source>
        <translation>{count} mensajes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busiest hours:</source>
        <translation>Horas pico:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of order:</source>
        <translation>Fuera de orden:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) earlier than the one before</source>
        <translation>
            <numerusform>%n línea con fecha anterior a la de la línea previa</numerusform>
            <numerusform>%n líneas con fecha anterior a la de la línea previa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>median {median}, P90 {p90} (%n answer(s))</source>
        <translation>
            <numerusform>mediana {median}, P90 {p90} (%n respuesta)</numerusform>
            <numerusform>mediana {median}, P90 {p90} (%n respuestas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Most messages:</source>
        <translation>Más mensajes:</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>{messages} (plus %n system event(s))</source>
        <translation>
            <numerusform>{messages} (más %n evento del sistema)</numerusform>
            <numerusform>{messages} (más %n eventos del sistema)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Business:</source>
        <translation>Negocio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer messages:</source>
        <translation>De clientes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ({per_day} per active day)</source>
        <translation>{count} mensajes ({per_day} por día activo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the business never answered a customer here</source>
        <translation>el negocio nunca respondió a un cliente en este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>Tarda en responder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer messages per active day</source>
        <translation>mensajes de clientes por día activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages per active day; pass --business to count customers only</source>
        <translation>mensajes por día activo; use --business para contar solo los de clientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the plan:</source>
        <translation>Para el plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} daily interactions ({basis})</source>
        <translation>{count} interacciones diarias ({basis})</translation>
    </message>
</context>
<context>
    <name>ChatWording</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/wording.py" line="+13"/>
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>año primero</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>time runs forward in this order (%n backward jump(s) against {more})</source>
        <translation>
            <numerusform>con este orden el tiempo avanza (%n salto hacia atrás, frente a {more} con el otro)</numerusform>
            <numerusform>con este orden el tiempo avanza (%n saltos hacia atrás, frente a {more} con el otro)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dates start with the year</source>
        <translation>las fechas empiezan por el año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day is above 12</source>
        <translation>algún día es mayor que 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month are the same on every date: either order reads alike</source>
        <translation>el día y el mes coinciden en todas las fechas: ambos órdenes dan lo mismo</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/checklist_view.py" line="+36"/>
        <source>1. Confirm the outage</source>
        <translation>1. Confirmar la caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Call the team, in this order</source>
        <translation>2. Llamar al equipo, en este orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Move each activity to its fallbacks</source>
        <translation>3. Pasar cada función a sus canales alternativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Send the messages</source>
        <translation>4. Enviar los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Back to normal</source>
        <translation>5. Vuelta a la normalidad</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When it was done, in hours and minutes since the start.</source>
        <translation>Cuándo se hizo, en horas y minutos desde el inicio.</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-185"/>
        <source>Authors: {names}.</source>
        <translation>Autores: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors as pseudonyms: {names}. Pass one of them to --business, or add --keep-names to see the names.</source>
        <translation>Autores como seudónimos: {names}. Indique uno de ellos en --business, o agregue --keep-names para ver los nombres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats: {names}.</source>
        <translation>Chats: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --keep-names to list the chats&apos; names.</source>
        <translation>Agregue --keep-names para ver la lista de nombres de los chats.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot tell the day from the month in these dates (no day is above 12 and both readings keep time moving forward). Pass {options}.</source>
        <translation>no se puede distinguir el día del mes en estas fechas (ningún día es mayor que 12 y con ambas lecturas el tiempo avanza). Indique {options}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{business} is not an author in this chat.</source>
        <translation>{business} no es autor de ningún mensaje de este chat.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s).</source>
        <translation>
            <numerusform>No hay ninguna conversación llamada {chat} en esta exportación de Instagram o Messenger, que tiene %n conversación.</numerusform>
            <numerusform>No hay ninguna conversación llamada {chat} en esta exportación de Instagram o Messenger, que tiene %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s).</source>
        <translation>
            <numerusform>No hay ningún chat llamado {chat} en esta exportación de Telegram, que tiene %n chat.</numerusform>
            <numerusform>No hay ningún chat llamado {chat} en esta exportación de Telegram, que tiene %n chats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to read this file.</source>
        <translation>no hay memoria suficiente para leer este archivo.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>give a file name ending in .csv or .xlsx</source>
        <translation>indique un nombre de archivo que termine en .csv o .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../continuity_app/cli/commands.py" line="+62"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-135"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+491"/>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} es una carpeta; indique un nombre de archivo, como {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../continuity_app/cli/commands.py" line="+7"/>
        <source>Wrote {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+26"/>
        <source>the built-in reference data is damaged: {error}</source>
        <translation>los datos de referencia incluidos están dañados: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-2"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+268"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+40"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+24"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+23"/>
        <source>{text} is too few trials; use at least {least}</source>
        <translation>{text} años simulados son muy pocos; use al menos {least}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must not be negative</source>
        <translation>{text} no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="+40"/>
        <source>no scenario {scenario}; the plan has {known}</source>
        <translation>no existe el escenario {scenario}; el plan tiene: {known}</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>{path} is a file; give a folder for the screenshots</source>
        <translation>{path} es un archivo; indique una carpeta para las capturas de pantalla</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n screenshot(s) to {folder}</source>
        <translation>
            <numerusform>Se guardó %n captura de pantalla en {folder}</numerusform>
            <numerusform>Se guardaron %n capturas de pantalla en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+112"/>
        <source>continuity-app plan: warning: {warning}</source>
        <translation>continuity-app plan: advertencia: {warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote {path} (%n page(s), {paper})</source>
        <translation>
            <numerusform>Se guardó {path} (%n página, {paper})</numerusform>
            <numerusform>Se guardó {path} (%n páginas, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-196"/>
        <source>{text} is not a percentage; give a number from 0 to 100, such as 40</source>
        <translation>{text} no es un porcentaje; indique un número de 0 a 100, como 40</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5</source>
        <translation>{text} no es un número de horas; indique uno de 0 a 168 (una semana), como 0.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not an amount of money; give a number of zero or more in the plan currency, without its symbol, such as 250 or 99.50</source>
        <translation>{text} no es un importe; indique un número igual o mayor que cero en la moneda del plan, sin su símbolo, como 250 o 99.50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to clear the due date</source>
        <translation>{text} no es una fecha; escríbala como YYYY-MM-DD, por ejemplo 2027-03-31, o escriba none para quitar la fecha límite</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{options}: these describe a new task; give them with --new TITLE</source>
        <translation>{options}: estas opciones describen una tarea nueva; úselas con --new TITLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--new also needs {missing}</source>
        <translation>--new también necesita {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{options}: these change a task; name it with --update TASK_ID (the ids are in the first column of `continuity-app tasks FILE`), or give them with --add or --new</source>
        <translation>{options}: estas opciones cambian una tarea; indique cuál con --update TASK_ID (los id están en la primera columna de `continuity-app tasks FILE`), o úselas con --add o --new</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n task(s) to {path}</source>
        <translation>
            <numerusform>Se guardó %n tarea en {path}</numerusform>
            <numerusform>Se guardaron %n tareas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n open task(s) to the calendar {path}</source>
        <translation>
            <numerusform>Se guardó %n tarea pendiente en el calendario {path}</numerusform>
            <numerusform>Se guardaron %n tareas pendientes en el calendario {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) left out of the calendar: no due date (give one with --update TASK_ID --due YYYY-MM-DD)</source>
        <translation>
            <numerusform>%n tarea pendiente quedó fuera del calendario: no tiene fecha límite (asígnele una con --update TASK_ID --due YYYY-MM-DD)</numerusform>
            <numerusform>%n tareas pendientes quedaron fuera del calendario: no tienen fecha límite (asígneles una con --update TASK_ID --due YYYY-MM-DD)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no task {id}; the plan has {known}</source>
        <translation>no existe la tarea {id}; el plan tiene: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no task {id}; the plan has no tasks yet (add one with --add or --new)</source>
        <translation>no existe la tarea {id}; el plan todavía no tiene tareas (agregue una con --add o --new)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--function: the plan has no function {id}; its functions are {known}</source>
        <translation>--function: el plan no tiene la función {id}; sus funciones son: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel: {id} is not a fallback channel; use one of {known}</source>
        <translation>--channel: {id} no es un canal alternativo; use uno de estos: {known}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no recommended step {id} for this plan. Steps it has include {some}; `continuity-app recommend FILE --json` lists them all under actions[].id</source>
        <translation>no existe la medida recomendada {id} para este plan. Algunas de sus medidas: {some}; `continuity-app recommend FILE --json` las muestra todas en actions[].id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recommended step {id}: the recommender has no step for this plan now; add your own with --new</source>
        <translation>no existe la medida recomendada {id}: por ahora no hay ninguna medida recomendada para este plan; agregue la suya con --new</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--new: give the task a title</source>
        <translation>--new: indique un título para la tarea</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="+85"/>
        <source>give --script NAME for a run sheet, --log LOG.json or both</source>
        <translation>indique --script NAME para ver el guion, --log LOG.json o ambos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o and --record need the log of a run: --log</source>
        <translation>-o y --record necesitan el registro de una caída o de un simulacro: use --log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the log is of the exercise {logged}, not {given}</source>
        <translation>el registro es del simulacro {logged}, no de {given}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="+23"/>
        <source>Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.</source>
        <translation>Prepárese para las caídas de WhatsApp y Meta: impacto, canales alternativos y un plan imprimible.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open the window on a built-in example (see demo --list)</source>
        <translation>abrir la ventana con un ejemplo incluido (vea demo --list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that this installation works (examples, model, PDF, window) and exit</source>
        <translation>comprobar que esta instalación funciona (ejemplos, modelo, PDF, ventana) y salir</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-314"/>
        <location filename="../../continuity_app/cli/commands.py" line="-224"/>
        <location line="+62"/>
        <location line="+48"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-32"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-315"/>
        <source>print one JSON object</source>
        <translation>mostrar un solo objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month order of the dates when it cannot be detected</source>
        <translation>orden de la fecha (día o mes primero) cuando no se puede detectar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one chat of a whole-account export</source>
        <translation>un chat de una exportación de toda la cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show author names instead of pseudonyms</source>
        <translation>mostrar los nombres de los autores en lugar de seudónimos</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>measure a function&apos;s messages from a WhatsApp, Telegram, Signal, Instagram or Messenger chat export</source>
        <translation>medir los mensajes de una función a partir de un chat exportado de WhatsApp, Telegram, Signal, Instagram o Messenger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, Instagram or Messenger JSON from Meta&apos;s Download your information: a message_1.json, its folder or the export&apos;s zip) and print its aggregates: messages, authors, the hour-of-day profile and, with --business, customer messages per day and response times. Message text is never printed or stored; author names are shown as pseudonyms (Author-…) unless --keep-names. Pseudonyms are keyed by a secret of this installation, made once and kept in {folder}, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Lee un chat exportado (.txt o .zip de WhatsApp, JSON de Telegram Desktop, texto de Signal, JSON de Instagram o Messenger obtenido con «Descargar tu información» de Meta: un message_1.json, su carpeta o el zip de la exportación) y muestra sus totales: mensajes, autores, el perfil por hora del día y, con --business, los mensajes de clientes por día y los tiempos de respuesta. El texto de los mensajes nunca se muestra ni se guarda; los nombres de los autores se muestran como seudónimos (Author-…), salvo con --keep-names. Los seudónimos se generan con un secreto de esta instalación, creado una sola vez y guardado en {folder}, para que nadie pueda recalcularlos a partir de una lista de nombres o números de teléfono.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder</source>
        <translation>el chat exportado (.txt, .zip o .json), o una carpeta de Instagram o Messenger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the author who is the business: a name, or a pseudonym the output showed</source>
        <translation>el autor que representa al negocio: un nombre, o un seudónimo que mostró la salida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key the pseudonyms with KEY instead of this installation&apos;s secret, for output that is the same on every computer (keep KEY secret)</source>
        <translation>generar los seudónimos con KEY en lugar de la clave secreta de esta instalación, para obtener la misma salida en cualquier computadora (mantenga KEY en secreto)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>write a plan&apos;s results and recommendations to a CSV or XLSX file</source>
        <translation>guardar los resultados y las recomendaciones de un plan en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/cli/commands.py" line="-112"/>
        <location line="+62"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-28"/>
        <location filename="../../continuity_app/cli/plan_command.py" line="-89"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-2"/>
        <source>a .cplan plan file</source>
        <translation>un archivo de plan .cplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file to write, ending in .csv or .xlsx</source>
        <translation>archivo que se guardará, terminado en .csv o .xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="-57"/>
        <source>Monte Carlo years</source>
        <translation>años simulados de Monte Carlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="+3"/>
        <source>random seed</source>
        <translation>semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-58"/>
        <source>write a built-in example plan</source>
        <translation>escribir un plan de ejemplo incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (default: print the plan)</source>
        <translation>archivo que se guardará (predeterminado: mostrar el plan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example (see --list)</source>
        <translation>qué ejemplo (vea --list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the examples, one per line</source>
        <translation>listar los ejemplos, uno por línea</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what outages cost: per scenario, ALE, Monte Carlo</source>
        <translation>cuánto cuestan las caídas: por escenario, pérdida esperada por año (ALE), Monte Carlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only this scenario id</source>
        <translation>solo el escenario con este id</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>fallback channels and preparation steps, valued by the loss they prevent</source>
        <translation>canales alternativos y medidas de preparación, valorados por la pérdida que evitan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>largest yearly spend on preparation</source>
        <translation>gasto anual máximo en preparación</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the preset outage scenarios and how the history gives their numbers</source>
        <translation>los escenarios de caída predefinidos y cómo se obtienen sus cifras del historial</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a country of the business (ISO code such as BR; repeat for several): shutdowns and carrier outages are counted for it</source>
        <translation>un país del negocio (código ISO, como BR; repítalo para indicar varios): se cuentan para él los cortes ordenados por el gobierno y las caídas de los operadores</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>render every page of the window to PNG files</source>
        <translation>guardar cada página de la ventana como imagen PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write one PNG per page</source>
        <translation>carpeta donde guardar un PNG por página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface language, e.g. ar or pt_BR</source>
        <translation>idioma de la interfaz, p. ej., ar o pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example plan to show</source>
        <translation>qué plan de ejemplo mostrar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="-2"/>
        <source>write the printable continuity plan as PDF</source>
        <translation>guardar el plan de continuidad imprimible en PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se guardará</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paper size (default: the one used in the business&apos;s main country)</source>
        <translation>tamaño del papel (predeterminado: el que se usa en el país principal del negocio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the plan&apos;s own text, e.g. ar or pt_BR</source>
        <translation>idioma del texto del plan, p. ej., ar o pt_BR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits in the plan: as the language writes them (default), 0123 or ٠١٢٣</source>
        <translation>cifras del plan: como las escribe el idioma (predeterminado), 0123 o ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+18"/>
        <source>which figures the reference data has for each country, and how old</source>
        <translation>qué cifras tienen los datos de referencia para cada país, y de qué años son</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-8"/>
        <source>list, add, change and export the plan&apos;s preparation tasks</source>
        <translation>listar, agregar, cambiar y exportar las tareas de preparación del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without options: the plan&apos;s preparation tasks by due date. A task is a preparation step the business has taken on: it raises readiness today only once it is marked done. Changes are saved back to FILE.</source>
        <translation>Sin opciones: muestra las tareas de preparación del plan por fecha límite. Una tarea es una medida de preparación que el negocio decidió tomar: solo aumenta la preparación actual cuando se marca como completada (done). Los cambios se guardan en FILE.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan a recommended step, by the id `recommend FILE --json` gives it in actions[].id (repeat for several)</source>
        <translation>planificar una medida recomendada, con el id que le da `recommend FILE --json` en actions[].id (repítalo para varias)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task of your own</source>
        <translation>agregar una tarea propia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the function it prepares a fallback for</source>
        <translation>con --new: la función para la que prepara un canal alternativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the fallback channel it makes ready, e.g. sms</source>
        <translation>con --new: el canal alternativo que deja listo, p. ej., sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --new: the share of the function&apos;s contacts cut off by an outage that the channel reaches once done, in percent</source>
        <translation>con --new: el porcentaje de los contactos de la función afectados por la caída a los que llega el canal una vez completada la tarea</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>with --new: hours until they switch, once done</source>
        <translation>con --new: horas hasta que esos contactos se cambian al canal, una vez completada la tarea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change this task with the options below (repeat for several)</source>
        <translation>cambiar esta tarea con las opciones de abajo (repítalo para varias)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the task&apos;s status; done raises the channel&apos;s readiness today</source>
        <translation>el estado de la tarea; done aumenta la preparación actual del canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who does it</source>
        <translation>quién la hace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date it should be done by, or none</source>
        <translation>la fecha en la que debe estar completada, o none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what setting it up costs once, in the plan currency</source>
        <translation>lo que cuesta ponerla en marcha, una sola vez, en la moneda del plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what it costs each month, in the plan currency</source>
        <translation>lo que cuesta cada mes, en la moneda del plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes for the owner</source>
        <translation>notas para el responsable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove this task (repeat for several)</source>
        <translation>quitar esta tarea (repítalo para varias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the tasks as a CSV table</source>
        <translation>guardar las tareas como tabla CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the open tasks as calendar entries (.ics), one on each due date</source>
        <translation>guardar las tareas pendientes como eventos de calendario (.ics), cada uno en su fecha límite</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-11"/>
        <source>a tabletop exercise&apos;s run sheet, or the after-action report of a log</source>
        <translation>el guion de un simulacro de escritorio, o el informe de evaluación de un registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --log: the exercise hour by hour, with the checklist the plan gives for its outage. With --log: the after-action report of that outage or exercise log (timings against the plan, what was missing, follow-up tasks); -o writes it as PDF and --record adds the follow-up tasks and the exercise to FILE.</source>
        <translation>Sin --log: el simulacro hora por hora, con la lista de verificación que el plan indica para la caída simulada. Con --log: el informe de evaluación de ese registro de caída o de simulacro (tiempos frente al plan, qué faltó, tareas de seguimiento); -o lo guarda como PDF y --record agrega a FILE las tareas de seguimiento y el registro del simulacro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a shipped exercise script (e.g. meta-wide-2021) or a script file</source>
        <translation>un guion de simulacro incluido en la aplicación (por ejemplo, meta-wide-2021) o un archivo de guion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a log saved by outage mode or an exercise</source>
        <translation>un registro guardado por el modo de caída o por un simulacro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the after-action report as PDF</source>
        <translation>guardar el informe de evaluación como PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the PDF, e.g. ar or pt_BR</source>
        <translation>idioma del PDF, por ejemplo ar o pt_BR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the follow-up tasks and the exercise record to FILE (written once, at the end)</source>
        <translation>agregar a FILE las tareas de seguimiento y el registro del simulacro (el archivo se guarda una sola vez)</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+52"/>
        <source>Laying out the printed plan…</source>
        <translation>Preparando las páginas del plan impreso…</translation>
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
        <translation>{business} ({currency}); el negocio puede soportar una pérdida de hasta {amount} por caída.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage scenarios. While open: an outage of typical length that strikes while the business is open (the figure to plan for). Average: over every hour of the week and every length the history gives (the yearly figure is built from this average).</source>
        <translation>Escenarios de caída. Con el negocio abierto: una caída de duración típica que ocurre mientras el negocio está abierto (la cifra para planificar). Promedio: sobre todas las horas de la semana y todas las duraciones que da el historial (la cifra anual se calcula a partir de este promedio).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst start</source>
        <translation>Peor inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the reference scenario ({scenario}):</source>
        <translation>En el escenario de referencia ({scenario}):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} breached for {duration}</source>
        <translation>{share} no se cumple durante {duration}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} met after {duration}</source>
        <translation>{share} se cumple después de {duration}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+279"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>MBCO</source>
        <translation>MBCO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+48"/>
        <source>While open</source>
        <translation>Con el negocio abierto</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location line="+15"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut off</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maximum tolerable period of disruption (MTPD): {duration}: after that an outage that strikes while the business is open costs more than {amount}.</source>
        <translation>Duración máxima tolerable de una caída (MTPD): {duration}: después, una caída que ocurre con el negocio abierto cuesta más de {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum tolerable period of disruption (MTPD): an outage that strikes while the business is open stays under {amount} for a whole week.</source>
        <translation>Duración máxima tolerable de una caída (MTPD): una caída que ocurre con el negocio abierto se mantiene por debajo de {amount} durante una semana entera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annualised loss expectancy (ALE): {amount} per year.</source>
        <translation>Pérdida esperada por año (ALE): {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monte Carlo, {trials} simulated years (seed {seed}):</source>
        <translation>Simulación de Monte Carlo, {trials} años simulados (semilla {seed}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One outage</source>
        <translation>Una caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of {total}</source>
        <translation>ninguna de {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected yearly loss (ALE)</source>
        <translation>Pérdida esperada por año (ALE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad year (P90)</source>
        <translation>Un año malo (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage (MTPD)</source>
        <translation>Caída más larga soportable (MTPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing their minimum service</source>
        <translation>Funciones sin su servicio mínimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation tasks count only once they are done. Today, and with every open task done (on the same simulated years):</source>
        <translation>Las tareas de preparación solo cuentan cuando están completadas. Hoy, y con todas las tareas pendientes completadas (en los mismos años simulados):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Con %n tarea pendiente completada</numerusform>
            <numerusform>Con las %n tareas pendientes completadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{business}: expected yearly loss today {amount} (a bad year, P90: {p90}).</source>
        <translation>{business}: hoy la pérdida esperada por año es de {amount} (un año malo, P90: {p90}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best fallback channels per function:</source>
        <translation>Mejores canales alternativos por función:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}:</source>
        <translation>{function}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}. {name} ({score}): {reasons}</source>
        <translation>{rank}. {name} ({score}): {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation steps, most net value first:</source>
        <translation>Medidas de preparación, de mayor a menor valor neto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves/year</source>
        <translation>Ahorro/año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 cut</source>
        <translation>Reducción P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost/year</source>
        <translation>Costo/año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback (months)</source>
        <translation>Recuperación (meses)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not worth it now:</source>
        <translation>No conviene por ahora:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({function}): {why}</source>
        <translation>{step} ({function}): {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended portfolio (budget {amount} a year):</source>
        <translation>Paquete recomendado (presupuesto de {amount} al año):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended portfolio:</source>
        <translation>Paquete recomendado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No step saves more than it costs within the budget.</source>
        <translation>Ninguna medida dentro del presupuesto ahorra más de lo que cuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step saves more than it costs.</source>
        <translation>Ninguna medida ahorra más de lo que cuesta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} ({function}): saves {saving} a year on top of the steps above, costs {cost}</source>
        <translation>{step} ({function}): ahorra {saving} al año además de las medidas anteriores; cuesta {cost}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} a year.</source>
        <translation>Pérdida esperada por año con estas medidas: {amount} (año P90: {p90}), por {cost} al año.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids are in `continuity-app recommend FILE --json`, actions[].id), or add your own with --new.</source>
        <translation>Todavía no hay tareas de preparación. Planifique una medida recomendada con --add STEP_ID (los id están en `continuity-app recommend FILE --json`, actions[].id) o agregue la suya con --new.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{once} + {monthly} a month</source>
        <translation>{once} + {monthly} al mes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
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
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready when done</source>
        <translation>Preparación al completarse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan is past its review date ({date}): review it.</source>
        <translation>Ya pasó la fecha de revisión del plan ({date}): revíselo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review of the plan: {date}.</source>
        <translation>Próxima revisión del plan: {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) past their due date.</source>
        <translation>
            <numerusform>%n tarea pendiente vencida.</numerusform>
            <numerusform>%n tareas pendientes vencidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task is past its due date.</source>
        <translation>Ninguna tarea está vencida.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-71"/>
        <source>{code} is not a country this application knows; use an ISO code: {known}</source>
        <translation>{code} no es un país que esta aplicación conozca; use un código ISO: {known}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>failed layers: {layers}</source>
        <translation>capas que fallan: {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{frequency} per year, typical {duration} (log-normal spread {sigma})</source>
        <translation>{frequency} por año, duración típica {duration} (dispersión log-normal {sigma})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how: {explanation}</source>
        <translation>cálculo: {explanation}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+192"/>
        <source>{step} is already planned as {task} ({status}); nothing changed. To change it: --update {task}</source>
        <translation>La medida {step} ya está planificada como {task} ({status}); no se cambió nada. Para cambiarla: --update {task}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned {task}: {title} ({function}, {channel})</source>
        <translation>Tarea planificada {task}: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added {task}: {title} ({function}, {channel})</source>
        <translation>Tarea agregada {task}: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{task}: owner {owner}</source>
        <translation>{task}: el responsable ahora es {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: owner cleared</source>
        <translation>{task}: se quitó el responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due {date}</source>
        <translation>{task}: la fecha límite ahora es {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due date cleared</source>
        <translation>{task}: se quitó la fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: one-off cost {amount}</source>
        <translation>{task}: el costo único ahora es {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: monthly cost {amount}</source>
        <translation>{task}: el costo mensual ahora es {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: notes changed</source>
        <translation>{task}: se cambiaron las notas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{task} is already {status}; nothing changed</source>
        <translation>{task} ya tiene el estado {status}; no se cambió nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{task}: done on {date}</source>
        <translation>{task}: completada el {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: status {status}</source>
        <translation>{task}: el estado ahora es {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness today of {channel} for {function}: {before} → {after}</source>
        <translation>Preparación actual de {channel} para {function}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {task}: {title}</source>
        <translation>Tarea quitada {task}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readiness it gave when it was done stays: the work was done.</source>
        <translation>La preparación que aportó al completarse se mantiene: el trabajo ya se hizo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/cli/exercise_command.py" line="+56"/>
        <source>Recorded in {file}: the exercise, the review date and %n task(s).</source>
        <translation>
            <numerusform>Se registró en {file}: el simulacro, la fecha de revisión y %n tarea de seguimiento.</numerusform>
            <numerusform>Se registró en {file}: el simulacro, la fecha de revisión y %n tareas de seguimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded in {file}: the outage, the review date and %n task(s).</source>
        <translation>
            <numerusform>Se registró en {file}: la caída, la fecha de revisión y %n tarea de seguimiento.</numerusform>
            <numerusform>Se registró en {file}: la caída, la fecha de revisión y %n tareas de seguimiento.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage: {scenario}, {hours}.</source>
        <translation>Caída: {scenario}, {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the outage:</source>
        <translation>Confirme la caída:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, in this order:</source>
        <translation>Llame, en este orden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>Cambie a los canales alternativos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Envíe:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After-action review: {scenario}, {length} logged.</source>
        <translation>Evaluación: {scenario}; registro de {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan:</source>
        <translation>Tiempos frente al plan:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Missing (%n):</source>
        <translation>
            <numerusform>Lo que faltó (%n):</numerusform>
            <numerusform>Lo que faltó (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Follow-up tasks (%n):</source>
        <translation>
            <numerusform>Tareas de seguimiento (%n):</numerusform>
            <numerusform>Tareas de seguimiento (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <location filename="../../continuity_app/gui/outage/clock.py" line="+70"/>
        <source>Exercise clock:</source>
        <translation>Reloj del simulacro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start:</source>
        <translation>Desde el inicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on by a quarter of an hour.</source>
        <translation>Adelantar el reloj del simulacro un cuarto de hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hour</source>
        <translation>Hora siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on to the next whole hour.</source>
        <translation>Adelantar el reloj del simulacro hasta la próxima hora en punto.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+11"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App figures</source>
        <translation>Apps con cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked apps</source>
        <translation>Apps bloqueadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Countries: {count}</source>
        <translation>Países: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}: known for {count} of {total} countries</source>
        <translation>{figure}: dato disponible para {count} de {total} países</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: a usage figure for {count} of {total} countries</source>
        <translation>{app}: cifra de uso para {count} de {total} países</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../continuity_app/display.py" line="+117"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>ningún servidor X responde en DISPLAY={display}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Wayland compositor answers at WAYLAND_DISPLAY={name}</source>
        <translation>ningún compositor Wayland responde en WAYLAND_DISPLAY={name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>No hay ninguna pantalla en la que abrir la ventana (no está definida ni DISPLAY ni WAYLAND_DISPLAY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on: {reasons}. The desktop session may have ended, or DISPLAY is left over from another session (after ssh -X, reconnect).</source>
        <translation>No hay ninguna pantalla en la que abrir la ventana: {reasons}. Puede que la sesión de escritorio haya terminado o que DISPLAY haya quedado de otra sesión (si usó ssh -X, vuelva a conectarse).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no display this installation can open the window on: it draws through X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server (XWayland) at DISPLAY={display}.</source>
        <translation>No hay ninguna pantalla en la que esta instalación pueda abrir la ventana: dibuja a través de X11, y el escritorio Wayland de WAYLAND_DISPLAY={name} no ofrece ningún servidor X (XWayland) en DISPLAY={display}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the application from a desktop session, or use the command-line sub-commands (continuity-app --help); for a window without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Ejecute la aplicación desde una sesión de escritorio o use los subcomandos de la línea de comandos (continuity-app --help); para una ventana sin pantalla, defina QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+198"/>
        <source>the history of WhatsApp and Meta outages kept in this app, from status pages and news reports (listed under Outage history)</source>
        <translation>el historial de caídas de WhatsApp y de Meta que guarda esta aplicación, tomado de páginas de estado y noticias (en la lista Historial de caídas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yearly counts of phone network outages published by telecom regulators for your countries, with the lengths of past carrier outages from the outage history</source>
        <translation>los recuentos anuales de caídas de la red telefónica que publican los reguladores de telecomunicaciones de sus países, con la duración de caídas pasadas de operadores tomada del historial de caídas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access Now&apos;s record of government internet shutdowns and app blocks, 2016 to 2022, for your countries</source>
        <translation>el registro de Access Now de cortes de internet y bloqueos de aplicaciones ordenados por gobiernos, de 2016 a 2022, para sus países</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reference data in this app</source>
        <translation>los datos de referencia de esta aplicación</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../continuity_app/gui/due_notice.py" line="+50"/>
        <source>Show the action plan</source>
        <translation>Mostrar el plan de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n preparation task(s) overdue: {tasks}.</source>
        <translation>
            <numerusform>%n tarea de preparación vencida: {tasks}.</numerusform>
            <numerusform>%n tareas de preparación vencidas: {tasks}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{task} (due {date})</source>
        <translation>{task} (fecha límite: {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan was due for review on {date}: go through it with the people who act in it.</source>
        <translation>La revisión del plan estaba prevista para el {date}: repáselo con las personas que participan en él.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../continuity_app/core/wording/notes.py" line="+23"/>
        <source>No price per message is known for {channel} ({function}); counted as free. Enter one in the fallback to include it.</source>
        <translation>No se conoce el precio por mensaje de {channel} ({function}); se cuenta como gratuito. Indíquelo en el canal alternativo para incluirlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages per interaction default to {count} where not given.</source>
        <translation>Donde no se indican, los mensajes por interacción son {count} por defecto.</translation>
    </message>
</context>
<context>
    <name>FallbacksModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+154"/>
        <source>Runs on Meta&apos;s infrastructure like WhatsApp: it fails with WhatsApp in a Meta outage and does not count as an independent fallback.</source>
        <translation>Funciona sobre la infraestructura de Meta, como WhatsApp: falla junto con WhatsApp en una caída de Meta y no cuenta como canal alternativo independiente.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+15"/>
        <source>{ready} (%)</source>
        <translation>{ready} (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{delay} (hours)</source>
        <translation>{delay} (horas)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+13"/>
        <source>{channel} is not a fallback for {function} yet: type the share of its customers you could reach there today in the Ready today view.</source>
        <translation>{channel} todavía no es un canal alternativo para {function}: escriba en la vista «Contactables hoy (%)» el porcentaje de sus clientes al que hoy podría llegar por ahí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You could reach {share} of the customers of {function} on {channel} today.</source>
        <translation>Hoy podría llegar por {channel} al {share} de los clientes de {function}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers of {function} start using {channel} {delay} after an outage begins: time to notice it, decide, and tell them where to go. Before then this channel serves none of them.</source>
        <translation>Los clientes de {function} empiezan a usar {channel} {delay} después de que empieza una caída: el tiempo de darse cuenta, decidir y avisarles a dónde ir. Antes de eso, este canal no atiende a ninguno de ellos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Together its {count} channels reach {combined} of them, not the {sum} their shares add up to: some customers are on more than one channel.</source>
        <translation>Juntos, sus {count} canales llegan al {combined} de ellos, no al {sum} que suman sus porcentajes: algunos clientes están en más de un canal.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>type a share from 0 to 100, or low – likely – high; empty removes the fallback.</source>
        <translation>escriba un porcentaje de 0 a 100, o mínimo – probable – máximo; si lo deja vacío, se quita el canal alternativo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type the hours until customers switch, from 0 to 168 (a week).</source>
        <translation>escriba las horas que tardan los clientes en cambiarse, de 0 a 168 (una semana).</translation>
    </message>
</context>
<context>
    <name>FallbacksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/fallbacks_page.py" line="+79"/>
        <source>Fallbacks</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no fallback outside Meta.</source>
        <translation>%1 no tiene ningún canal alternativo fuera de Meta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what its value means.</source>
        <translation>{ready}: {ready_meaning} {delay}: {delay_meaning} Pase el puntero sobre una celda para ver qué significa su valor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tinted columns run on Meta&apos;s infrastructure like WhatsApp: they fail together with it in a Meta outage. Empty a cell (or type 0) to remove a fallback.</source>
        <translation>Las columnas sombreadas funcionan sobre la infraestructura de Meta, como WhatsApp: fallan junto con él en una caída de Meta. Vacíe una celda (o escriba 0) para quitar un canal alternativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness matrix: functions by channels</source>
        <translation>Matriz de preparación: funciones por canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show readiness</source>
        <translation>Mostrar la preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activation delays</source>
        <translation>Mostrar los tiempos de activación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, then say here where else you could reach them.</source>
        <translation>Todavía no hay actividades: agregue en la página Funciones lo que sus clientes hacen por WhatsApp y luego indique aquí por dónde más podría contactarlos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fallbacks yet: type in a cell the share of that activity&apos;s customers you could reach on that channel today (for example 40).</source>
        <translation>Todavía no hay canales alternativos: escriba en una celda el porcentaje de los clientes de esa actividad al que hoy podría llegar por ese canal (por ejemplo, 40).</translation>
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
        <translation>más de una semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>otros canales {share}</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+11"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure.</source>
        <translation>Escriba un número, o mínimo – probable – máximo (p. ej., 40 – 60 – 90) si no está seguro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this part of the business does on WhatsApp.</source>
        <translation>Qué hace esta parte del negocio por WhatsApp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which channel features it needs.</source>
        <translation>Determina qué funciones del canal necesita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interactions / open day</source>
        <translation>Interacciones / día de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations, orders or requests on a day the business is open, on all channels.</source>
        <translation>Conversaciones, pedidos o solicitudes en un día en que el negocio está abierto, en todos los canales.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>On WhatsApp (%)</source>
        <translation>Por WhatsApp (%)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Revenue / interaction</source>
        <translation>Ingresos / interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money at stake in one interaction, in the plan currency.</source>
        <translation>Dinero en juego en una interacción, en la moneda del plan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patience (h)</source>
        <translation>Paciencia (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a blocked customer keeps waiting before giving up.</source>
        <translation>Horas que un cliente sin respuesta sigue esperando antes de desistir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Come back (%)</source>
        <translation>Vuelven (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those who gave up who come back later.</source>
        <translation>Porcentaje de los que desistieron que vuelven más tarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost for good (%)</source>
        <translation>Perdidos definitivamente (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the lost ones who never come back (costs their lifetime value).</source>
        <translation>Porcentaje de los perdidos que nunca vuelven (cuesta su valor de vida como cliente).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot wait (%)</source>
        <translation>No puede esperar (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of these interactions whose moment passes if they are not served soon (today&apos;s lunch, a same-day delivery): customers who gave up on them never come back for them. Empty: the default for this kind of function and sector, shown in grey.</source>
        <translation>Porcentaje de estas interacciones cuyo momento pasa si no se atienden pronto (el almuerzo de hoy, una entrega en el mismo día): los clientes que desistieron nunca vuelven por ellas. Vacío: el valor predeterminado para este tipo de función y sector, que se muestra en gris.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backlog cost</source>
        <translation>Costo del trabajo acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of handling one delayed interaction after the outage, in the plan currency.</source>
        <translation>Costo de atender una interacción retrasada después de la caída, en la moneda del plan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages / interaction</source>
        <translation>Mensajes / interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent on a fallback per interaction; empty uses the default (3).</source>
        <translation>Mensajes enviados por un canal alternativo por cada interacción; si se deja vacío, se usa el valor predeterminado (3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff affected</source>
        <translation>Personal afectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: how many staff coordinate through WhatsApp.</source>
        <translation>Para coordinación: cuántas personas del personal se coordinan por WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Productivity loss (%)</source>
        <translation>Pérdida de productividad (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: share of their work lost while WhatsApp is down.</source>
        <translation>Para coordinación: porcentaje de su trabajo que se pierde mientras WhatsApp no funciona.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the WhatsApp Business API (%)</source>
        <translation>Por la API de WhatsApp Business (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Instagram (%)</source>
        <translation>Por Instagram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Messenger (%)</source>
        <translation>Por Messenger (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Facebook page or shop (%)</source>
        <translation>En una página o tienda de Facebook (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Telegram (%)</source>
        <translation>Por Telegram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Signal (%)</source>
        <translation>Por Signal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Viber (%)</source>
        <translation>Por Viber (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On LINE (%)</source>
        <translation>Por LINE (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By SMS (%)</source>
        <translation>Por SMS (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone call (%)</source>
        <translation>Por llamada telefónica (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email (%)</source>
        <translation>Por correo electrónico (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web shop or marketplace (%)</source>
        <translation>En una tienda en línea o marketplace (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (%)</source>
        <translation>En persona (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of those interactions that run through this channel. What the listed channels do not carry runs on channels that none of the plan&apos;s outages reaches.</source>
        <translation>Porcentaje de esas interacciones que pasan por este canal; lo que no cubre ningún canal de la lista pasa por canales que ninguna caída del plan afecta.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/functions_model.py" line="+198"/>
        <source>type a whole number.</source>
        <translation>escriba un número entero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a kind from the list.</source>
        <translation>elija un tipo de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the function a name.</source>
        <translation>póngale un nombre a la función.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for a coordination activity, say how many staff coordinate on WhatsApp and how much of their work is lost without it.</source>
        <translation>para una actividad de coordinación, indique cuántas personas del personal se coordinan por WhatsApp y qué parte de su trabajo se pierde sin él.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination function&apos;s loss is the work its staff cannot do.</source>
        <translation>{kind}: primero complete «{staff}» y «{loss}» para {name}: la pérdida de una función de coordinación es el trabajo que su personal no puede hacer.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/functions_page.py" line="+122"/>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the functions that run on WhatsApp.</source>
        <translation>Agregue las funciones que dependen de WhatsApp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no revenue per interaction.</source>
        <translation>%1 no tiene ingresos por interacción.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per part of the business that runs on WhatsApp or other apps. Double-click a cell to edit it; hover over a column title for what it means. Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the selected row&apos;s channels: its share on each app.</source>
        <translation>Una fila por cada parte del negocio que funciona por WhatsApp u otras apps. Haga doble clic en una celda para editarla; pase el puntero sobre el título de una columna para ver qué significa. Si no está seguro, escriba mínimo – probable – máximo, p. ej., 40 – 60 – 90. Abajo, los canales de la fila seleccionada: su porcentaje en cada app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add function</source>
        <translation>&amp;Agregar función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove function</source>
        <translation>&amp;Quitar función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions table</source>
        <translation>Tabla de funciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add function</source>
        <translation>Agregar función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected function</source>
        <translation>Quitar la función seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import chat…</source>
        <translation>&amp;Importar chat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the selected function from a chat export</source>
        <translation>Medir la función seleccionada a partir de un chat exportado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activities yet: add what your customers do on WhatsApp (orders, questions, bookings) with Add function.</source>
        <translation>Todavía no hay actividades: agregue lo que sus clientes hacen por WhatsApp (pedidos, preguntas, reservas) con Agregar función.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>When %1 arrives over a day (from %2)</source>
        <translation>A qué horas del día llega %1 (según %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an imported chat</source>
        <translation>un chat importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the opening hours</source>
        <translation>el horario de atención</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hourly profile of the selected function</source>
        <translation>Perfil por hora de la función seleccionada</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../continuity_app/core/incident/after_action.py" line="+145"/>
        <source>Rehearse the switch of {function} to {channel}: it was not made in the exercise of {date}.</source>
        <translation>Ensaye el cambio de {function} a {channel}: no se hizo en el simulacro del {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the switch of {function} to {channel}: it was not made in the outage of {date}.</source>
        <translation>Practique el cambio de {function} a {channel}: no se hizo en la caída del {date}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/checklist.py" line="+62"/>
        <source>Tell customers, staff and suppliers that WhatsApp works again, on the channels you used during the outage.</source>
        <translation>Avise a los clientes, al personal y a los proveedores que WhatsApp volvió a funcionar, por los canales que usó durante la caída.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the messages that arrived late or waited, oldest first, and ask whoever gave up whether they still need you.</source>
        <translation>Responda los mensajes que llegaron tarde o quedaron en espera, empezando por los más antiguos, y pregunte a quienes se dieron por vencidos si todavía necesitan algo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{function}: enter the orders and payments taken on other channels in the usual records, and check each payment against the bank.</source>
        <translation>{function}: pase a los registros de siempre los pedidos y pagos recibidos por otros canales, y verifique cada pago en el estado de cuenta del banco.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what worked and what did not, while it is fresh: the after-action report takes it from the log.</source>
        <translation>Anote qué funcionó y qué no mientras lo tiene fresco: el informe de evaluación lo toma del registro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WhatsApp fails for more than one person, on more than one network, and Meta&apos;s status page or the news confirms it.</source>
        <translation>WhatsApp falla para más de una persona, en más de una red, y la página de estado de Meta o las noticias lo confirman.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{person} ({role}) leads: {duties}</source>
        <translation>{person} ({role}) dirige: {duties}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {person} ({role}) on {phone}.</source>
        <translation>Llame a {person} ({role}) al {phone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {person} ({role}).</source>
        <translation>Llame a {person} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: call {alternate}.</source>
        <translation>Si no contesta: llame a {alternate}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their part: {duties}</source>
        <translation>Su parte: {duties}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{function}: switch to {channel}; the plan expects it to reach {share} of those cut off within {delay}.</source>
        <translation>{function}: cambie a {channel}; según el plan, este canal debería llegar al {share} de quienes quedaron sin contacto en un plazo de {delay}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers</source>
        <translation>sus clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>su personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppliers</source>
        <translation>sus proveedores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the message to {audience} on {channel}.</source>
        <translation>Envíe el mensaje a {audience} por {channel}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message to {audience} on {channel} (language: {language}).</source>
        <translation>Envíe el mensaje a {audience} por {channel} (idioma: {language}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/record.py" line="+59"/>
        <source>{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z</source>
        <translation>{value} no tiene zona horaria; escríbalo en UTC, por ejemplo 2021-10-04T15:39Z</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/script.py" line="+63"/>
        <source>the exercise plays {scenario}, which is no outage this application knows</source>
        <translation>el simulacro usa {scenario}, que no es ninguna caída que esta aplicación conozca</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the log is of the outage {scenario}, which this plan no longer has; its outages are {known}</source>
        <translation>el registro es del escenario de caída {scenario}, que este plan ya no tiene; sus escenarios son: {known}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/wording.py" line="+25"/>
        <source>The outage was declared: the plan is active.</source>
        <translation>Se declaró la caída: el plan está activo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {item}</source>
        <translation>Hecho: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back, not done after all: {item}</source>
        <translation>Desmarcado, al final no se hizo: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {item}</source>
        <translation>Enviado: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {text}</source>
        <translation>Decisión: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise event: {text}</source>
        <translation>Evento del simulacro: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stood down: the service is back; return to normal begins.</source>
        <translation>Caída dada por terminada: el servicio volvió; empieza la vuelta a la normalidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: return to normal is done.</source>
        <translation>Cerrado: se completó la vuelta a la normalidad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declare the outage</source>
        <translation>Declarar la caída</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach customers</source>
        <translation>Avisar a los clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach staff</source>
        <translation>Avisar al personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach suppliers</source>
        <translation>Avisar a los proveedores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum service of {function}</source>
        <translation>Servicio mínimo de {function}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set in the plan</source>
        <translation>no definido en el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {duration}</source>
        <translation>en un plazo de {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not done</source>
        <translation>no se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {duration}</source>
        <translation>después de {duration}</translation>
    </message>
</context>
<context>
    <name>IncidentFile</name>
    <message>
        <location filename="../../continuity_app/io/incident_files.py" line="+60"/>
        <source>{name} is not an exercise script; use one of {known}, or the path of a script file</source>
        <translation>{name} no es un guion de simulacro; use uno de estos: {known}, o la ruta de un archivo de guion</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a file; choose a .json file</source>
        <translation>esto no es un archivo; elija un archivo .json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is {size} bytes, more than any log or script; is it one?</source>
        <translation>el archivo tiene {size} bytes, más que cualquier registro o guion; ¿de verdad es uno de ellos?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON ({where})</source>
        <translation>el archivo no es un JSON válido ({where})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/core/labels.py" line="+14"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Pedidos y ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Coordinación del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Coordinación con proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Difusiones de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost revenue</source>
        <translation>Ingresos perdidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost for good</source>
        <translation>Clientes perdidos definitivamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog handling</source>
        <translation>Atención del trabajo acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback messaging</source>
        <translation>Mensajes por canales alternativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff productivity</source>
        <translation>Productividad del personal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People with a mobile phone</source>
        <translation>Personas con teléfono celular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar estadounidense</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Internet users</source>
        <translation>Usuarios de internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone owners</source>
        <translation>Personas con smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPhone share</source>
        <translation>Porcentaje de iPhone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sub-Saharan Africa</source>
        <translation>África subsahariana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East and North Africa</source>
        <translation>Medio Oriente y Norte de África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Asia</source>
        <translation>Asia del Sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia and the Caucasus</source>
        <translation>Asia Central y el Cáucaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Asia</source>
        <translation>Asia del Este</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southeast Asia</source>
        <translation>Sudeste Asiático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>América del Norte</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/log_view.py" line="+33"/>
        <location line="+3"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type a decision and press Enter</source>
        <translation>Escriba una decisión y presione Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/main_window.py" line="+197"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Volver a lo guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import functions from spreadsheet…</source>
        <translation>&amp;Importar funciones desde hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Continuity Planner</source>
        <translation>&amp;Acerca de Continuity Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing the results</source>
        <translation>Dejar de calcular los resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Still to do:</source>
        <translation>Falta por hacer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missing here.</source>
        <translation>Aquí no falta nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuity Planner</source>
        <translation>Continuity Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — Continuity Planner</source>
        <translation>%1[*] — %2 — Continuity Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The results shown are for the plan before your latest changes; they are computed again at your next change.</source>
        <translation>Los resultados que se muestran corresponden al plan antes de sus últimos cambios; se volverán a calcular con su próximo cambio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results could not be computed: %1</source>
        <translation>No se pudieron calcular los resultados: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe.</source>
        <translation>No se puede hacer una copia de seguridad de los cambios sin guardar en %1: %2. Guarde el plan para no perderlos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>El plan tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Continuity plans (*%1)</source>
        <translation>Planes de continuidad (*%1)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be opened as a plan. Your current plan is unchanged.</source>
        <translation>Este archivo no se puede abrir como plan. Su plan actual no ha cambiado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save plan as</source>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan could not be saved to %1: %2. Nothing was lost; choose another folder with Save As.</source>
        <translation>No se pudo guardar el plan en %1: %2. No se perdió nada; elija otra carpeta con Guardar como.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to saved</source>
        <translation>Volver a lo guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every change since the plan was last saved?</source>
        <translation>¿Descartar todos los cambios desde la última vez que se guardó el plan?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Continuity Planner</source>
        <translation>Acerca de Continuity Planner</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../continuity_app/gui/outage/message_box.py" line="+39"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message to paste it into the app you send it with.</source>
        <translation>Copie el mensaje para pegarlo en la aplicación con la que lo envía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As SMS: %1 characters in %2 SMS.</source>
        <translation>Como SMS: %1 caracteres en %2 SMS.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR codes cannot be shown: the segno package is missing from this installation.</source>
        <translation>Para mostrar códigos QR hay que instalar el paquete segno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan to open %1.</source>
        <translation>Escanee para abrir %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../continuity_app/core/message_templates.py" line="+44"/>
        <source>{business}: WhatsApp is not working right now, but we are open. Message us on {channel} and we will answer as usual. Orders and payments continue there, and we will confirm each one. Thank you for your patience.</source>
        <translation>{business}: WhatsApp no está funcionando en este momento, pero seguimos atendiendo. Escríbanos por {channel} y le responderemos como siempre. Por ahí puede seguir haciendo sus pedidos y pagos, y le confirmaremos cada uno. ¡Gracias por su paciencia!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we work on {channel}: take orders there, write each one in the order log, and check {channel} at least every 30 minutes.</source>
        <translation>Activamos el plan de continuidad: WhatsApp no funciona. Hasta que el responsable de la caída avise que volvió, trabajamos por {channel}: tomen los pedidos por ahí, anoten cada uno en el libro de pedidos y revisen {channel} al menos cada 30 minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{business}: WhatsApp is down on our side. Please send orders, invoices and delivery updates on {channel} until we tell you it works again. Payments continue as agreed.</source>
        <translation>{business}: WhatsApp no nos está funcionando. Por favor, envíennos pedidos, facturas y avisos de entrega por {channel} hasta que les confirmemos que volvió a funcionar. Los pagos siguen como lo acordamos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{business}: WhatsApp is down but we are open. Reply by SMS or call us to order or ask; we confirm by SMS.</source>
        <translation>{business}: WhatsApp no funciona, pero seguimos abiertos. Para pedidos o consultas, responda por SMS o llame; confirmamos por SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we phone and text each other. Log every order.</source>
        <translation>Activamos el plan de continuidad: WhatsApp no funciona. Hasta que el responsable avise que ya funciona, usamos llamadas y SMS. Anoten cada pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{business}: WhatsApp is down. Please call or text us about orders and deliveries until we say it is back.</source>
        <translation>{business}: WhatsApp no funciona. Por favor, llamen o manden SMS para pedidos y entregas hasta que les digamos que ya funciona.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+105"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS segments</source>
        <translation>Partes de SMS</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="+268"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../continuity_app/gui/new_task_dialog.py" line="+41"/>
        <source>New preparation task</source>
        <translation>Nueva tarea de preparación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: print the shop&apos;s SMS number on every receipt</source>
        <translation>Por ejemplo: imprimir el número de SMS de la tienda en cada recibo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Say what has to be done, in a few words.</source>
        <translation>Indique en pocas palabras qué hay que hacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no activity yet: add one on the Functions page first.</source>
        <translation>El plan todavía no tiene ninguna función: primero agregue una en la página Funciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what share of the activity&apos;s customers the channel will reach once the task is done (more than 0%).</source>
        <translation>Indique qué parte de los clientes de la actividad alcanzará el canal una vez completada la tarea (más de 0%).</translation>
    </message>
</context>
<context>
    <name>OutageActions</name>
    <message>
        <location filename="../../continuity_app/gui/outage/actions.py" line="+43"/>
        <source>O&amp;utage</source>
        <translation>&amp;Caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp no funciona: iniciar el modo de contingencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Realizar un simulacro de escritorio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an outage log…</source>
        <translation>Retomar el registro de una caída…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise scripts cannot be read.</source>
        <translation>No se pueden leer los guiones de los simulacros.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exercise cannot be run.</source>
        <translation>Este simulacro no se puede realizar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume an outage log</source>
        <translation>Retomar el registro de una caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage logs (*%1)</source>
        <translation>Registros de caída (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened as an outage log.</source>
        <translation>%1 no se puede abrir como registro de caída.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outage mode</source>
        <translation>Modo de contingencia</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../continuity_app/gui/outage/window.py" line="+114"/>
        <source>Tabletop exercise: %1</source>
        <translation>Simulacro de escritorio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage mode: %1</source>
        <translation>Modo de contingencia: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare the outage</source>
        <translation>Declarar la caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the criteria are confirmed: the plan is active from now.</source>
        <translation>Una vez confirmados los criterios de activación: el plan queda activo desde ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand down</source>
        <translation>Declarar el fin de la caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is back: the return-to-normal checklist follows.</source>
        <translation>El servicio volvió: a continuación, la lista de pasos para volver a la normalidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and review</source>
        <translation>Cerrar y analizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the outage and see the after-action review; the log is kept.</source>
        <translation>Terminar la caída y ver el análisis de lo ocurrido; el registro se conserva.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event: %1
%2</source>
        <translation>Evento: %1
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every change is saved at once to %1.</source>
        <translation>Cada cambio se guarda de inmediato en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be saved to %1: %2. You can go on working in this window; free some space or fix the folder, and the next change saves the whole log.</source>
        <translation>No se pudo guardar el registro en %1: %2. El seguimiento de la caída continúa en esta ventana; libere espacio o corrija la carpeta, y el próximo cambio guardará todo el registro.</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+25"/>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="+26"/>
        <source>Change country mix</source>
        <translation>Cambiar la distribución por país</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="-8"/>
        <source>Change business name</source>
        <translation>Cambiar el nombre del negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sector</source>
        <translation>Cambiar el sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change currency</source>
        <translation>Cambiar la moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exchange rate</source>
        <translation>Cambiar el tipo de cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff</source>
        <translation>Cambiar el personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff cost</source>
        <translation>Cambiar el costo del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change gross margin</source>
        <translation>Cambiar el margen bruto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer lifetime value</source>
        <translation>Cambiar el valor de vida del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change opening hours</source>
        <translation>Cambiar el horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the largest loss you can bear</source>
        <translation>Cambiar la pérdida máxima que puede soportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change minimum service</source>
        <translation>Cambiar el servicio mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change loss basis</source>
        <translation>Cambiar la base de las pérdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the outage to plan for</source>
        <translation>Cambiar la caída para planificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulated years</source>
        <translation>Cambiar los años simulados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulation number</source>
        <translation>Cambiar el número de simulación</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/details.py" line="+29"/>
        <source>Change plan owner</source>
        <translation>Cambiar el responsable del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change approver</source>
        <translation>Cambiar quién aprueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan version</source>
        <translation>Cambiar la versión del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan summary</source>
        <translation>Cambiar el resumen del plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe when to declare an outage</source>
        <translation>Describa cuándo declarar una caída</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add activation criterion</source>
        <translation>Agregar criterio de activación</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit activation criterion</source>
        <translation>Editar criterio de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activation criterion</source>
        <translation>Quitar criterio de activación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add role</source>
        <translation>Agregar rol</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove role {name}</source>
        <translation>Quitar el rol {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change whom {name} calls</source>
        <translation>Cambiar a quién llama {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role {name}</source>
        <translation>Cambiar el rol {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add message</source>
        <translation>Agregar mensaje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove message</source>
        <translation>Quitar mensaje</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested text</source>
        <translation>Usar el texto sugerido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change message audience</source>
        <translation>Cambiar los destinatarios del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message channel</source>
        <translation>Cambiar el canal del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message language</source>
        <translation>Cambiar el idioma del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit message text</source>
        <translation>Editar el texto del mensaje</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/fallbacks.py" line="+43"/>
        <source>Change readiness of {channel}</source>
        <translation>Cambiar la preparación de {channel}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change activation delay of {channel}</source>
        <translation>Cambiar el tiempo de activación de {channel}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the country figures for {channel}</source>
        <translation>Usar las cifras del país para {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set what you know about {channel}</source>
        <translation>Indicar lo que sabe de {channel}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/functions.py" line="+76"/>
        <source>New function {number}</source>
        <translation>Nueva función {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add function</source>
        <translation>Agregar función</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change {field} of {name}</source>
        <translation>Cambiar {field} de {name}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace functions from {file}</source>
        <translation>Reemplazar las funciones con las de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add functions from {file}</source>
        <translation>Agregar funciones de {file}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import chat into {name}</source>
        <translation>Importar chat en {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/scenarios.py" line="+20"/>
        <source>Custom scenario {number}</source>
        <translation>Escenario personalizado {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add custom scenario</source>
        <translation>Agregar escenario propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario “{name}”</source>
        <translation>Agregar el escenario «{name}»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove scenario “{name}”</source>
        <translation>Quitar el escenario «{name}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>Cambiar el nombre del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario duration</source>
        <translation>Cambiar la duración del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario frequency</source>
        <translation>Cambiar la frecuencia del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what fails in “{name}”</source>
        <translation>Cambiar qué falla en «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start of “{name}”</source>
        <translation>Cambiar el inicio de «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change “{name}”</source>
        <translation>Cambiar «{name}»</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/tasks.py" line="+53"/>
        <source>Plan the recommended portfolio</source>
        <translation>Planificar el paquete recomendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step: {title}</source>
        <translation>Planificar medida: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add task: {title}</source>
        <translation>Agregar tarea: {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change task: {title}</source>
        <translation>Cambiar tarea: {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark done: {title}</source>
        <translation>Marcar como completada: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status: {title}</source>
        <translation>Cambiar estado: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove task: {title}</source>
        <translation>Quitar tarea: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the plan as reviewed</source>
        <translation>Marcar el plan como revisado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/incident.py" line="+45"/>
        <source>Record the exercise</source>
        <translation>Registrar el simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outage</source>
        <translation>Registrar la caída</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message numerus="yes">
        <location filename="../../continuity_app/io/planfile.py" line="+90"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... y %n más.</numerusform>
            <numerusform>... y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>use lowercase letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>use solo letras minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a three-letter ISO 4217 currency code such as USD, BRL or INR</source>
        <translation>use un código de moneda ISO 4217 de tres letras, como USD, BRL o INR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a language code such as ar, en or pt-BR</source>
        <translation>use un código de idioma, como ar, en o pt-BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match {pattern}</source>
        <translation>debe coincidir con el patrón {pattern}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object {...}</source>
        <translation>un objeto {...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list [...]</source>
        <translation>una lista [...]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not a number; write a number such as 12 or 0.5</source>
        <translation>{value} no es un número; escriba un número como 12 o 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; write one such as 12</source>
        <translation>{value} no es un número entero; escriba uno como 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an object; write its fields in braces {{...}}</source>
        <translation>{value} no es un objeto; escriba sus campos entre llaves {{...}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a number a plan can hold (NaN, Infinity, or too large, such as 1e400); write an ordinary number</source>
        <translation>{value} no es un número que un plan pueda contener (NaN, Infinity o demasiado grande, como 1e400); escriba un número normal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not text; write it in double quotes</source>
        <translation>{value} no es texto; escríbalo entre comillas dobles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a list; write its items in square brackets [...]</source>
        <translation>{value} no es una lista; escriba sus elementos entre corchetes [...]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than {limit} characters; write it shorter</source>
        <translation>tiene más de {limit} caracteres; escríbalo más corto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be empty; write a few words</source>
        <translation>no puede estar vacío; escriba unas palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} debe ser como mínimo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} debe ser como máximo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than {limit}</source>
        <translation>{value} debe ser mayor que {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} debe ser menor que {limit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing</source>
        <translation>falta este campo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a known field (check its spelling)</source>
        <translation>no es un campo conocido (revise cómo está escrito)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not valid; {hint}</source>
        <translation>{value} no es válido; {hint}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file has no schema version; is it a plan file made by this application? Plan files made by this application begin with &quot;schema_version&quot;: {version}.</source>
        <translation>el archivo no tiene versión de esquema; ¿es un archivo de plan creado con esta aplicación? Los archivos de plan creados con esta aplicación empiezan con &quot;schema_version&quot;: {version}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{version} is not a plan format this application knows</source>
        <translation>{version} no es un formato de plan que esta aplicación conozca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan was written by a newer version of the application (schema {version}; this one reads up to {supported}). Update the application to open it.</source>
        <translation>este plan se creó con una versión más reciente de la aplicación (esquema {version}; esta versión lee hasta el {supported}). Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not hold a plan (expected a JSON object)</source>
        <translation>el archivo no contiene un plan (se esperaba un objeto JSON)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this is a folder, not a plan file</source>
        <translation>es una carpeta, no un archivo de plan</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{version} is not a schema version; plan files made by this application have a whole number here, such as {current}</source>
        <translation>{version} no es una versión de esquema; los archivos de plan creados con esta aplicación tienen aquí un número entero, como {current}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file is larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>el archivo es más grande que cualquier plan (un archivo de plan ocupa como máximo {limit}); ¿es realmente un plan creado con esta aplicación?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is {size}, larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>el archivo ocupa {size}, más que cualquier plan (un archivo de plan ocupa como máximo {limit}); ¿es realmente un plan creado con esta aplicación?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a named pipe</source>
        <translation>una canalización con nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>algo que no es un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is {kind}, not a plan file; choose a .cplan file saved by the application</source>
        <translation>esto es {kind}, no un archivo de plan; elija un archivo .cplan guardado por la aplicación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {key} is written twice in one object, so which value is meant cannot be told; keep only one of them</source>
        <translation>el campo {key} aparece dos veces en un mismo objeto, así que no se sabe qué valor vale; deje solo uno</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file nests brackets hundreds of levels deep, which no plan does; is it really a plan made by this application?</source>
        <translation>el archivo anida corchetes o llaves a cientos de niveles de profundidad, algo que ningún plan hace; ¿es realmente un plan creado con esta aplicación?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not UTF-8 text; is it really a plan?</source>
        <translation>el archivo no es texto UTF-8; ¿es realmente un plan?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>el archivo no es JSON válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/inputs.py" line="+32"/>
        <source>{code} is not a currency this application knows (an ISO 4217 code)</source>
        <translation>{code} no es una moneda que esta aplicación conozca (un código ISO 4217)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>{name} is not a known channel; use one of: {known}</source>
        <translation>{name} no es un canal conocido; use uno de estos: {known}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a known layer; use one of: {known}</source>
        <translation>{name} no es una capa conocida; use una de estas: {known}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+100"/>
        <source>has {count} entries, more than any plan needs; at most {limit}</source>
        <translation>tiene {count} entradas, más de las que necesita cualquier plan; como máximo {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is a yes/no value, not a number; write a number here</source>
        <translation>{value} es un valor de sí/no, no un número; escriba aquí un número</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>low &lt;= likely &lt;= high must hold, got {low}, {likely}, {high}</source>
        <translation>debe cumplirse mínimo (low) &lt;= probable (likely) &lt;= máximo (high), pero los valores son {low}, {likely}, {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} must be greater than {low}</source>
        <translation>{value} debe ser mayor que {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>{value} must be at least {low}</source>
        <translation>{value} debe ser como mínimo {low}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} no está entre {low} y {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} must be at most {high}</source>
        <translation>{value} debe ser como máximo {high}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value} is more money than any business deals in; amounts in a plan are at most {limit} in the plan currency</source>
        <translation>{value} es más dinero del que maneja cualquier negocio; los importes de un plan son como máximo {limit} en la moneda del plan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+83"/>
        <source>needs at least one country</source>
        <translation>necesita al menos un país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not an ISO 3166-1 alpha-2 country code</source>
        <translation>{code} no es un código de país ISO 3166-1 alfa-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not one of the {count} countries this application has figures for; use the country&apos;s ISO 3166-1 code (BR for Brazil, NG for Nigeria: the Sources page lists them all under Countries)</source>
        <translation>{code} no es uno de los {count} países de los que esta aplicación tiene cifras; use el código ISO 3166-1 del país (BR para Brasil, NG para Nigeria: la página Fuentes los lista todos en Países)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of {code} is {share}; it must be above 0 and at most 1</source>
        <translation>la proporción de {code} es {share}; debe ser mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shares add up to {total}; they must add up to 1</source>
        <translation>las proporciones suman {total}; deben sumar 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{interval} is not an interval like &apos;09:00-17:30&apos;</source>
        <translation>{interval} no es un intervalo como &apos;09:00-17:30&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{interval} must end after it starts, by 24:00</source>
        <translation>{interval} debe terminar después de empezar, a más tardar a las 24:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} units per US dollar is more than any currency needs; the rate is at most {limit}</source>
        <translation>{value} unidades por dólar estadounidense es más de lo que necesita cualquier moneda; el tipo de cambio es como máximo {limit}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not a channel id</source>
        <translation>{name} no es un id de canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channels&apos; shares add up to {total}%; together they can be at most 100%</source>
        <translation>los porcentajes de los canales suman {total}%; juntos pueden ser como máximo 100%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} interactions a day is more than any business handles; the most a plan accepts is {limit}</source>
        <translation>{value} interacciones al día es más de lo que atiende cualquier negocio; un plan acepta como máximo {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} hours is more than a year; a counterpart who waits that long waits for good, so write at most {limit}</source>
        <translation>{value} horas es más de un año; un contacto que espera tanto ya no vuelve, así que escriba como máximo {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} messages for one interaction is too many; at most {limit}</source>
        <translation>{value} mensajes por interacción son demasiados; como máximo {limit}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a {kind} function needs staff_affected and productivity_loss</source>
        <translation>una función de tipo {kind} necesita staff_affected y productivity_loss</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+28"/>
        <source>{value} people is more than any employer has; write at most {limit}</source>
        <translation>{value} personas es más de lo que tiene cualquier empleador; escriba como máximo {limit}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>needs %n value(s), got {count}</source>
        <translation>
            <numerusform>necesita %n valor, pero tiene {count}</numerusform>
            <numerusform>necesita %n valores, pero tiene {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must not be negative</source>
        <translation>los pesos no pueden ser negativos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights are relative; write them smaller, each at most {limit}</source>
        <translation>los pesos son relativos; escríbalos más pequeños, cada uno como máximo {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one weight must be above 0</source>
        <translation>al menos un peso debe ser mayor que 0</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+60"/>
        <source>this scenario&apos;s shortest length ({low} h) must be below its longest ({high} h)</source>
        <translation>la duración más corta de este escenario ({low} h) debe ser menor que la más larga ({high} h)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/whole.py" line="+41"/>
        <source>function id {id} is used twice</source>
        <translation>el id de función {id} se usa dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario id {id} is used twice</source>
        <translation>el id de escenario {id} se usa dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no function has id {id}</source>
        <translation>ninguna función tiene el id {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is listed twice for {function}</source>
        <translation>{channel} aparece dos veces para {function}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role id {id} is used twice</source>
        <translation>el id de rol {id} se usa dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no role has id {id}</source>
        <translation>ningún rol tiene el id {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role cannot call itself</source>
        <translation>un rol no puede llamarse a sí mismo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task id {id} is used twice</source>
        <translation>el id de tarea {id} se usa dos veces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no scenario has id {id}</source>
        <translation>ningún escenario tiene el id {id}</translation>
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
        <translation>Indique el responsable del plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say when an outage is declared (activation criteria).</source>
        <translation>Indique cuándo se declara una caída (criterios de activación).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one role with a holder and an alternate.</source>
        <translation>Agregue al menos un rol con titular y suplente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &apos;%1&apos; has no alternate.</source>
        <translation>El rol «%1» no tiene suplente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message for customers.</source>
        <translation>Escriba un mensaje para los clientes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document control and activation</source>
        <translation>Control del documento y activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and contact tree</source>
        <translation>Roles y árbol de llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Document control</source>
        <translation>Control del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner:</source>
        <translation>Responsable del plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Aprobado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version:</source>
        <translation>Versión del plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps this plan up to date</source>
        <translation>Quién mantiene este plan al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs the plan off</source>
        <translation>Quién aprueba el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan covers, in a sentence or two</source>
        <translation>Qué cubre este plan, en una o dos frases</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Activation criteria</source>
        <translation>Criterios de activación</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Declare an outage when any of these is true. Double-click a line to edit it; clear a line to remove it.</source>
        <translation>Declare una caída cuando se cumpla cualquiera de estas condiciones. Haga doble clic en una línea para editarla; vacíela para quitarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>Agregar criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Quitar criterio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles and alternates</source>
        <translation>Roles y suplentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>Agregar rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>Quitar rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact tree: who calls whom</source>
        <translation>Árbol de llamadas: quién llama a quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Árbol de llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Llama a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles the selected role calls</source>
        <translation>Roles a los que llama el rol seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready-to-send messages</source>
        <translation>Mensajes listos para enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove message</source>
        <translation>Quitar mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;suggested text</source>
        <translation>Usar el texto &amp;sugerido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text with the suggested message for this audience and channel, in the message&apos;s language (Undo brings your text back).</source>
        <translation>Reemplazar el texto por el mensaje sugerido para estos destinatarios y este canal, en el idioma del mensaje (con Deshacer recupera su texto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send, with the number or link to use instead of WhatsApp</source>
        <translation>Qué enviar, con el número o el enlace que se usará en lugar de WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS length</source>
        <translation>Longitud del SMS</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_roles.py" line="+157"/>
        <source>Select a role to choose whom it calls.</source>
        <translation>Seleccione un rol para elegir a quién llama.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add another role to choose whom &apos;%1&apos; calls.</source>
        <translation>Agregue otro rol para elegir a quién llama «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an outage is declared, &apos;%1&apos; calls:</source>
        <translation>Cuando se declara una caída, «%1» llama a:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+173"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>%n parte de SMS</numerusform>
            <numerusform>%n partes de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>queda %n libre en esta parte</numerusform>
            <numerusform>quedan %n libres en esta parte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part is charged.</source>
        <translation>Un SMS admite %1 caracteres en GSM-7 (letras latinas) o %2 en UCS-2 (árabe, hindi, emojis). Los mensajes más largos se dividen en partes de %3 o %4 caracteres, y cada parte se cobra.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no suggested text in %1 yet: the suggestion is in English. Translate it before you send it.</source>
        <translation>Todavía no hay texto sugerido en %1: la sugerencia está en inglés. Tradúzcala antes de enviarla.</translation>
    </message>
</context>
<context>
    <name>PlanRender</name>
    <message>
        <location filename="../../continuity_app/report/fonts.py" line="+44"/>
        <source>font file {name} is missing from {folder}</source>
        <translation>falta el archivo de fuente {name} en {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>font file {path} cannot be read: {reason}</source>
        <translation>no se puede leer el archivo de fuente {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>font file {path} is not a TrueType or OpenType font</source>
        <translation>el archivo de fuente {path} no es una fuente TrueType ni OpenType</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Qt could not load the font file {path}</source>
        <translation>Qt no pudo cargar el archivo de fuente {path}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>matplotlib could not load {path}: {error}</source>
        <translation>matplotlib no pudo cargar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-332"/>
        <source>The plan is printed with the system&apos;s fonts instead: it may look different on other machines, and some scripts may show as boxes.</source>
        <translation>Por eso el plan se imprime con las fuentes del sistema: puede verse distinto en otras computadoras, y algunos alfabetos pueden aparecer como cuadros.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>No se pudieron dibujar los gráficos: {error}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot start painting on the output device</source>
        <translation>no se puede empezar a dibujar en el dispositivo de salida</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-36"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+109"/>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+16"/>
        <source>nothing was written to {path}</source>
        <translation>no se escribió nada en {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../continuity_app/gui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>Igual que la interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language writes them</source>
        <translation>Como los escribe el idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western digits (0123)</source>
        <translation>Cifras occidentales (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>Cifras arábigo-índicas (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes, hours or days as fits</source>
        <translation>Minutos, horas o días, según convenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hours</source>
        <translation>Siempre en horas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>Idioma del plan impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of new plans</source>
        <translation>Moneda de los planes nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit for durations</source>
        <translation>Unidad de las duraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printed plan language:</source>
        <translation>Idioma del plan im&amp;preso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Cifras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urations:</source>
        <translation>D&amp;uraciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency of new plans:</source>
        <translation>&amp;Moneda de los planes nuevos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when you next start.</source>
        <translation>El nuevo idioma de la interfaz se aplicará la próxima vez que abra la aplicación.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../continuity_app/gui/print_actions.py" line="+47"/>
        <source>Print Previe&amp;w…</source>
        <translation>Vis&amp;ta previa de impresión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot print the plan</source>
        <translation>No se puede imprimir el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed: %1</source>
        <translation>No se pudo imprimir el plan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — continuity plan</source>
        <translation>Vista previa de impresión — plan de continuidad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the continuity plan</source>
        <translation>Imprimir el plan de continuidad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the plan as PDF</source>
        <translation>Exportar el plan como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exported the plan to {path} (%n page(s))</source>
        <translation>
            <numerusform>Se exportó el plan a {path} (%n página)</numerusform>
            <numerusform>Se exportó el plan a {path} (%n páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-71"/>
        <source>Continuity plan · version {version}</source>
        <translation>Plan de continuidad · versión {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/page.py" line="+146"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+47"/>
        <source>Business continuity plan</source>
        <translation>Plan de continuidad del negocio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity of customer contact, orders and payments when WhatsApp fails</source>
        <translation>Continuidad del contacto con clientes, los pedidos y los pagos cuando WhatsApp falla</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+33"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+8"/>
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-45"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preparation task is in this plan yet. On the Recommendations page, “Add this step to the action plan” makes a recommended step a task with an owner, a due date and its cost; the steps worth taking are listed in section {section}.</source>
        <translation>Este plan todavía no tiene ninguna tarea de preparación. En la página Recomendaciones, «Agregar esta medida al plan de acción» convierte una medida recomendada en una tarea con responsable, fecha límite y costo; las medidas que vale la pena tomar se enumeran en la sección {section}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of this plan count only the tasks already done. The second column shows where the business will stand once every open task is done.</source>
        <translation>Las cifras de este plan solo cuentan las tareas ya completadas. La segunda columna muestra dónde estará el negocio cuando se completen todas las tareas pendientes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every task is done or dropped: the figures of this plan include what the done tasks made ready.</source>
        <translation>Todas las tareas están completadas o descartadas: las cifras de este plan incluyen lo que dejaron listo las tareas completadas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none set</source>
        <translation>ninguno definido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>{kept} de {count} funciones lo mantienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>{kept} de {count} funciones lo mantienen; no lo mantienen: {names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the open tasks are done</source>
        <translation>Con las tareas pendientes completadas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}, {channel}: reaches {share} within {duration} once done.</source>
        <translation>{function}, {channel}: llega al {share} en un plazo de {duration} una vez completada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}, {channel}: in today&apos;s readiness.</source>
        <translation>{function}, {channel}: ya cuenta en la preparación actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{function}, {channel}</source>
        <translation>{function}, {channel}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks by due date</source>
        <translation>Tareas por fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>sin asignar</translation>
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
        <translation>Las tareas pendientes cuestan {one_off} una sola vez y {monthly} al mes. Una vez completadas todas, ahorran {saving} al año en pérdidas esperadas: menos que la suma de sus ahorros por separado, porque las tareas de una misma función se superponen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses.</source>
        <translation>Las tareas pendientes cuestan {one_off} una sola vez y {monthly} al mes. Una vez completadas todas, ahorran {saving} al año en pérdidas esperadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Overdue on the day this plan was issued: %n task(s).</source>
        <translation>
            <numerusform>Tareas vencidas en la fecha de emisión de este plan: %n.</numerusform>
            <numerusform>Tareas vencidas en la fecha de emisión de este plan: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves/year: the expected yearly loss a task saves on its own, with the other tasks as they are today. A done task is counted in this plan&apos;s figures already; a dropped one counts nowhere.</source>
        <translation>Ahorro/año: la pérdida esperada por año que una tarea ahorra por sí sola, con las demás tareas como están hoy. Una tarea completada ya se cuenta en las cifras de este plan; una descartada no se cuenta en ninguna parte.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-50"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-66"/>
        <source>Document control</source>
        <translation>Control del documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issue</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not named yet</source>
        <translation>sin designar todavía</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+41"/>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review date</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+180"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+49"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+58"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+3"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+29"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+52"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+64"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-4"/>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+32"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+20"/>
        <source>Purpose, scope and assumptions</source>
        <translation>Objetivo, alcance y supuestos</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+1"/>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan says what {business} does when WhatsApp, or the Meta services around it, stop working: who decides, whom to call, what to send to customers, staff and suppliers, and how each business function carries on until the service returns.</source>
        <translation>Este plan indica qué hace {business} cuando WhatsApp, o los servicios de Meta que lo rodean, dejan de funcionar: quién decide, a quién llamar, qué enviar a clientes, personal y proveedores, y cómo sigue funcionando cada función del negocio hasta que el servicio vuelva.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-29"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+11"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+12"/>
        <source>Business function</source>
        <translation>Función del negocio</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-245"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+3"/>
        <source>Share on WhatsApp</source>
        <translation>Porcentaje por WhatsApp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterparts by country: {countries}. Currency: {currency}.</source>
        <translation>Contactos por país: {countries}. Moneda: {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost revenue</source>
        <translation>ingresos perdidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost gross margin</source>
        <translation>margen bruto perdido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost sales are counted as {basis}.</source>
        <translation>Las ventas perdidas se cuentan como {basis}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages can start at any hour: a scenario&apos;s loss is the average over every start hour of the week, and the worst start is shown beside it.</source>
        <translation>Las caídas pueden empezar a cualquier hora: la pérdida de un escenario es el promedio sobre todas las horas de inicio de la semana, y al lado se muestra el peor momento de inicio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figures are estimates from the plan&apos;s inputs and the reference data listed in appendix A, each with its source and confidence.</source>
        <translation>Las cifras son estimaciones a partir de los datos del plan y de los datos de referencia del anexo A, cada uno con su fuente y su nivel de confianza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An outage cuts off the channels that run on what it stops: a WhatsApp-only outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and Facebook. The share of a function&apos;s interactions that its listed channels do not carry (in person, by phone, elsewhere) is taken to carry on as usual, but is not counted towards its minimum service.</source>
        <translation>Una caída interrumpe los canales que dependen de lo que ella detiene: una caída solo de WhatsApp interrumpe únicamente WhatsApp; una caída de Meta, también Instagram, Messenger y Facebook. Lo que los canales de una función dejan a otros medios (en persona, por teléfono u otros) se considera que sigue con normalidad, pero no cuenta para su servicio mínimo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-31"/>
        <source>Impact summary</source>
        <translation>Resumen del impacto</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+31"/>
        <source>Key figure</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Outage scenarios</source>
        <translation>Escenarios de caída</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+106"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Worst start</source>
        <translation>Peor inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impact over time</source>
        <translation>Impacto en el tiempo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exposure by function</source>
        <translation>Exposición por función</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>breached for {duration}</source>
        <translation>no se cumple durante {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met after {duration}</source>
        <translation>se cumple después de {duration}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-9"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+48"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>On WhatsApp</source>
        <translation>Por WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+63"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One outage</source>
        <translation>Una caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+2"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="-28"/>
        <source>Dependencies and single points of failure</source>
        <translation>Dependencias y puntos únicos de falla</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+8"/>
        <source>The Meta group fails together.</source>
        <translation>El grupo Meta falla en conjunto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channels} run on the same Meta infrastructure. When it fails, as on 4 October 2021 for about six hours, all of them stop at once: none of them is a fallback for WhatsApp.</source>
        <translation>{channels} funcionan sobre la misma infraestructura de Meta. Cuando esta falla, como el 4 de octubre de 2021 durante unas seis horas, todos se detienen a la vez: ninguno es un canal alternativo para WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which functions rely on which layers</source>
        <translation>Qué funciones dependen de qué capas</translation>
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
        <translation>Depende de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails</source>
        <translation>falla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} (today)</source>
        <translation>{channel} (en uso hoy)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{function}: no fallback channel at all; WhatsApp is a single point of failure.</source>
        <translation>{function}: no tiene ningún canal alternativo; WhatsApp es un punto único de falla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}: no fallback channel at all, and every outage of the plan stops the channels it runs on.</source>
        <translation>{function}: no tiene ningún canal alternativo, y cada caída del plan detiene los canales por los que funciona.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{function}: no fallback keeps working in: {scenario}.</source>
        <translation>{function}: ningún canal alternativo sigue funcionando en: {scenario}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Single points of failure</source>
        <translation>Puntos únicos de falla</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every function has a fallback that survives every scenario.</source>
        <translation>Cada función tiene un canal alternativo que resiste todos los escenarios.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+23"/>
        <source>{declarer}; if unreachable, the alternate {alternate}</source>
        <translation>{declarer}; si no contesta, el suplente {alternate}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Activation criteria and who may declare</source>
        <translation>Criterios de activación y quién puede declarar la caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an outage when</source>
        <translation>Declarar una caída cuando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activation criteria are written in the plan yet.</source>
        <translation>El plan todavía no tiene criterios de activación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may declare</source>
        <translation>Quién puede declarar la caída</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role is named yet: name an outage lead in the plan.</source>
        <translation>Todavía no hay ningún rol designado: designe en el plan a un responsable de la caída.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="-15"/>
        <source>Roles and contact tree</source>
        <translation>Roles y árbol de llamadas</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+16"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate&apos;s phone</source>
        <translation>Teléfono del suplente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roles are named yet.</source>
        <translation>Todavía no hay roles designados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Árbol de llamadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an outage is declared, each role calls the roles below it.</source>
        <translation>Cuando se declara una caída, cada rol llama a los roles que tiene debajo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/communications.py" line="+22"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-send messages. SMS counts: characters as the network counts them, the encoding, and how many SMS segments each message takes (each segment is billed).</source>
        <translation>Mensajes listos para enviar. Conteo de SMS: los caracteres tal como los cuenta la red, la codificación y cuántas partes de SMS ocupa cada mensaje (cada parte se cobra).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message is written for this audience yet. A suggested text follows: adapt it before an outage.</source>
        <translation>Todavía no hay ningún mensaje escrito para estos destinatarios. Abajo hay un texto sugerido: adáptelo antes de una caída.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
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
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n parte de SMS</numerusform>
            <numerusform>%n partes de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-27"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-232"/>
        <source>Interactions per open day</source>
        <translation>Interacciones por día de atención</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-192"/>
        <source>The same outage, averaged over the week</source>
        <translation>La misma caída, en promedio durante la semana</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+69"/>
        <source>While open</source>
        <translation>Con el negocio abierto</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+247"/>
        <source>card or bank transfer</source>
        <translation>tarjeta o transferencia bancaria</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Once prepared, use {channel} as well.</source>
        <translation>Una vez preparado, usar también {channel}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the {audience} message on every channel that works.</source>
        <translation>Enviar el mensaje preparado (destinatarios: {audience}) por todos los canales que funcionen.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Write every order taken on a fallback channel in the order book: time, name, phone, items, amount, channel.</source>
        <translation>Anotar cada pedido recibido por un canal alternativo en el libro de pedidos: hora, nombre, teléfono, productos, importe, canal.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{share} on WhatsApp</source>
        <translation>{share} en WhatsApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channels: {mix}</source>
        <translation>canales: {mix}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{step} — on the action plan (section {section}), status: {status}.</source>
        <translation>{step} — en el plan de acción (sección {section}), estado: {status}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keep the message for {audience} (section {section}) up to date.</source>
        <translation>Mantener al día el mensaje para {audience} (sección {section}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channel} will reach {share} within {duration}</source>
        <translation>{channel} llegará al {share} en un plazo de {duration}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When the open tasks are done (section {section}): {channels}.</source>
        <translation>Cuando se completen las tareas pendientes (sección {section}): {channels}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to {channel} within {duration} (fails in every scenario of this plan: do not rely on it).</source>
        <translation>Cambiarse a {channel} en un plazo de {duration} (falla en todos los escenarios de este plan: no confiar en él).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to {channel} within {duration} (fails together with WhatsApp in a Meta outage: only when WhatsApp alone is down).</source>
        <translation>Cambiarse a {channel} en un plazo de {duration} (falla junto con WhatsApp en una caída de Meta: sirve solo cuando únicamente WhatsApp está caído).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to {channel} within {duration}.</source>
        <translation>Cambiarse a {channel} en un plazo de {duration}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take payment by {payment} and write down each payment reference with the order it belongs to.</source>
        <translation>Cobrar con {payment} y anotar cada referencia de pago junto al pedido al que corresponde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer questions by the fallback channels; note who asked what for a follow-up once WhatsApp is back.</source>
        <translation>Responder las consultas por los canales alternativos; anotar quién preguntó qué para darle seguimiento cuando WhatsApp vuelva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drivers call in at fixed times; give drop-off times by phone and note changes on the delivery sheet.</source>
        <translation>Los repartidores llaman a horas fijas; dar los horarios de entrega por teléfono y anotar los cambios en la hoja de entregas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the day&apos;s appointments by phone or SMS; note cancellations and new bookings in the diary.</source>
        <translation>Confirmar las citas del día por teléfono o SMS; anotar las cancelaciones y las nuevas reservas en la agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone broadcasts that are not urgent; send urgent notices by the fallback channels only.</source>
        <translation>Posponer las difusiones que no sean urgentes; enviar los avisos urgentes solo por los canales alternativos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff check the fallback group at fixed times; shift changes are confirmed by phone.</source>
        <translation>El personal revisa el grupo alternativo a horas fijas; los cambios de turno se confirman por teléfono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place urgent orders with suppliers by phone and confirm them in writing (SMS or email).</source>
        <translation>Hacer los pedidos urgentes a los proveedores por teléfono y confirmarlos por escrito (SMS o correo electrónico).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reconcile: enter every order from the order book into the usual records and match each payment reference (section {section}).</source>
        <translation>Conciliar: pasar cada pedido del libro de pedidos a los registros habituales y cotejar cada referencia de pago (sección {section}).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tell {audience} that WhatsApp works again and where to write from now on.</source>
        <translation>Avisar que WhatsApp vuelve a funcionar y por dónde escribir a partir de ahora (destinatarios: {audience}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work through the backlog: answer everyone who wrote during the outage, oldest first.</source>
        <translation>Atender el trabajo acumulado: responder a todos los que escribieron durante la caída, empezando por los más antiguos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note what worked and what did not in the decision log.</source>
        <translation>Anotar en el registro de decisiones qué funcionó y qué no.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="-269"/>
        <source>Fallback procedures per function</source>
        <translation>Procedimientos alternativos por función</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+27"/>
        <source>Before an outage</source>
        <translation>Antes de una caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During an outage</source>
        <translation>Durante una caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the outage</source>
        <translation>Después de la caída</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+27"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-7"/>
        <source>On the action plan (section {section}).</source>
        <translation>En el plan de acción (sección {section}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fallback channels: {channels}</source>
        <translation>Canales alternativos: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printed copy of this plan and the outage card (appendix D) at the counter and at home with the outage lead.</source>
        <translation>Una copia impresa de este plan y la tarjeta de caída (anexo D) en el mostrador y en casa del responsable de la caída.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact lists of customers, staff and suppliers with their consent, kept outside WhatsApp (phone book, spreadsheet, printed list).</source>
        <translation>Listas de contactos de clientes, personal y proveedores, con su consentimiento, guardadas fuera de WhatsApp (agenda, hoja de cálculo, lista impresa).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paper order book and a payment log for orders taken on fallback channels.</source>
        <translation>Un libro de pedidos en papel y un registro de pagos para los pedidos recibidos por canales alternativos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A charged second phone with credit on a different network, if possible.</source>
        <translation>Un segundo teléfono cargado y con saldo, de otra red si es posible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended preparation</source>
        <translation>Preparación recomendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="-43"/>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Saves/year</source>
        <translation>Ahorro/año</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Cost/year</source>
        <translation>Costo/año</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preparation step saves more than it costs.</source>
        <translation>Ninguna medida de preparación ahorra más de lo que cuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also worth considering</source>
        <translation>También vale la pena considerar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payback (months)</source>
        <translation>Recuperación (meses)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worth it now</source>
        <translation>No conviene por ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not now</source>
        <translation>Por qué no por ahora</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="-45"/>
        <source>Return to normal and reconciliation</source>
        <translation>Vuelta a la normalidad y conciliación</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+2"/>
        <source>Standing down</source>
        <translation>Fin de la caída</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp delivers messages again (two ticks) on two phones on different networks for 30 minutes.</source>
        <translation>WhatsApp vuelve a entregar mensajes (doble check) en dos teléfonos de redes distintas durante 30 minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {role} declares the outage over.</source>
        <translation>Quién da por terminada la caída: {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outage lead declares the outage over.</source>
        <translation>El responsable de la caída la da por terminada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell customers, staff and suppliers, on the fallback channels too, that WhatsApp works again.</source>
        <translation>Avisar a clientes, personal y proveedores, también por los canales alternativos, que WhatsApp vuelve a funcionar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciling orders and payments</source>
        <translation>Conciliación de pedidos y pagos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every order and payment taken on a fallback channel is entered in the usual records within one working day. Match each payment reference to its order; call the customer when one is missing. Fill in one line per channel:</source>
        <translation>Cada pedido y cada pago recibidos por un canal alternativo se pasan a los registros habituales en un plazo de un día hábil. Cotejar cada referencia de pago con su pedido; llamar al cliente cuando falte alguna. Llenar una línea por canal:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders taken</source>
        <translation>Pedidos recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received</source>
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in records</source>
        <translation>Pasados a los registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+14"/>
        <source>Exercise and review schedule</source>
        <translation>Calendario de simulacros y revisiones</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-34"/>
        <source>Call the contact tree: everyone answers or calls back</source>
        <translation>Probar el árbol de llamadas: todos contestan o devuelven la llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message on every fallback channel</source>
        <translation>Enviar un mensaje de prueba por cada canal alternativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table-top exercise: walk through a Meta-wide outage with this plan</source>
        <translation>Simulacro de escritorio: recorrer con este plan una caída de todo Meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the plan: figures, contacts, messages and fallbacks</source>
        <translation>Revisar el plan: cifras, contactos, mensajes y canales alternativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review after every real outage</source>
        <translation>Revisión después de cada caída real</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within a week</source>
        <translation>en menos de una semana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-2"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real outage, run in outage mode</source>
        <translation>Caída real, gestionada en el modo de caída</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) of the plan not done; length {length}</source>
        <translation>
            <numerusform>%n paso del plan sin hacer; duración: {length}</numerusform>
            <numerusform>%n pasos del plan sin hacer; duración: {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-37"/>
        <source>Computed by Continuity Planner from this plan file: the same figures as the Results page. {trials} simulated years (simulation number {seed}).</source>
        <translation>Calculado por Continuity Planner a partir de este archivo de plan: las mismas cifras que la página Resultados. {trials} años simulados (número de simulación {seed}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="-33"/>
        <source>The business can bear a loss of at most {amount} from one outage; the longest outage you can bear is read from it.</source>
        <translation>El negocio puede soportar una pérdida de hasta {amount} por caída; de ahí se obtiene la caída más larga que puede soportar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest outage you can bear is worked out for this outage: {scenario}.</source>
        <translation>La caída más larga que puede soportar se calcula para esta caída: {scenario}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-70"/>
        <source>Loss if this outage strikes while you are open</source>
        <translation>Pérdida si esta caída ocurre con el negocio abierto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>After {duration}, an outage that strikes while the business is open costs more than the {amount} you can bear: the plan must be working well before then.</source>
        <translation>Después de {duration}, una caída que ocurre con el negocio abierto cuesta más que los {amount} que puede soportar: el plan debe estar funcionando mucho antes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Even an outage of a whole week costs less than the {amount} you can bear, in this outage: {scenario}.</source>
        <translation>Incluso una caída de una semana entera cuesta menos que los {amount} que puede soportar, en esta caída: {scenario}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>While open: an outage of typical length that strikes while the business is open, the figure to plan for. Average: over every start hour of the week and every length the history gives. How often: from the outage history and the counts for the business&apos;s countries. Yearly: the average times how often it happens.</source>
        <translation>Con el negocio abierto: una caída de duración típica que ocurre mientras el negocio está abierto, la cifra para planificar. Promedio: sobre todas las horas de inicio de la semana y todas las duraciones que da el historial. Frecuencia: según el historial de caídas y los recuentos de los países del negocio. Anual: el promedio multiplicado por la frecuencia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loss per outage by how long it lasts, per scenario, with the largest loss you can bear and the longest outage you can bear.</source>
        <translation>Pérdida por caída según su duración, por escenario, con la pérdida máxima que puede soportar y la caída más larga que puede soportar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{share} within {duration}: {state}</source>
        <translation>{share} en menos de {duration}: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outage it can bear alone</source>
        <translation>Caída que soporta por sí sola</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While open: in the outage the plan is measured on, striking while the business is open. Outage it can bear alone: how long an outage can last before this function&apos;s loss by itself passes the largest loss you can bear. Minimum service: the share of the function&apos;s interactions that must still be served, within the time set in the plan.</source>
        <translation>Con el negocio abierto: en la caída con la que se mide el plan, si ocurre mientras el negocio está abierto. Caída que soporta por sí sola: cuánto puede durar una caída antes de que la pérdida de esta función, por sí sola, supere la pérdida máxima que puede soportar. Servicio mínimo: el porcentaje de las interacciones de la función que se debe seguir atendiendo, en el plazo fijado en el plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss by function and category in this outage: {scenario}.</source>
        <translation>Pérdida por función y por categoría en esta caída: {scenario}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss by category in this outage</source>
        <translation>Pérdida por categoría en esta caída</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How much the loss varies from year to year</source>
        <translation>Cuánto varía la pérdida de un año a otro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{trials} simulated years: the number of outages, their lengths, their start times and every uncertain input are drawn at random from their ranges.</source>
        <translation>{trials} años simulados: el número de caídas, su duración, su hora de inicio y cada dato incierto se sortean dentro de su rango.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chance that a year loses more than each amount, with a typical, a bad and a very bad year marked.</source>
        <translation>Probabilidad de que en un año se pierda más que cada importe, con un año típico, uno malo y uno muy malo marcados.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+3"/>
        <source>Within {duration}, {function} must serve at least {share} of its interactions; if it does not, add the next fallback channel.</source>
        <translation>En menos de {duration}, {function} debe atender al menos el {share} de sus interacciones; si no lo logra, agregar el siguiente canal alternativo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At {duration}, the longest outage you can bear, the loss passes {amount}: the owner decides on further measures.</source>
        <translation>Al cumplirse {duration}, la caída más larga que puede soportar, la pérdida supera {amount}: el responsable del plan decide qué otras medidas tomar.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+23"/>
        <source>{step} — recommended: saves {saving} a year for {cost}.</source>
        <translation>{step} — recomendada: ahorra {saving} al año, con un costo de {cost}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {channel} ready: today it reaches {share} of this function&apos;s WhatsApp contacts, within {duration}. Check the contact list and consent.</source>
        <translation>Mantener {channel} listo: hoy llega al {share} de los contactos de WhatsApp de esta función, en {duration}. Revisar la lista de contactos y los consentimientos.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Confirm the outage against the activation criteria (section {section}); the {role} declares it.</source>
        <translation>Confirmar la caída según los criterios de activación (sección {section}); quién la declara: {role}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm the outage against the activation criteria (section {section}).</source>
        <translation>Confirmar la caída según los criterios de activación (sección {section}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By {duration}, at least {share} of interactions must be served again (the minimum service); if not, escalate.</source>
        <translation>En un plazo de {duration}, debe volver a atenderse al menos el {share} de las interacciones (el servicio mínimo); si no se logra, escalar.</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>loss in {scenario}, while open: {amount}</source>
        <translation>pérdida en {scenario}, con el negocio abierto: {amount}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-36"/>
        <source>Expected loss per year today: {before}; after these steps: {after} (a bad year, 1 in 10: {bad_year}), for {cost} a year.</source>
        <translation>Pérdida esperada por año hoy: {before}; con estas medidas: {after} (en un año malo, 1 de cada 10: {bad_year}), por {cost} al año.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-26"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-78"/>
        <source>Appendix A. Assumptions and data sources</source>
        <translation>Anexo A. Supuestos y fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-45"/>
        <source>Channel: {name}</source>
        <translation>Canal: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer: {name}</source>
        <translation>Capa: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: {name}</source>
        <translation>País: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: {name}</source>
        <translation>Moneda: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario: {name}</source>
        <translation>Escenario: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: {name}</source>
        <translation>Valor predeterminado: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan inputs</source>
        <translation>Datos del plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered for this plan. A range (low–high) marks an uncertain input; the likely value is used for the figures, the range for the simulated years.</source>
        <translation>Ingresados para este plan. Un rango (mínimo–máximo) indica un dato incierto; el valor probable se usa para las cifras y el rango para los años simulados.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{price} USD per message</source>
        <translation>{price} USD por mensaje</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-26"/>
        <source>The outages the scenarios&apos; frequencies and lengths are derived from, as news reports and the providers&apos; status pages describe them.</source>
        <translation>Las caídas de las que se obtienen la frecuencia y la duración de los escenarios, tal como las describen las noticias y las páginas de estado de los proveedores.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+91"/>
        <source>A day</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+25"/>
        <source>Value each</source>
        <translation>Valor c/u</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost for good</source>
        <translation>Perdidos definitivamente</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+9"/>
        <source>Reference data used</source>
        <translation>Datos de referencia utilizados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the built-in reference data that this plan&apos;s figures rest on. Confidence: H high, M medium, L low, default a stated modelling choice.</source>
        <translation>Filas de los datos de referencia incluidos en las que se basan las cifras de este plan. Confianza: H alta, M media, L baja, default un supuesto declarado del modelo.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Usage: {channel} in {country}</source>
        <translation>Uso: {channel} en {country}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(stated modelling default)</source>
        <translation>(supuesto declarado del modelo)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <translation>No se conoce el precio por mensaje de {channels}: los mensajes por ellos se cuentan como gratuitos. Ingrese un precio en el canal alternativo para incluirlo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-32"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix B. Outage history</source>
        <translation>Anexo B. Historial de caídas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix C. Decision log</source>
        <translation>Anexo C. Registro de decisiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage started (date, time): ______________   Declared by: ______________</source>
        <translation>Inicio de la caída (fecha, hora): ______________   Declarada por: ______________</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision or action</source>
        <translation>Decisión o acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="-44"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix D. Outage card</source>
        <translation>Anexo D. Tarjeta de caída</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp down? Keep this card by the phone.</source>
        <translation>¿Se cayó WhatsApp? Tenga esta tarjeta junto al teléfono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who declares</source>
        <translation>Quién declara la caída</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{declarer} — or {alternate}</source>
        <translation>{declarer} — o {alternate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (alternate)</source>
        <translation>{role} (suplente)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No phone number is in the plan yet: add them to the roles.</source>
        <translation>El plan todavía no tiene ningún número de teléfono: agréguelos a los roles.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check: {criterion}</source>
        <translation>Comprobar: {criterion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare the outage and start the contact tree: call {roles}.</source>
        <translation>Declarar la caída y activar el árbol de llamadas: llamar a {roles}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare the outage and start the contact tree.</source>
        <translation>Declarar la caída y activar el árbol de llamadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{function}: {channel} (only if WhatsApp alone is down)</source>
        <translation>{function}: {channel} (solo si únicamente WhatsApp está caído)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to the fallbacks: {switches}.</source>
        <translation>Cambiarse a los canales alternativos: {switches}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the channels prepared before the outage (section {section}).</source>
        <translation>Cambiarse a los canales preparados antes de la caída (sección {section}).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name an outage lead in the plan.</source>
        <translation>Designe en el plan a un responsable de la caída.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>Números a los que llamar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First 5 steps</source>
        <translation>Primeros 5 pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customers</source>
        <translation>Mensaje para los clientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer message is written yet.</source>
        <translation>Todavía no hay ningún mensaje para los clientes.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+11"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix E. Glossary</source>
        <translation>Anexo E. Glosario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan uses everyday words; the technical term beside each is the one continuity standards and risk analysts use.</source>
        <translation>Este plan usa palabras de todos los días; el término técnico al lado de cada una es el que usan las normas de continuidad y los analistas de riesgo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this plan</source>
        <translation>En este plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical term</source>
        <translation>Término técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+20"/>
        <source>Check that WhatsApp fails on two phones on different networks.</source>
        <translation>Comprobar que WhatsApp falla en dos teléfonos de redes distintas.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send the customer message below on every channel that works.</source>
        <translation>Enviar el mensaje para los clientes de abajo por todos los canales que funcionen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down every order and payment taken on a fallback channel, with the time.</source>
        <translation>Anotar cada pedido y cada pago recibidos por un canal alternativo, con la hora.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/document.py" line="+98"/>
        <source>{business} — continuity plan, version {version}</source>
        <translation>{business} — plan de continuidad, versión {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business continuity plan: {business}</source>
        <translation>Plan de continuidad del negocio: {business}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/core/progress.py" line="+39"/>
        <source>Evaluating the outage scenarios…</source>
        <translation>Evaluando los escenarios de caída…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating years of outages…</source>
        <translation>Simulando años de caídas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing today with the plan once its tasks are done…</source>
        <translation>Comparando la situación actual con la del plan con sus tareas completadas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuing preparation steps…</source>
        <translation>Valorando las medidas de preparación…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../continuity_app/gui/qt_strings.py" line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="+31"/>
        <source>your staff can be asked to use it (about {share})</source>
        <translation>se le puede pedir a su personal que lo use (alrededor del {share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your suppliers can be asked to use it (about {share})</source>
        <translation>se les puede pedir a sus proveedores que lo usen (alrededor del {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you said about {share} of your customers use it</source>
        <translation>usted indicó que alrededor del {share} de sus clientes lo usa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about {share} of people in {country} use it</source>
        <translation>lo usa alrededor del {share} de la población de {country}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} of people in your countries use it</source>
        <translation>lo usa alrededor del {share} de la población de sus países</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about {share} in {country} use an iPhone</source>
        <translation>en {country}, alrededor del {share} usa iPhone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} use an iPhone</source>
        <translation>alrededor del {share} usa iPhone</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>about {share} of people in {country} have a mobile phone</source>
        <translation>alrededor del {share} de la población de {country} tiene celular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {share} of people in your countries have a mobile phone</source>
        <translation>alrededor del {share} de la población de sus países tiene celular</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blocked in {country} since {date}</source>
        <translation>bloqueado en {country} desde {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its calls blocked in {country} since {date}</source>
        <translation>llamadas bloqueadas en {country} desde {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowed down in {country} since {date}</source>
        <translation>ralentizado en {country} desde {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no phone-ownership figure for {countries}: the figure for their region is used</source>
        <translation>no hay cifra de tenencia de teléfono para {countries}: se usa la cifra de su región</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data for {countries}: not counted there; if you know how many of your customers use it, enter it with &apos;What you know about this channel&apos;</source>
        <translation>sin datos para {countries}: no se cuenta allí; si sabe cuántos de sus clientes lo usan, indíquelo con &apos;Lo que sabe de este canal&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>runs on Meta&apos;s infrastructure and fails with WhatsApp in a Meta outage</source>
        <translation>funciona sobre la infraestructura de Meta y falla junto con WhatsApp en una caída de Meta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>survives every outage scenario in your plan</source>
        <translation>resiste todos los escenarios de caída de su plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>survives {share} of your expected outage loss (fails in: {scenarios})</source>
        <translation>resiste en escenarios que suman el {share} de su pérdida esperada por caídas (falla en: {scenarios})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>can send one message to everyone at once</source>
        <translation>puede enviar un mensaje a todos a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can take payments in the app</source>
        <translation>permite cobrar dentro de la app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end-to-end encrypted by default</source>
        <translation>cifrado de extremo a extremo por defecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not end-to-end encrypted by default</source>
        <translation>sin cifrado de extremo a extremo por defecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to send</source>
        <translation>envío gratuito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} llega a alrededor del {share} de {who} en {country} y sigue funcionando en escenarios que suman el {kept} de su pérdida esperada por caídas (falla en: {scenarios}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} llega a alrededor del {share} de {who} en {country} y sigue funcionando en todos los escenarios de caída de su plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} llega a alrededor del {share} de {who} y sigue funcionando en escenarios que suman el {kept} de su pérdida esperada por caídas (falla en: {scenarios}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} reaches about {share} of your {who} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} llega a alrededor del {share} de {who} y sigue funcionando en todos los escenarios de caída de su plan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, paying back in {months} months.</source>
        <translation>{step} (para {function}): preparación {before} → {after}; reduce su pérdida anual esperada en {saving} por {cost} al año, y se recupera en {months} meses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, more than it saves.</source>
        <translation>{step} (para {function}): preparación {before} → {after}; reduce su pérdida anual esperada en {saving} por {cost} al año, más de lo que ahorra.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{share} of the interactions of {function} run on {channels}, on Meta&apos;s infrastructure as WhatsApp is: in {scenarios} that part stops together with WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no fallback for WhatsApp; prepare one that runs on other infrastructure.</source>
        <translation>El {share} de {function} pasa por {channels}, que funcionan sobre la infraestructura de Meta, como WhatsApp: en {scenarios}, esa parte se detiene junto con WhatsApp y el {cut_off} de {function} queda interrumpido de golpe. Estas apps no son un canal alternativo para WhatsApp; prepare uno que funcione sobre otra infraestructura.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/audiences.py" line="+34"/>
        <source>staff</source>
        <translation>su personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers</source>
        <translation>sus proveedores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patients and clients</source>
        <translation>sus pacientes y clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>sus clientes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="-105"/>
        <source>staff and drivers who are asked to join</source>
        <translation>su personal y sus repartidores a quienes se les pide unirse</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Its monthly fee is not known; add it to the plan when you have a quote.</source>
        <translation>No se conoce su cuota mensual; agréguela al plan cuando tenga un presupuesto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{channel} fails together with WhatsApp when Meta&apos;s systems go down.</source>
        <translation>{channel} falla junto con WhatsApp cuando caen los sistemas de Meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It saves {saving} a year, less than it costs ({cost} a year, set-up included).</source>
        <translation>Ahorra {saving} al año, menos de lo que cuesta ({cost} al año, con la puesta en marcha incluida).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} is a fallback for {function}, but it has been blocked in {country} since {date}: customers there cannot reach you on it without a VPN. Choose another channel for them.</source>
        <translation>{channel} es un canal alternativo para {function}, pero está bloqueado en {country} desde {date}: los clientes de ese país no pueden contactarlo por ese canal sin una VPN. Elija otro canal para ellos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} is a fallback for {function}, but it runs on the same {layers} as WhatsApp and fails with it ({scenarios}); it is not counted as independent.</source>
        <translation>{channel} es un canal alternativo para {function}, pero depende de la misma base que WhatsApp ({layers}) y falla junto con él ({scenarios}); no se cuenta como independiente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in every Meta outage</source>
        <translation>en toda caída de Meta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{function} can lose {loss} in this outage: {scenario}; that is more than the {tolerance} you can bear. It needs at least two independent fallbacks and has {count} ({channels}).</source>
        <translation>{function} puede perder {loss} en esta caída: {scenario}; eso es más que los {tolerance} que usted puede soportar. Necesita al menos dos canales alternativos independientes y tiene {count} ({channels}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended portfolio adds {channels}.</source>
        <translation>El paquete recomendado agrega {channels}.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and 2021. The model counts them at {share} of their readiness for the first {hours} hours; invite people before an outage.</source>
        <translation>Pasar a todos a {channels} en las primeras horas de una caída de WhatsApp tiene riesgo de saturación: Telegram y Signal se volvieron lentos o fallaron por avalanchas de registros en 2015, 2019 y 2021. El modelo los cuenta al {share} de su preparación durante las primeras {hours} horas; invite a la gente antes de una caída.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/common.py" line="+29"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/recommendations_page.py" line="+180"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation steps</source>
        <translation>Medidas de preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels by function</source>
        <translation>Canales por función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Paquete recomendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What you know about this channel…</source>
        <translation>Lo que sabe de este canal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the share of your customers who use the selected channel, when you know it better than the country figures (or there are none).</source>
        <translation>Indique qué porcentaje de sus clientes usa el canal seleccionado, cuando lo conozca mejor que las cifras del país (o cuando no haya cifras).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the country figures</source>
        <translation>Usar las cifras del país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected preparation step to the plan</source>
        <translation>Agregar al plan la medida de preparación seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Function:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly &amp;budget:</source>
        <translation>&amp;Presupuesto anual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget for preparation</source>
        <translation>Presupuesto anual para la preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps and what they are worth</source>
        <translation>Medidas de preparación y cuánto valen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels ranked for the chosen function</source>
        <translation>Canales ordenados para la función elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended portfolio</source>
        <translation>Paquete de medidas recomendado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this step</source>
        <translation>Por qué esta medida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valuing every preparation step against your plan…</source>
        <translation>Evaluando cada medida de preparación con su plan…</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>With these steps you can expect to lose {ale} a year ({p90} in a bad year, 1 in 10), for {cost} a year.</source>
        <translation>Con estas medidas puede esperar perder {ale} al año ({p90} en un año malo, 1 de cada 10), por {cost} al año.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Warnings (%1)</source>
        <translation>Advertencias (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Add this step to the action plan</source>
        <translation>&amp;Agregar esta medida al plan de acción</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the &amp;whole portfolio to the action plan</source>
        <translation>Agregar el paquete &amp;completo al plan de acción</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, and the steps that would cut your losses appear here.</source>
        <translation>Todavía no hay actividades: agregue en la página Funciones lo que sus clientes hacen por WhatsApp, y aquí aparecerán las medidas que reducirían sus pérdidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preparation step to suggest for this plan: check that each activity has its share on WhatsApp and its value per interaction on the Functions page.</source>
        <translation>No hay ninguna medida de preparación que sugerir para este plan: revise en la página Funciones que cada actividad tenga su porcentaje por WhatsApp y su valor por interacción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in 10). Each step below is valued by running the model again with it in place.</source>
        <translation>Hoy puede esperar perder {ale} al año por caídas ({p90} en un año malo, 1 de cada 10). Cada medida de abajo se valora volviendo a calcular el modelo con ella aplicada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves a year</source>
        <translation>Ahorro anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a bad year</source>
        <translation>Ahorro en un año malo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs a year</source>
        <translation>Costo anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays back in</source>
        <translation>Se recupera en</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not worth it now</source>
        <translation>No conviene por ahora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the action plan: %1</source>
        <translation>En el plan de acción: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survives</source>
        <translation>Resiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{channel}: {reasons}.</source>
        <translation>{channel}: {reasons}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you know about %1</source>
        <translation>Lo que sabe de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of your customers who use %1 (%):</source>
        <translation>Porcentaje de sus clientes que usa %1 (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): saves %3 a year on top of the steps above, costs %4</source>
        <translation>%1 (%2): ahorra %3 al año además de las medidas anteriores; cuesta %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step saves more than it costs.</source>
        <translation>Ninguna medida ahorra más de lo que cuesta.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n step(s) added to the action plan as planned task(s). Give each an owner and a due date on the Action plan page; readiness today changes only when a task is marked done there.</source>
        <translation>
            <numerusform>Se agregó %n medida al plan de acción como tarea planificada. Asígnele un responsable y una fecha límite en la página Plan de acción; la preparación actual solo cambia cuando una tarea se marca allí como completada.</numerusform>
            <numerusform>Se agregaron %n medidas al plan de acción como tareas planificadas. Asigne a cada una un responsable y una fecha límite en la página Plan de acción; la preparación actual solo cambia cuando una tarea se marca allí como completada.</numerusform>
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
        <translation>un plan sin título ({business})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was stopped at {when} with unsaved changes to {name}; they were kept.</source>
        <translation>La aplicación se detuvo el {when} con cambios sin guardar en {name}; se conservaron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application did not close properly; unsaved changes to {name} were kept at {when}.</source>
        <translation>La aplicación no se cerró correctamente; los cambios sin guardar en {name} se conservaron el {when}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them in this window, save them to a file of their own, or discard them?</source>
        <translation>¿Recuperarlos en esta ventana, guardarlos en un archivo aparte o descartarlos?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This window already shows restored work. Save these changes to a file of their own, discard them, or keep them to decide at the next start?</source>
        <translation>Esta ventana ya muestra trabajo recuperado. ¿Guardar estos cambios en un archivo aparte, descartarlos o conservarlos para decidir la próxima vez que abra la aplicación?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more after this one.)</source>
        <translation>
            <numerusform>(queda %n más después de este.)</numerusform>
            <numerusform>(quedan %n más después de este.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save restored changes as</source>
        <translation>Guardar los cambios recuperados como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity plans (*{suffix})</source>
        <translation>Planes de continuidad (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored changes could not be saved to {path}: {reason}. They are kept and offered again at the next start.</source>
        <translation>No se pudieron guardar los cambios recuperados en {path}: {reason}. Se conservan y se le volverán a ofrecer la próxima vez que abra la aplicación.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../continuity_app/core/actions.py" line="+41"/>
        <location filename="../../continuity_app/core/reference_strings.py" line="+9"/>
        <source>card or bank</source>
        <translation>tarjeta o transferencia</translation>
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
        <translation>Correo electrónico</translation>
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
        <translation>RCS (Google Mensajes / Apple Mensajes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web chat (own website or app)</source>
        <translation>Chat web (sitio web o app propios)</translation>
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
        <translation>Operadores móviles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many providers</source>
        <translation>Varios proveedores</translation>
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
        <translation>Operadores móviles, Google Jibe, Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNG</source>
        <translation>VNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own hosting)</source>
        <translation>El propio negocio (alojamiento propio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp service</source>
        <translation>Servicio de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta shared infrastructure</source>
        <translation>Infraestructura compartida de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram infrastructure</source>
        <translation>Infraestructura de Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal infrastructure</source>
        <translation>Infraestructura de Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data network</source>
        <translation>Red de datos móviles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed internet</source>
        <translation>Internet fijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp app and service itself (e.g. the 25 Oct 2022 outage, when WhatsApp alone failed).</source>
        <translation>La app y el servicio de WhatsApp en sí (p. ej., la caída del 25 oct 2022, cuando solo falló WhatsApp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s backbone, DNS and data centres under WhatsApp, Messenger, Instagram and Facebook Login; when it fails they all fail together (4 Oct 2021, 13 Mar 2019, 11 Dec 2024).</source>
        <translation>La red troncal, el DNS y los centros de datos de Meta sobre los que funcionan WhatsApp, Messenger, Instagram y el inicio de sesión con Facebook; cuando fallan, todos fallan a la vez (4 oct 2021, 13 mar 2019, 11 dic 2024).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram&apos;s own servers and data centres (e.g. the 29 Mar 2018 data-centre power failure).</source>
        <translation>Los servidores y centros de datos propios de Telegram (p. ej., el corte de luz en un centro de datos del 29 mar 2018).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal&apos;s servers, which run on public cloud (AWS, Azure, GCP); Signal went down in the AWS us-east-1 outage of 20 Oct 2025 and under the Jan 2021 sign-up surge.</source>
        <translation>Los servidores de Signal, que funcionan en la nube pública (AWS, Azure, GCP); Signal dejó de funcionar en la caída de AWS us-east-1 del 20 oct 2025 y con el pico de registros de ene 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app used over the cellular data network; fails in a carrier outage or a government mobile-data shutdown.</source>
        <translation>Todas las apps que se usan con datos móviles; falla en una caída del operador o en un corte de datos móviles ordenado por el gobierno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice calls and SMS over mobile carriers; fails in national carrier outages (AT&amp;T 2024, Optus 2023, Rogers 2022).</source>
        <translation>Llamadas de voz y SMS de los operadores móviles; falla cuando un operador se cae en todo el país (AT&amp;T 2024, Optus 2023, Rogers 2022).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-line and broadband internet (and the Wi-Fi behind it); Optus 2023 and Rogers 2022 also took out fixed services.</source>
        <translation>Internet fijo y de banda ancha (y el Wi-Fi que depende de él); las caídas de Optus 2023 y Rogers 2022 también cortaron los servicios fijos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local electricity supply of the business or its counterparts.</source>
        <translation>El suministro eléctrico local del negocio o de sus contactos.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Phone call (mobile or landline)</source>
        <translation>Llamada telefónica (celular o fija)</translation>
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
        <translation>Página o tienda de Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop or marketplace</source>
        <translation>Tienda en línea o marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (walk-in, counter)</source>
        <translation>En persona (en el local, en el mostrador)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PageBites</source>
        <translation>PageBites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta (directly or through a provider: Twilio, 360dialog, Gupshup...)</source>
        <translation>Meta (directamente o a través de un proveedor: Twilio, 360dialog, Gupshup...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own site, Shopify...) or the marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</source>
        <translation>El propio negocio (sitio web propio, Shopify...) o el marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (its premises)</source>
        <translation>El propio negocio (su local)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone calls and SMS network</source>
        <translation>Red de llamadas y SMS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunéi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Democratic Republic of the Congo</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa de Marfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <translation>Camerún</translation>
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
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curazao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grecia</translation>
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
        <translation>Guinea-Bisáu</translation>
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
        <translation>Croacia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Malí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
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
        <translation>Catar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor Oriental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
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
        <translation>Yemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>Dírham de los Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghani</source>
        <translation>Afgani afgano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lek</source>
        <translation>Lek albanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian Dram</source>
        <translation>Dram armenio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwanza</source>
        <translation>Kwanza angoleño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentine Peso</source>
        <translation>Peso argentino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australian Dollar</source>
        <translation>Dólar australiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruban Florin</source>
        <translation>Florín arubeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan Manat</source>
        <translation>Manat azerbaiyano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convertible Mark</source>
        <translation>Marco convertible de Bosnia y Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados Dollar</source>
        <translation>Dólar de Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taka</source>
        <translation>Taka bangladesí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian Lev</source>
        <translation>Lev búlgaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahraini Dinar</source>
        <translation>Dinar bareiní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi Franc</source>
        <translation>Franco burundés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Dollar</source>
        <translation>Dólar de Brunéi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boliviano</source>
        <translation>Boliviano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazilian Real</source>
        <translation>Real brasileño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamian Dollar</source>
        <translation>Dólar bahameño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngultrum</source>
        <translation>Ngultrum butanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pula</source>
        <translation>Pula botsuano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian Ruble</source>
        <translation>Rublo bielorruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize Dollar</source>
        <translation>Dólar beliceño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian Dollar</source>
        <translation>Dólar canadiense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congolese Franc</source>
        <translation>Franco congoleño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss Franc</source>
        <translation>Franco suizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chilean Peso</source>
        <translation>Peso chileno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan Renminbi</source>
        <translation>Yuan chino (renminbi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombian Peso</source>
        <translation>Peso colombiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rican Colon</source>
        <translation>Colón costarricense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuban Peso</source>
        <translation>Peso cubano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde Escudo</source>
        <translation>Escudo caboverdiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Koruna</source>
        <translation>Corona checa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti Franc</source>
        <translation>Franco yibutiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Krone</source>
        <translation>Corona danesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Peso</source>
        <translation>Peso dominicano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algerian Dinar</source>
        <translation>Dinar argelino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egyptian Pound</source>
        <translation>Libra egipcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nakfa</source>
        <translation>Nakfa eritreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopian Birr</source>
        <translation>Birr etíope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji Dollar</source>
        <translation>Dólar fiyiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pound Sterling</source>
        <translation>Libra esterlina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lari</source>
        <translation>Lari georgiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana Cedi</source>
        <translation>Cedi ghanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dalasi</source>
        <translation>Dalasi gambiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinean Franc</source>
        <translation>Franco guineano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quetzal</source>
        <translation>Quetzal guatemalteco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana Dollar</source>
        <translation>Dólar guyanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong Dollar</source>
        <translation>Dólar de Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lempira</source>
        <translation>Lempira hondureño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gourde</source>
        <translation>Gourde haitiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forint</source>
        <translation>Forinto húngaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah</source>
        <translation>Rupia indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Israeli Sheqel</source>
        <translation>Nuevo séquel israelí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Rupee</source>
        <translation>Rupia india</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraqi Dinar</source>
        <translation>Dinar iraquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Rial</source>
        <translation>Rial iraní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland Krona</source>
        <translation>Corona islandesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaican Dollar</source>
        <translation>Dólar jamaiquino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordanian Dinar</source>
        <translation>Dinar jordano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen</source>
        <translation>Yen japonés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenyan Shilling</source>
        <translation>Chelín keniano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Som</source>
        <translation>Som kirguís</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riel</source>
        <translation>Riel camboyano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comorian Franc</source>
        <translation>Franco comorense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korean Won</source>
        <translation>Won norcoreano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Won surcoreano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwaiti Dinar</source>
        <translation>Dinar kuwaití</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenge</source>
        <translation>Tenge kazajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao Kip</source>
        <translation>Kip laosiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanese Pound</source>
        <translation>Libra libanesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka Rupee</source>
        <translation>Rupia de Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberian Dollar</source>
        <translation>Dólar liberiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loti</source>
        <translation>Loti lesotense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libyan Dinar</source>
        <translation>Dinar libio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccan Dirham</source>
        <translation>Dírham marroquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldovan Leu</source>
        <translation>Leu moldavo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy Ariary</source>
        <translation>Ariary malgache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denar</source>
        <translation>Denar macedonio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyat</source>
        <translation>Kyat birmano</translation>
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
        <translation>Uguiya mauritano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius Rupee</source>
        <translation>Rupia mauriciana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rufiyaa</source>
        <translation>Rufiyaa maldiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi Kwacha</source>
        <translation>Kwacha malauí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexican Peso</source>
        <translation>Peso mexicano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysian Ringgit</source>
        <translation>Ringgit malayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique Metical</source>
        <translation>Metical mozambiqueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia Dollar</source>
        <translation>Dólar namibio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naira</source>
        <translation>Naira nigeriano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cordoba Oro</source>
        <translation>Córdoba nicaragüense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Krone</source>
        <translation>Corona noruega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepalese Rupee</source>
        <translation>Rupia nepalí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand Dollar</source>
        <translation>Dólar neozelandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial Omani</source>
        <translation>Rial omaní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol</source>
        <translation>Sol peruano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kina</source>
        <translation>Kina de Papúa Nueva Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippine Peso</source>
        <translation>Peso filipino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan Rupee</source>
        <translation>Rupia pakistaní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zloty</source>
        <translation>Esloti polaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarani</source>
        <translation>Guaraní paraguayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatari Rial</source>
        <translation>Riyal catarí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian Leu</source>
        <translation>Leu rumano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian Dinar</source>
        <translation>Dinar serbio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>Rublo ruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda Franc</source>
        <translation>Franco ruandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Riyal</source>
        <translation>Riyal saudí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands Dollar</source>
        <translation>Dólar de las Islas Salomón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles Rupee</source>
        <translation>Rupia seychellense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudanese Pound</source>
        <translation>Libra sudanesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish Krona</source>
        <translation>Corona sueca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore Dollar</source>
        <translation>Dólar de Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leone</source>
        <translation>Leone sierraleonés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surinam Dollar</source>
        <translation>Dólar surinamés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudanese Pound</source>
        <translation>Libra sursudanesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dobra</source>
        <translation>Dobra santotomense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syrian Pound</source>
        <translation>Libra siria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lilangeni</source>
        <translation>Lilangeni suazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baht</source>
        <translation>Baht tailandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somoni</source>
        <translation>Somoni tayiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan New Manat</source>
        <translation>Nuevo manat turcomano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisian Dinar</source>
        <translation>Dinar tunecino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa’anga</source>
        <translation>Pa’anga tongano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>Lira turca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago Dollar</source>
        <translation>Dólar de Trinidad y Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan Dollar</source>
        <translation>Nuevo dólar taiwanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzanian Shilling</source>
        <translation>Chelín tanzano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hryvnia</source>
        <translation>Grivna ucraniana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda Shilling</source>
        <translation>Chelín ugandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>Dólar estadounidense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peso Uruguayo</source>
        <translation>Peso uruguayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan Sum</source>
        <translation>Som uzbeko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolívar Soberano</source>
        <translation>Bolívar venezolano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dong</source>
        <translation>Dong vietnamita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatu</source>
        <translation>Vatu de Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tala</source>
        <translation>Tala samoano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BEAC</source>
        <translation>Franco CFA de África Central (BEAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Caribbean Dollar</source>
        <translation>Dólar del Caribe Oriental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Guilder</source>
        <translation>Florín del Caribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BCEAO</source>
        <translation>Franco CFA de África Occidental (BCEAO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFP Franc</source>
        <translation>Franco CFP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemeni Rial</source>
        <translation>Rial yemení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rand</source>
        <translation>Rand sudafricano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambian Kwacha</source>
        <translation>Kwacha zambiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe Gold (ZiG)</source>
        <translation>Oro de Zimbabue (ZiG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect customers&apos; mobile numbers and SMS consent at checkout and booking</source>
        <translation>Recopilar el número de celular de los clientes y su consentimiento para SMS al pagar y al reservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an SMS gateway account with prepaid credit and a ready outage message</source>
        <translation>Abrir una cuenta en una plataforma de envío de SMS, con saldo prepagado y un mensaje de caída listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare {payment} payment links to send by SMS</source>
        <translation>Preparar enlaces de pago ({payment}) para enviar por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the fallback phone number on the shop door, receipts and website</source>
        <translation>Imprimir el número de teléfono alternativo en la puerta del local, en los recibos y en el sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up call forwarding to a second phone so that calls are answered at peak times</source>
        <translation>Configurar el desvío de llamadas a un segundo teléfono para que se atiendan en las horas pico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a phone tree: who calls whom when WhatsApp is down</source>
        <translation>Escribir un árbol de llamadas: quién llama a quién cuando WhatsApp no funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect email addresses and prepare an outage notice template</source>
        <translation>Recopilar correos electrónicos y preparar una plantilla de aviso de caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a Telegram channel link on every receipt and order confirmation</source>
        <translation>Publicar el enlace de un canal de Telegram en cada recibo y confirmación de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Telegram group for staff and drivers, everyone joined in advance</source>
        <translation>Crear un grupo de Telegram para el personal y los repartidores, con todos unidos de antemano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Signal group for staff, everyone joined in advance</source>
        <translation>Crear un grupo de Signal para el personal, con todos unidos de antemano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Viber community and show its QR code at the counter and on receipts</source>
        <translation>Abrir una comunidad de Viber y mostrar su código QR en el mostrador y en los recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a LINE Official Account and show its QR code at the counter</source>
        <translation>Abrir una cuenta oficial de LINE y mostrar su código QR en el mostrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Kakao Talk channel and show its QR code on receipts</source>
        <translation>Abrir un canal de KakaoTalk y mostrar su código QR en los recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WeChat Official Account and show its QR code at the counter</source>
        <translation>Abrir una cuenta oficial de WeChat y mostrar su código QR en el mostrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Zalo Official Account and show its QR code on receipts</source>
        <translation>Abrir una cuenta oficial de Zalo y mostrar su código QR en los recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order and booking form to your website and link it from your profiles</source>
        <translation>Agregar un formulario de pedidos y reservas a su sitio web y enlazarlo desde sus perfiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point customers to Instagram Direct as a second inbox</source>
        <translation>Indicar a los clientes Instagram Direct como segunda bandeja de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link a Messenger inbox from your Facebook page</source>
        <translation>Enlazar una bandeja de entrada de Messenger desde su página de Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers and consent let you text customers the moment WhatsApp fails</source>
        <translation>con los números y el consentimiento puede enviar SMS a los clientes en cuanto WhatsApp falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prepaid gateway sends the outage message to everyone within minutes</source>
        <translation>una plataforma prepagada envía el mensaje de caída a todos en pocos minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ready link collects the payment without WhatsApp</source>
        <translation>un enlace listo cobra el pago sin WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who cannot reach you on WhatsApp call instead</source>
        <translation>los clientes que no pueden contactarlo por WhatsApp llaman por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second line keeps calls from going unanswered</source>
        <translation>una segunda línea evita que queden llamadas sin contestar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone knows whom to call within minutes</source>
        <translation>en pocos minutos todos saben a quién llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email reaches customers who are online but cannot use WhatsApp</source>
        <translation>el correo electrónico llega a los clientes que tienen internet pero no pueden usar WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who follow the channel get your updates and can message you</source>
        <translation>los clientes que siguen el canal reciben sus novedades y pueden escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team keeps talking as soon as WhatsApp fails</source>
        <translation>el equipo sigue comunicado en cuanto WhatsApp falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end-to-end encrypted group keeps the team talking</source>
        <translation>un grupo con cifrado de extremo a extremo mantiene comunicado al equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber users follow the community and can message you</source>
        <translation>los usuarios de Viber siguen la comunidad y pueden escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE friends of your account get messages and can book with you</source>
        <translation>los amigos de su cuenta de LINE reciben mensajes y pueden reservar con usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk friends of your channel can message you</source>
        <translation>los amigos de su canal de KakaoTalk pueden escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers of your account can message and pay you</source>
        <translation>los seguidores de su cuenta pueden escribirle y pagarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo followers can message you</source>
        <translation>sus seguidores de Zalo pueden escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who look for you online can still order</source>
        <translation>los clientes que lo buscan en internet pueden seguir haciendo pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>Instagram Direct funciona cuando solo falla WhatsApp, pero depende de la infraestructura de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>Messenger funciona cuando solo falla WhatsApp, pero depende de la infraestructura de Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a customer needs a private conversation</source>
        <translation>atender a un cliente requiere una conversación privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business account lets several staff answer and keeps history</source>
        <translation>una cuenta de empresa permite que respondan varias personas del equipo y guarda el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders are taken in a private conversation</source>
        <translation>los pedidos se toman en una conversación privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogues and shared inboxes speed up order taking</source>
        <translation>los catálogos y las bandejas de entrada compartidas agilizan la toma de pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a sale is easier where payment can follow</source>
        <translation>es más fácil cerrar una venta donde también se puede cobrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an in-app payment path collects money without another app</source>
        <translation>el pago dentro de la app permite cobrar sin usar otra app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment link (Pix, UPI, card) can be sent in any private message</source>
        <translation>un enlace de pago (Pix, UPI, tarjeta) se puede enviar en cualquier mensaje privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team coordinates in a group large enough for all staff</source>
        <translation>un equipo se coordina en un grupo con cabida para todo el personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager also needs to reach each person directly</source>
        <translation>quien coordina también necesita hablar directamente con cada persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders to suppliers go person to person</source>
        <translation>los pedidos a proveedores van de persona a persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some suppliers coordinate in groups</source>
        <translation>algunos proveedores se coordinan en grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broadcast reaches every follower at once</source>
        <translation>una difusión llega a todos los seguidores a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking and reminders are private conversations</source>
        <translation>las reservas y los recordatorios son conversaciones privadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic reminders need a business account</source>
        <translation>los recordatorios automáticos requieren una cuenta de empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers and customers confirm drop-offs one to one</source>
        <translation>repartidores y clientes confirman las entregas uno a uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch groups keep drivers in step</source>
        <translation>los grupos de despacho mantienen coordinados a los repartidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a business sends to handle one interaction on a fallback channel; multiplies the channel&apos;s price per message</source>
        <translation>Mensajes que envía un negocio para atender una interacción por un canal alternativo; multiplica el precio por mensaje del canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a fallback&apos;s coverage to rise linearly from 0 to its full readiness once its activation delay has passed</source>
        <translation>Tiempo que tarda la cobertura de un canal alternativo en subir linealmente de 0 a su preparación completa, una vez transcurrido su tiempo de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness multiplier for channels with surge_risk during the first surge_hours of an outage that fails the whatsapp or meta layer</source>
        <translation>Multiplicador de la preparación de los canales con surge_risk durante las primeras surge_hours de una caída en la que falla la capa whatsapp o meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the surge penalty lasts after an outage of whatsapp or meta starts. Evidence: &apos;slower Telegram in the Americas&apos; on 4 Oct 2021 (+70M sign-ups in a day); Signal&apos;s outage of 15 Jan 2021 under the privacy-policy surge; Telegram&apos;s SMS-code gateways overloaded by +1.5M Brazilian sign-ups within hours on 17 Dec 2015</source>
        <translation>Cuánto dura la penalización por saturación desde que empieza una caída de whatsapp o meta. Evidencia: &apos;Telegram más lento en las Américas&apos; el 4 oct 2021 (+70 M de registros en un día); la caída de Signal del 15 ene 2021 durante el pico de registros por la política de privacidad; las plataformas de códigos por SMS de Telegram, saturadas por +1,5 M de registros en Brasil en pocas horas el 17 dic 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of log(duration) for a scenario whose category has fewer than min_duration_points usable durations in outages.csv; the median comes from the scenario</source>
        <translation>Desviación estándar de log(duración) para un escenario cuya categoría tiene menos de min_duration_points duraciones utilizables en outages.csv; la mediana sale del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest usable durations a category needs before its own log-normal spread is fitted</source>
        <translation>Número mínimo de duraciones utilizables que necesita una categoría para ajustar su propia dispersión log-normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year of the outage-history window used for yearly frequencies</source>
        <translation>Primer año del periodo del historial de caídas que se usa para las frecuencias anuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (inclusive) of the outage-history window used for yearly frequencies</source>
        <translation>Último año (incluido) del periodo del historial de caídas que se usa para las frecuencias anuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a government shutdown or block when neither the history nor the published counts give one</source>
        <translation>Duración de un corte o bloqueo ordenado por el gobierno cuando ni el historial ni los recuentos publicados la dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step of the impact simulation</source>
        <translation>Paso de tiempo de la simulación del impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon of the impact simulation (one week)</source>
        <translation>Horizonte de la simulación del impacto (una semana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in the GSM-7 alphabet</source>
        <translation>Caracteres de un SMS de una sola parte en el alfabeto GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part GSM-7 SMS</source>
        <translation>Caracteres por parte de un SMS de varias partes en GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in UCS-2 (any character outside GSM-7, e.g. Arabic, Hindi)</source>
        <translation>Caracteres de un SMS de una sola parte en UCS-2 (cualquier carácter fuera de GSM-7, p. ej., árabe o hindi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part UCS-2 SMS</source>
        <translation>Caracteres por parte de un SMS de varias partes en UCS-2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach of any app channel among the business&apos;s own staff and drivers, who can be asked to install it</source>
        <translation>Alcance de cualquier canal por app entre el personal y los repartidores del propio negocio, a quienes se les puede pedir que la instalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the one-off set-up time of a preparation step is spread when its yearly cost is computed</source>
        <translation>Años entre los que se reparte el tiempo de configuración inicial de una medida de preparación al calcular su costo anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a channel&apos;s lack of default end-to-end encryption lowers its score (0: not at all, 1: to zero)</source>
        <translation>Cuánto baja la puntuación de un canal que no tiene cifrado de extremo a extremo por defecto (0: nada, 1: hasta cero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a high set-up effort lowers a channel&apos;s score (medium counts half)</source>
        <translation>Cuánto baja la puntuación de un canal un esfuerzo de configuración alto (uno medio cuenta la mitad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest bearable loss per outage given to a new plan whose functions put no revenue at stake (coordination only): one working day of the whole staff&apos;s cost, the same one-day horizon as the revenue-based tolerance</source>
        <translation>Pérdida máxima soportable por caída que se asigna a un plan nuevo cuyas funciones no ponen ingresos en juego (solo coordinación): un día laboral del costo de todo el personal, el mismo horizonte de un día que la pérdida máxima soportable basada en los ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the recovery tail after an outage&apos;s announced end, over which the blocked share falls linearly to zero (regions coming back one by one, queued messages delivered late)</source>
        <translation>Duración de la fase de recuperación después del fin anunciado de una caída, durante la cual la parte bloqueada baja de forma lineal hasta cero (regiones que vuelven una por una, mensajes en cola que se entregan tarde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after service returns customers with a same-day need who heard of the outage stay with the arrangements they made elsewhere (the rest of the day: an evening, or the afternoon after a morning outage); also the scale on which the share who heard of it grows with the outage&apos;s length (1 - e^(-length / this))</source>
        <translation>Cuánto tiempo después de que vuelve el servicio los clientes con una necesidad del mismo día que se enteraron de la caída siguen con lo que resolvieron en otra parte (el resto del día: una noche, o la tarde tras una caída por la mañana); también es la escala en la que la parte de quienes se enteraron crece con la duración de la caída (1 - e^(-duración / este valor))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor 0..1</source>
        <translation>factor 0..1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-hours</source>
        <translation>log-horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages</source>
        <translation>caídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours per staff member</source>
        <translation>horas por empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp-only outage (like 25 Oct 2022)</source>
        <translation>Caída solo de WhatsApp (como la del 25 oct 2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage (like 4 Oct 2021)</source>
        <translation>Caída de todo Meta (como la del 4 oct 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long Meta outage (like 13 Mar 2019)</source>
        <translation>Caída larga de Meta (como la del 13 mar 2019)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National carrier outage (like AT&amp;T, 22 Feb 2024)</source>
        <translation>Caída de un operador nacional (como AT&amp;T, 22 feb 2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government mobile-data shutdown</source>
        <translation>Corte de datos móviles ordenado por el gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Corte de internet ordenado por el gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp bloqueado en el país (por un juez o el gobierno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: restaurants, bakeries, take-away, catering</source>
        <translation>Alimentos: restaurantes, panaderías, comida para llevar, catering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail: shops, fashion, pharmacies, online stores</source>
        <translation>Comercio: tiendas, moda, farmacias, tiendas en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health: clinics, doctors, dentists, laboratories</source>
        <translation>Salud: clínicas, médicos, dentistas, laboratorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: salons, repairs, cleaning, tutoring</source>
        <translation>Servicios: salones de belleza, reparaciones, limpieza, clases particulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages; Messenger, Instagram and every other channel keep working.</source>
        <translation>Solo WhatsApp deja de enviar mensajes; Messenger, Instagram y todos los demás canales siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Messenger, Instagram and Facebook fail together for hours, as on 4 Oct 2021.</source>
        <translation>WhatsApp, Messenger, Instagram y Facebook fallan a la vez durante horas, como el 4 oct 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Meta apps fail for most of a day, as on 13-14 Mar 2019 (about 14 h).</source>
        <translation>Todas las apps de Meta fallan durante casi un día, como el 13-14 mar 2019 (unas 14 h).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile operator&apos;s network fails nationwide: calls, SMS and mobile data stop; apps on Wi-Fi and fixed lines keep working.</source>
        <translation>La red de un operador móvil falla en todo el país: se cortan las llamadas, los SMS y los datos móviles; las apps por Wi-Fi y las líneas fijas siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data: every messaging app stops on phones; SMS, voice and fixed internet keep working.</source>
        <translation>Las autoridades cortan los datos móviles: todas las apps de mensajería dejan de funcionar en los teléfonos; los SMS, las llamadas y el internet fijo siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut all internet access, mobile and fixed: every app and web channel stops; SMS and voice calls keep working.</source>
        <translation>Las autoridades cortan todo el acceso a internet, móvil y fijo: todas las apps y los canales web se detienen; los SMS y las llamadas de voz siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court or the government orders WhatsApp blocked in one country, as in Brazil in Dec 2015, May 2016 and Jul 2016; every other app keeps working.</source>
        <translation>Un juez o el gobierno ordena bloquear WhatsApp en un país, como en Brasil en diciembre de 2015, mayo de 2016 y julio de 2016; todas las demás apps siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Pedidos y ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Coordinación del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Coordinación con proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Difusiones de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family bakery in Ramallah that takes cake and catering orders, answers customers and dispatches deliveries on WhatsApp; customers all in Palestine, prices in shekels.</source>
        <translation>Una panadería familiar en Ramala que toma pedidos de pasteles y catering, atiende a sus clientes y coordina entregas por WhatsApp; todos los clientes en Palestina, precios en séqueles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family clinic in Mumbai that books appointments, sends lab reports and collects UPI payments on WhatsApp; patients all in India, amounts in rupees.</source>
        <translation>Una clínica familiar en Bombay que agenda citas, envía resultados de laboratorio y cobra pagos UPI por WhatsApp; todos los pacientes en la India, importes en rupias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online fashion shop in São Paulo that sells, sends Pix payment links and runs broadcast lists on WhatsApp, with Instagram as its shop window; losses counted as lost margin.</source>
        <translation>Una tienda de moda en línea en São Paulo que vende, envía enlaces de pago Pix y gestiona listas de difusión por WhatsApp, con Instagram como escaparate; pérdidas contadas como margen perdido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages for about two hours, as on 25 October 2022; Instagram, Messenger and every other channel keep working.</source>
        <translation>Solo WhatsApp deja de enviar mensajes durante unas dos horas, como el 25 de octubre de 2022; Instagram, Messenger y todos los demás canales siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp stops sending</source>
        <translation>WhatsApp deja de enviar mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick; Instagram and Facebook still work. Is this our phones, our internet, or WhatsApp? Who decides to declare the outage?</source>
        <translation>Los mensajes se quedan con un solo check; Instagram y Facebook siguen funcionando. ¿El problema está en nuestros celulares, en nuestro internet o en WhatsApp? ¿Quién decide declarar la caída?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers ask on Instagram</source>
        <translation>Los clientes preguntan por Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who follow you on Instagram ask there why you do not answer on WhatsApp. Who answers them, and what do you tell the customers who are not on Instagram?</source>
        <translation>Los clientes que los siguen en Instagram preguntan allí por qué no contestan por WhatsApp. ¿Quién les responde, y qué les dicen a los clientes que no están en Instagram?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service restored</source>
        <translation>Servicio restablecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp works again. Messages sent during the outage arrive in a rush. Who answers them first?</source>
        <translation>WhatsApp vuelve a funcionar. Los mensajes enviados durante la caída llegan todos de golpe. ¿Quién los responde primero?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage, hour by hour (like 4 Oct 2021)</source>
        <translation>Caída de todo Meta, hora por hora (como la del 4 oct 2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram, Messenger and Facebook stop together for about six hours, as on 4 October 2021 from 15:39 UTC. Telegram slows under a sign-up surge, a customer disputes a payment, the mobile network fails too, and WhatsApp comes back partly, with messages arriving late.</source>
        <translation>WhatsApp, Instagram, Messenger y Facebook dejan de funcionar a la vez durante unas seis horas, como el 4 de octubre de 2021 desde las 15:39 UTC. Telegram se satura por un pico de registros, una clienta reclama por un pago, la red móvil también falla y WhatsApp vuelve en parte, con mensajes que llegan tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook stop</source>
        <translation>WhatsApp, Instagram y Facebook dejan de funcionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick. Instagram and Facebook do not load either. Staff ask in the shop whether their phones are broken. Who confirms the outage, and how?</source>
        <translation>Los mensajes se quedan con un solo check. Instagram y Facebook tampoco cargan. En el local, el personal pregunta si sus celulares están descompuestos. ¿Quién confirma la caída, y cómo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers cannot order</source>
        <translation>Los clientes no pueden hacer pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three regular customers phone the shop: their orders on WhatsApp did not go through. Who answers the phone, and where are the orders written down?</source>
        <translation>Tres clientes habituales llaman al local: sus pedidos por WhatsApp no llegaron. ¿Quién contesta el teléfono, y dónde se anotan los pedidos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram slows under a sign-up surge</source>
        <translation>Telegram se satura por un pico de registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millions of people sign up to Telegram at once, as on 4 October 2021 (70 million in one day). Verification codes arrive late; some customers cannot join your Telegram channel for an hour.</source>
        <translation>Millones de personas se registran en Telegram al mismo tiempo, como el 4 de octubre de 2021 (70 millones en un día). Los códigos de verificación llegan tarde; algunos clientes pasan una hora sin poder unirse a su canal de Telegram.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer disputes a payment made during the outage</source>
        <translation>Una clienta reclama por un pago hecho durante la caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer says she paid by bank transfer an hour ago, but nobody can see the WhatsApp message with her receipt. How is the payment checked, and who decides whether to hand over the goods?</source>
        <translation>Una clienta dice que pagó por transferencia bancaria hace una hora, pero nadie puede ver el mensaje de WhatsApp con su comprobante. ¿Cómo se verifica el pago, y quién decide si se le entregan los productos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile network fails too</source>
        <translation>La red móvil también falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One operator&apos;s mobile network drops in your area: calls and SMS to half of your customers fail for forty minutes. Which channel still reaches them?</source>
        <translation>La red móvil de un operador se cae en su zona: las llamadas y los SMS a la mitad de sus clientes fallan durante cuarenta minutos. ¿Qué canal todavía les llega?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp returns partly; messages arrive late</source>
        <translation>WhatsApp vuelve en parte; los mensajes llegan tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some phones receive WhatsApp messages again, hours late and out of order. Customers who ordered elsewhere send the same order on WhatsApp. How are duplicate orders avoided?</source>
        <translation>Algunos celulares vuelven a recibir mensajes de WhatsApp, con horas de retraso y desordenados. Clientes que ya pidieron por otro canal envían el mismo pedido por WhatsApp. ¿Cómo se evitan los pedidos duplicados?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook work again for everyone. Who stands down, and what does the team do first?</source>
        <translation>WhatsApp, Instagram y Facebook vuelven a funcionar para todos. ¿Quién da por terminada la caída, y qué hace primero el equipo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customers&apos; main mobile operator fails nationwide: calls, SMS and mobile data stop, so WhatsApp stops on their phones too, as with AT&amp;T on 22 February 2024. Most phones reconnect after about two hours; congestion lasts most of the day.</source>
        <translation>El principal operador móvil de sus clientes falla en todo el país: se cortan las llamadas, los SMS y los datos móviles, así que WhatsApp también deja de funcionar en sus celulares, como pasó con AT&amp;T el 22 de febrero de 2024. La mayoría de los celulares se reconecta después de unas dos horas; la congestión dura casi todo el día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones show no signal</source>
        <translation>Los celulares no tienen señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff phones on one operator show SOS only; WhatsApp, calls and SMS fail on them. Phones on another operator and on Wi-Fi still work. Who has a working line?</source>
        <translation>Los celulares del personal que son de un operador solo muestran «SOS»; WhatsApp, las llamadas y los SMS no funcionan en ellos. Los celulares de otro operador y los conectados a Wi-Fi siguen funcionando. ¿Quién tiene una línea que funcione?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers on Wi-Fi only</source>
        <translation>Solo los clientes con Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at home on Wi-Fi still write on WhatsApp; those outside cannot. Which orders are you missing, and how will you know?</source>
        <translation>Los clientes que están en casa con Wi-Fi todavía escriben por WhatsApp; los que están fuera no pueden. ¿Qué pedidos se están perdiendo, y cómo lo sabrán?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, slowly</source>
        <translation>La mayoría de los celulares se reconecta, poco a poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, but calls drop and messages are slow for hours. Do you keep the fallback running?</source>
        <translation>La mayoría de los celulares se reconecta, pero las llamadas se cortan y los mensajes tardan durante horas. ¿Mantienen el canal alternativo en marcha?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier delivery not confirmed</source>
        <translation>Entrega del proveedor sin confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s driver cannot confirm today&apos;s delivery time. Who decides whether to close the kitchen early?</source>
        <translation>El repartidor de un proveedor no puede confirmar la hora de la entrega de hoy. ¿Quién decide si se cierra la cocina antes de tiempo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network fully restored</source>
        <translation>Red totalmente restablecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator announces full restoration and a credit for customers. Who stands down?</source>
        <translation>El operador anuncia que el servicio se restableció por completo y que dará un crédito a sus clientes. ¿Quién da por terminada la caída?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data for three days: every messaging app stops on phones, while SMS, voice calls and fixed internet keep working.</source>
        <translation>Las autoridades cortan los datos móviles durante tres días: todas las apps de mensajería dejan de funcionar en los celulares, mientras que los SMS, las llamadas de voz y el internet fijo siguen funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data stops nationwide</source>
        <translation>Se cortan los datos móviles en todo el país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app stops on phones; SMS and calls work; the shop&apos;s fixed internet works. Who declares the outage, and on which channel is the team told?</source>
        <translation>Todas las apps dejan de funcionar en los celulares; los SMS y las llamadas funcionan; el internet fijo del local funciona. ¿Quién declara la caída, y por qué canal se avisa al equipo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers do not know where to order</source>
        <translation>Los clientes no saben dónde hacer pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular customers phone the shop, busy at peak time. How do you tell everyone at once that orders are taken by SMS and phone?</source>
        <translation>Los clientes habituales llaman al local en plena hora pico. ¿Cómo se avisa a todos a la vez que los pedidos se toman por SMS y por teléfono?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shutdown is extended</source>
        <translation>El corte se extiende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorities say the shutdown continues for two more days. Which staff come in, and how are shifts arranged without the staff group?</source>
        <translation>Las autoridades dicen que el corte sigue dos días más. ¿Quiénes del personal vienen a trabajar, y cómo se organizan los turnos sin el grupo de WhatsApp del personal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments pile up</source>
        <translation>Se acumulan los pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who usually pay with a link from WhatsApp ask how to pay. What do you accept, and how is each payment recorded?</source>
        <translation>Los clientes que suelen pagar con un enlace que reciben por WhatsApp preguntan cómo pagar. ¿Qué aceptan, y cómo se registra cada pago?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data restored</source>
        <translation>Datos móviles restablecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data returns. Three days of WhatsApp messages arrive at once. Who answers them, and in which order?</source>
        <translation>Vuelven los datos móviles. Tres días de mensajes de WhatsApp llegan de golpe. ¿Quién los responde, y en qué orden?</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+68"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium to high</source>
        <translation>media a alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low to medium</source>
        <translation>baja a media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>calculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (no source measures it)</source>
        <translation>supuesto (ninguna fuente lo mide)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/reference_table.py" line="+87"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../continuity_app/gui/models/refusal.py" line="+33"/>
        <source>{label}: low, likely and high must go up: you typed {typed} (for example {example}).</source>
        <translation>{label}: mínimo, probable y máximo deben ir de menor a mayor: usted escribió {typed} (por ejemplo, {example}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} must be more than {low} and at most {high}; you typed {typed}.</source>
        <translation>{label} debe ser mayor que {low} y como máximo {high}; usted escribió {typed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be from {low} to {high}; you typed {typed}.</source>
        <translation>{label} debe estar entre {low} y {high}; usted escribió {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be more than {low}; you typed {typed}.</source>
        <translation>{label} debe ser mayor que {low}; usted escribió {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {low} or more; you typed {typed}.</source>
        <translation>{label} debe ser {low} o más; usted escribió {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {high} or less; you typed {typed}.</source>
        <translation>{label} debe ser {high} o menos; usted escribió {typed}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} cannot be left empty: {reason}</source>
        <translation>{label} no puede quedar vacío: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{typed}” was not used: {reason}</source>
        <translation>{label}: no se usó «{typed}»: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type one number, or low – likely – high (for example 40 – 60 – 90).</source>
        <translation>escriba un número, o mínimo – probable – máximo (por ejemplo, 40 – 60 – 90).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type one number.</source>
        <translation>escriba un número.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/results_page.py" line="+155"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it strikes while open:</source>
        <translation>Si ocurre con el negocio abierto:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario shown in the charts and table</source>
        <translation>Escenario que se muestra en los gráficos y en la tabla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact over time</source>
        <translation>Impacto en el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By function</source>
        <translation>Por función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per year</source>
        <translation>Pérdida por año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: loss over outage duration</source>
        <translation>Gráfico: pérdida según la duración de la caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by function</source>
        <translation>Gráfico: pérdida por función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by category</source>
        <translation>Gráfico: pérdida por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: chance of a yearly loss</source>
        <translation>Gráfico: probabilidad de una pérdida anual</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{p50} usually, {p90} one time in 10, {p99} one time in 100</source>
        <translation>{p50} normalmente, {p90} una vez de cada 10, {p99} una vez de cada 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad year (1 in 100)</source>
        <translation>{p50} en un año típico, {p90} en un año malo (1 de cada 10), {p99} en un año muy malo (1 de cada 100)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing to show yet: add what your customers do on WhatsApp on the Functions page, and what an outage would cost appears here.</source>
        <translation>Todavía no hay nada que mostrar: agregue en la página Funciones lo que sus clientes hacen por WhatsApp, y aquí aparecerá lo que costaría una caída.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 if it strikes while the business is open (%3, its typical length); %4 on average over every hour of the week and every length (the yearly figure is built from this average); worst if it starts on %5 at %6 (%7).</source>
        <translation>%1: %2 si ocurre con el negocio abierto (%3, su duración típica); %4 en promedio sobre todas las horas de la semana y todas las duraciones (la cifra anual se calcula a partir de este promedio); lo peor es si empieza el %5 a las %6 (%7).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>While open</source>
        <translation>Con el negocio abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average outage</source>
        <translation>Caída promedio</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{term}:</source>
        <translation>{term}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One outage costs:</source>
        <translation>Una caída cuesta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year of outages costs:</source>
        <translation>Un año de caídas cuesta:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export S&amp;VG…</source>
        <translation>Exportar S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss by function in the chosen scenario</source>
        <translation>Pérdida por función en el escenario elegido</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1”, of typical length (%2), striking while the business is open: the figure to plan for. Averaged over every hour of the week and every length, it costs %3.</source>
        <translation>El escenario «%1», con su duración típica (%2), si ocurre mientras el negocio está abierto: la cifra para planificar. En promedio sobre todas las horas de la semana y todas las duraciones, cuesta %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1, “%2” striking while the business is open costs more than the %3 the business can bear.</source>
        <translation>Después de %1, el escenario «%2», si ocurre con el negocio abierto, cuesta más que los %3 que el negocio puede soportar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>simulating…</source>
        <translation>simulando…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missed for %2</source>
        <translation>%1: no se cumple durante %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reached after %2</source>
        <translation>%1: se alcanza después de %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/review_view.py" line="+96"/>
        <source>After-action review of the exercise</source>
        <translation>Análisis del simulacro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-action review of the outage</source>
        <translation>Análisis de la caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings against the plan</source>
        <translation>Tiempos comparados con el plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan expects</source>
        <translation>El plan prevé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It took</source>
        <translation>Tardó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was not done</source>
        <translation>Lo que no se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks for the action plan</source>
        <translation>Tareas de seguimiento para el plan de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF…</source>
        <translation>Guardar el informe como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the follow-up tasks and the record of this run to the plan</source>
        <translation>Agregar al plan las tareas de seguimiento y el resumen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started on %1 at %2 UTC; it lasted %3.</source>
        <translation>Comenzó el %1 a las %2 UTC; duró %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Later than the plan expects, or never done.</source>
        <translation>Más tarde de lo que prevé el plan, o no se hizo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step was done.</source>
        <translation>Nada: se hicieron todos los pasos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: every switch was made.</source>
        <translation>Ninguna: se hicieron todos los cambios de canal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the plan: the follow-up tasks (%1), the record of this run and its date as the plan&apos;s review date. Undo takes them back; save the plan to keep them.</source>
        <translation>Se agregaron al plan: las tareas de seguimiento (%1), el resumen de lo ocurrido y su fecha como fecha de revisión del plan. Deshacer los quita; guarde el plan para conservarlos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+74"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does during an outage.</source>
        <translation>Qué hace esta persona durante una caída.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who normally takes this role.</source>
        <translation>Quién ocupa normalmente este rol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who steps in when the holder cannot be reached.</source>
        <translation>Quién lo reemplaza cuando no se puede contactar al titular.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s phone number (not WhatsApp).</source>
        <translation>El número de teléfono del titular (no de WhatsApp).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate&apos;s phone</source>
        <translation>Teléfono del suplente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alternate&apos;s phone number.</source>
        <translation>El número de teléfono del suplente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duties</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this role does once an outage is declared.</source>
        <translation>Qué hace este rol una vez declarada una caída.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../continuity_app/core/scenarios.py" line="+179"/>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message numerus="yes">
        <location line="-81"/>
        <location line="+143"/>
        <location line="+56"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>{event_count} in {years} years: {how_often}</source>
        <translation>{event_count} en {years} años: {how_often}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Events: {events}.</source>
        <translation>Eventos: {events}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lengths from these events: {events}.</source>
        <translation>Duraciones tomadas de estos eventos: {events}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model follows an outage for one week at most, so {hours} h are counted</source>
        <translation>El modelo sigue una caída durante una semana como máximo, así que se cuentan {hours} h</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outage history holds no event of this kind, so the app&apos;s stated defaults apply: {how_often}, {duration} h typical length (listed with their sources on the Sources page).</source>
        <translation>El historial de caídas no tiene ningún evento de este tipo, así que se aplican los valores predeterminados declarados de la aplicación: {how_often}, con una duración típica de {duration} h (con sus fuentes en la página Fuentes).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{country}: {event_count} from {first} to {last}: {how_often}</source>
        <translation>{country}: {event_count} de {first} a {last}: {how_often}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: no nationwide government shutdown of this kind recorded from {first} to {last}, so none is expected; change the frequency if the risk has grown</source>
        <translation>{country}: no hay registro de ningún corte nacional de este tipo ordenado por el gobierno de {first} a {last}, así que no se espera ninguno; cambie la frecuencia si el riesgo ha aumentado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{country}: no count of its own is published, so the world rate applies: {event_count} in {years} years across {countries}, so in one country {how_often}</source>
        <translation>{country}: no se publica un recuento propio, así que se aplica la tasa mundial: {event_count} en {years} años en {countries}, es decir, en un país, {how_often}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weighted by the plan&apos;s countries: {how_often}</source>
        <translation>Ponderado según los países del plan: {how_often}</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
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
        <translation>Duración típica = mediana de las duraciones conocidas ({known}) = {duration} h; la dispersión de sus logaritmos es {sigma}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Duración típica = mediana de las duraciones conocidas ({known}) = {duration} h; hay muy pocas duraciones para medir la dispersión, así que se aplica el valor predeterminado declarado {sigma}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No length is known, so the stated default of {duration} h applies; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>No se conoce ninguna duración, así que se aplica el valor predeterminado declarado de {duration} h; hay muy pocas duraciones para medir la dispersión, así que se aplica el valor predeterminado declarado {sigma}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{country} also had {event_count} that hit only one region (regional shutdowns) from {first} to {last}; they are not counted, so raise the frequency if your region is among those affected</source>
        <translation>{country} también tuvo {event_count} limitados a una sola región (cortes regionales) de {first} a {last}; no se cuentan, así que aumente la frecuencia si su región está entre las afectadas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How often this happens depends on the business&apos;s countries: it is counted for each country when a plan gives them</source>
        <translation>La frecuencia depende de los países del negocio: se calcula para cada país cuando el plan los indica</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="-89"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this kind of outage.</source>
        <translation>Un nombre para este tipo de caída.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What fails</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The infrastructure that stops working; every channel on it fails.</source>
        <translation>La infraestructura que deja de funcionar; todos los canales que dependen de ella fallan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration (h)</source>
        <translation>Duración (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length of one outage, hours.</source>
        <translation>Duración típica de una caída, en horas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many such outages to expect in a year. Double-click to type it as a number per year: 0.5 is once every two years, 4 is four times a year.</source>
        <translation>Cuántas caídas de este tipo se esperan en un año. Haga doble clic para escribirlo como número por año: 0,5 es una vez cada dos años, 4 es cuatro veces al año.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="+134"/>
        <source>Outages per year</source>
        <translation>Caídas por año</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the scenario a name.</source>
        <translation>póngale un nombre al escenario.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+13"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pinned start time, or any time of the week (losses averaged).</source>
        <translation>Una hora de inicio fija, o cualquier momento de la semana (pérdidas promediadas).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="-33"/>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/scenarios_page.py" line="+236"/>
        <location line="+16"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Say how often at least one scenario happens in a year.</source>
        <translation>Indique con qué frecuencia ocurre al menos un escenario en un año.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outages this plan prepares for. Presets take their frequency and length from the outage history below; a channel keeps working in a scenario only when nothing it depends on fails. Double-click a name, duration or frequency to change it.</source>
        <translation>Las caídas para las que se prepara este plan. Los escenarios predefinidos toman su frecuencia y duración del historial de caídas de abajo; un canal sigue funcionando en un escenario solo si no falla nada de lo que depende. Haga doble clic en un nombre, una duración o una frecuencia para cambiarlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add preset</source>
        <translation>Agregar predefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outage scenario derived from the history.</source>
        <translation>Agregar un escenario de caída calculado a partir del historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add preset scenario</source>
        <translation>Agregar escenario predefinido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom scenario</source>
        <translation>Agregar escenario propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario whose numbers you set yourself.</source>
        <translation>Agregar un escenario con cifras que usted mismo define.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected scenario from the plan.</source>
        <translation>Quitar del plan el escenario seleccionado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scenario</source>
        <translation>Quitar escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected scenario</source>
        <translation>Escenario seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What fails (hover for details):</source>
        <translation>&amp;Qué falla (pase el cursor para ver detalles):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed infrastructure layers</source>
        <translation>Capas de infraestructura que fallan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin the start time</source>
        <translation>&amp;Fijar la hora de inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a pinned start the loss is averaged over every hour of the week, and the worst start is reported beside it.</source>
        <translation>Sin una hora de inicio fija, la pérdida se promedia sobre todas las horas de la semana, y al lado se indica el peor momento de inicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start weekday</source>
        <translation>Día de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the numbers come from</source>
        <translation>De dónde salen las cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Historial de caídas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (h)</source>
        <translation>Duración (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every preset is in the plan</source>
        <translation>Todos los predefinidos ya están en el plan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only one kind of outage so far: add the others with Add preset (a Meta-wide outage, a phone network outage, a government shutdown) to see what each would cost.</source>
        <translation>Por ahora solo hay un tipo de caída: agregue los demás con Agregar predefinido (una caída general de Meta, una caída de la red telefónica, un corte ordenado por el gobierno) para ver cuánto costaría cada uno.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A custom scenario: its frequency and duration are yours. Fails: %1.</source>
        <translation>Un escenario propio: la frecuencia y la duración las define usted. Falla: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: {source} (confidence: {confidence}).</source>
        <translation>Fuente: {source} (confianza: {confidence}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A scenario needs at least one layer that fails.</source>
        <translation>Un escenario necesita al menos una capa que falle.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Outage history (%n event(s))</source>
        <translation>
            <numerusform>Historial de caídas (%n evento)</numerusform>
            <numerusform>Historial de caídas (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show outage history</source>
        <translation>Mostrar el historial de caídas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of the modelled layers</source>
        <translation>ninguna de las capas del modelo</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../continuity_app/selftest.py" line="+60"/>
        <source>note: no display answers at {displays}; the window is checked offscreen.</source>
        <translation>nota: ninguna pantalla responde en {displays}; la ventana se comprueba sin pantalla (offscreen).</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../continuity_app/gui/app.py" line="+115"/>
        <source>The unsaved changes could not be written to the recovery folder: the window asks whether to save them. Press Ctrl+C again to quit without them.</source>
        <translation>No se pudieron escribir los cambios sin guardar en la carpeta de recuperación: la ventana le preguntará si desea guardarlos. Presione Ctrl+C otra vez para salir sin ellos.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_page.py" line="+91"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every figure the model uses, with where it comes from and how far it can be trusted. Figures marked &apos;default&apos; are stated assumptions, not measurements: change them in your plan where you know better. &apos;Derived&apos; figures are computed from the others (for example from the outage history).</source>
        <translation>Cada cifra que usa el modelo, con su origen y hasta qué punto es fiable. Las cifras marcadas «predeterminado» son supuestos declarados, no mediciones: cámbielas en su plan si tiene mejores datos. Las marcadas «calculado» se obtienen a partir de las demás (por ejemplo, del historial de caídas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to show only matching rows in every tab</source>
        <translation>Escriba para mostrar solo las filas que coinciden en todas las pestañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the reference tables</source>
        <translation>Filtrar las tablas de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the selected row</source>
        <translation>Fuente de la fila seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy source</source>
        <translation>Copiar la fuente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Source of the selected row (confidence: %1):</source>
        <translation>Fuente de la fila seleccionada (confianza: %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the selected row:</source>
        <translation>Fuente de la fila seleccionada:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage by country</source>
        <translation>Uso por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Historial de caídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country figures</source>
        <translation>Cifras por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="+274"/>
        <source>Blocked apps</source>
        <translation>Apps bloqueadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data coverage</source>
        <translation>Cobertura de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelling defaults</source>
        <translation>Supuestos del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer behaviour</source>
        <translation>Comportamiento de los clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdowns and carrier outages</source>
        <translation>Cortes del gobierno y caídas de operadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario presets</source>
        <translation>Escenarios predefinidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps</source>
        <translation>Medidas de preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function needs</source>
        <translation>Necesidades por función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure layers</source>
        <translation>Capas de infraestructura</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="-213"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>alto</translation>
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
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works without mobile data</source>
        <translation>Funciona sin datos móviles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end encrypted</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per message (USD)</source>
        <translation>Costo por mensaje (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up effort</source>
        <translation>Esfuerzo de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slows under sign-up surges</source>
        <translation>Se satura con picos de registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>País</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was measured</source>
        <translation>Qué se midió</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Used by the model</source>
        <translation>Usado por el modelo</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-96"/>
        <source>worldwide</source>
        <translation>mundial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>one country</source>
        <translation>un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+1"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Failed layers</source>
        <translation>Capas que fallaron</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Duration (h)</source>
        <translation>Duración (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the duration</source>
        <translation>Sobre la duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+85"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What it measures</source>
        <translation>Qué mide</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>Qué se bloquea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole app</source>
        <translation>toda la app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its calls</source>
        <translation>sus llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down, not blocked</source>
        <translation>ralentizada, no bloqueada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apps with a usage figure</source>
        <translation>Apps con cifra de uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest figure</source>
        <translation>Cifra más antigua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest figure</source>
        <translation>Cifra más reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted from the other tabs: each figure keeps its own source there.</source>
        <translation>Calculado a partir de las otras pestañas: allí cada cifra conserva su propia fuente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind of function</source>
        <translation>Tipo de función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long customers wait (h)</source>
        <translation>Cuánto esperan los clientes (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share who come back later</source>
        <translation>Porcentaje que vuelve más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share lost for good</source>
        <translation>Porcentaje de clientes perdidos definitivamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share that cannot wait</source>
        <translation>Porcentaje que no puede esperar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length (h)</source>
        <translation>Duración típica (h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government mobile-data shutdown</source>
        <translation>Corte de datos móviles ordenado por el gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Corte de internet ordenado por el gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps blocked by the government</source>
        <translation>Apps bloqueadas por el gobierno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nationwide mobile-carrier outage</source>
        <translation>Caída de un operador móvil en todo el país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole country</source>
        <translation>todo el país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one region</source>
        <translation>una región</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages at least (h)</source>
        <translation>Caídas de al menos (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages under (h)</source>
        <translation>Caídas de menos de (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts who follow</source>
        <translation>Contactos que se cambian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready after (h)</source>
        <translation>Lista después de (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up work (h)</source>
        <translation>Trabajo de configuración (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (USD)</source>
        <translation>Cuota mensual (USD)</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+116"/>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all sectors</source>
        <translation>todos los sectores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp bloqueado en el país (por un juez o el gobierno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet shutdown by the government (kind not given)</source>
        <translation>Corte de internet ordenado por el gobierno (tipo no indicado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>local (e.g. %1)</source>
        <translation>local (p. ej., %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one-to-one chats</source>
        <translation>chats individuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast</source>
        <translation>difusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business account or API</source>
        <translation>cuenta de empresa o API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+11"/>
        <source>one provider&apos;s service</source>
        <translation>servicio de un proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fails with it</source>
        <translation>Qué falla con ella</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+94"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/spreadsheet_dialog.py" line="+372"/>
        <source>The plan has no results to export yet.</source>
        <translation>El plan todavía no tiene resultados para exportar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location line="-260"/>
        <source>Import functions from a spreadsheet</source>
        <translation>Importar funciones desde una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel table with one row per function. Say which column holds each value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values low – likely – high.</source>
        <translation>Una tabla CSV o Excel con una fila por función. Indique qué columna contiene cada valor; los títulos se detectan automáticamente. Los porcentajes pueden ser 0.8 u 80 %, y los valores inciertos, mínimo – probable – máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen table</source>
        <translation>Tabla elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Elegir un archivo CSV o Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the plan&apos;s functions as a table…</source>
        <translation>&amp;Guardar las funciones del plan como tabla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan&apos;s functions to a CSV or Excel file in the columns this dialog reads, to edit them in a spreadsheet and import them back.</source>
        <translation>Escribe las funciones del plan en un archivo CSV o Excel con las columnas que lee este cuadro de diálogo, para editarlas en una hoja de cálculo y volver a importarlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First rows:</source>
        <translation>&amp;Primeras filas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the table</source>
        <translation>Primeras filas de la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>Pro&amp;blemas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the table</source>
        <translation>Problemas en la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the plan&apos;s functions</source>
        <translation>&amp;Agregar a las funciones del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the plan&apos;s functions</source>
        <translation>&amp;Reemplazar las funciones del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a functions table</source>
        <translation>Elegir una tabla de funciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan&apos;s functions as a table</source>
        <translation>Guardar las funciones del plan como tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the table</source>
        <translation>No se puede guardar la tabla</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(not used)</source>
        <translation>(no se usa)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Fila %1, columna «%2»: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>&amp;Import %n function(s)</source>
        <translation>
            <numerusform>&amp;Importar %n función</numerusform>
            <numerusform>&amp;Importar %n funciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+105"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>fila {row}, columna {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {message}</source>
        <translation>fila {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: choose a .csv or .xlsx file</source>
        <translation>{name}: elija un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/table_files.py" line="+65"/>
        <source>{path}: no such file</source>
        <translation>{path}: el archivo no existe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} is not a regular file (it is a folder, a pipe or a device). Choose the spreadsheet file itself.</source>
        <translation>{name} no es un archivo normal (es una carpeta, una canalización o un dispositivo). Elija el archivo de la hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is {size}; a functions table file is at most {limit}. Keep only the functions table in the file and save it again.</source>
        <translation>{name} ocupa {size}; un archivo de tabla de funciones ocupa como máximo {limit}. Deje en el archivo solo la tabla de funciones y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: the sheet has {rows} rows; a functions table has at most {limit}. Delete the rows below the table (or copy the table to a new sheet) and save it again.</source>
        <translation>{name}: la hoja tiene {rows} filas; una tabla de funciones tiene como máximo {limit}. Borre las filas debajo de la tabla (o copie la tabla en una hoja nueva) y vuelva a guardar el archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the sheet has {columns} columns; a functions table has at most {limit}. Delete the columns right of the table and save it again.</source>
        <translation>{name}: la hoja tiene {columns} columnas; una tabla de funciones tiene como máximo {limit}. Borre las columnas a la derecha de la tabla y vuelva a guardar el archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {cell} holds {length} characters; a cell of a functions table holds at most {limit}. Shorten that cell and save the file again.</source>
        <translation>{name}: {cell} contiene {length} caracteres; una celda de una tabla de funciones contiene como máximo {limit}. Acorte esa celda y vuelva a guardar el archivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: reading the table took more than {seconds} seconds, far longer than a functions table needs. Keep only the functions table in the file and save it again.</source>
        <translation>{name}: leer la tabla tomó más de {seconds} segundos, mucho más de lo que necesita una tabla de funciones. Deje en el archivo solo la tabla de funciones y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line {line}, cell {column}</source>
        <translation>línea {line}, celda {column}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: line {line} cannot be read as CSV ({error}). Open the file in your spreadsheet program and save it again as CSV UTF-8.</source>
        <translation>{name}: la línea {line} no se puede leer como CSV ({error}). Abra el archivo en su programa de hojas de cálculo y vuelva a guardarlo como CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {limit}</source>
        <translation>más de {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} contains NUL characters, so it is not a text table (perhaps a workbook or another binary file named .csv). Save the table as CSV UTF-8 or as .xlsx and try again.</source>
        <translation>{name} contiene caracteres NUL, así que no es una tabla de texto (quizá sea un libro de Excel u otro archivo binario con extensión .csv). Guarde la tabla como CSV UTF-8 o como .xlsx e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx</source>
        <translation>{name}: no es texto UTF-8; guarde la tabla como CSV UTF-8 o como .xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is password-protected or an old-style .xls workbook. Remove the password (or save it as .xlsx) in your spreadsheet program and try again.</source>
        <translation>{name} está protegido con contraseña o es un libro antiguo .xls. Quite la contraseña (o guárdelo como .xlsx) en su programa de hojas de cálculo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV UTF-8 and try again.</source>
        <translation>{name} no es un libro de Excel (.xlsx). Guarde la tabla como .xlsx o como CSV UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook is damaged and cannot be read ({detail}). Open it in your spreadsheet program and save it again, or save the table as CSV UTF-8.</source>
        <translation>{name}: el libro está dañado y no se puede leer ({detail}). Ábralo en su programa de hojas de cálculo y vuelva a guardarlo, o guarde la tabla como CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook unpacks to more than {size}, far more than a functions table needs, so it is not opened. Copy the functions table into a new workbook and save that.</source>
        <translation>{name}: al descomprimirse, el libro ocupa más de {size}, mucho más de lo que necesita una tabla de funciones, así que no se abre. Copie la tabla de funciones en un libro nuevo y guarde ese.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many parts</source>
        <translation>demasiadas partes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is password-protected. Remove the password in your spreadsheet program and try again.</source>
        <translation>{name} está protegido con contraseña. Quite la contraseña en su programa de hojas de cálculo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: the workbook holds XML declarations that spreadsheet programs never write (a way to make a small file expand without end), so it is not opened. Copy the table into a new workbook and save that.</source>
        <translation>{name}: el libro contiene declaraciones XML que los programas de hojas de cálculo nunca escriben (una forma de hacer que un archivo pequeño crezca sin fin), así que no se abre. Copie la tabla en un libro nuevo y guarde ese.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no sheets</source>
        <translation>no tiene hojas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cell {cell}</source>
        <translation>celda {cell}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+6"/>
        <location filename="../../continuity_app/io/table_files.py" line="-435"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{text} is a formula, and formulas are not computed here; type the value itself (or paste values only) in the spreadsheet</source>
        <translation>{text} es una fórmula, y aquí no se calculan fórmulas; escriba el valor mismo en la hoja de cálculo (o pegue solo los valores)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is a date, not a number; {hint}</source>
        <translation>{text} es una fecha, no un número; {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a finite number; {hint}</source>
        <translation>{text} no es un número finito; {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a whole number of people</source>
        <translation>{text} no es un número entero de personas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: give one number</source>
        <translation>{text}: escriba un solo número</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}: low – likely – high must be in rising order</source>
        <translation>{text}: mínimo – probable – máximo deben ir de menor a mayor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: give one number or low – likely – high</source>
        <translation>{text}: escriba un número o mínimo – probable – máximo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a number; {hint}</source>
        <translation>{text} no es un número; {hint}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-171"/>
        <source>write interactions per open day, such as 60 or 40 – 60 – 90</source>
        <translation>escriba las interacciones por día de atención, como 60 o 40 – 60 – 90</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>write a share such as 0.8 or 80 %</source>
        <translation>escriba un porcentaje, como 0.8 u 80 %</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>write a share such as 0.5 or 50 %</source>
        <translation>escriba un porcentaje, como 0.5 o 50 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write a share such as 0.05 or 5 %</source>
        <translation>escriba un porcentaje, como 0.05 o 5 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write a share such as 0.9 or 90 %, or leave it empty for the default</source>
        <translation>escriba un porcentaje, como 0.9 o 90 %, o déjelo vacío para usar el valor predeterminado</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>write a share such as 0.3 or 30 %</source>
        <translation>escriba un porcentaje, como 0.3 o 30 %</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>write an amount in the plan currency, such as 35</source>
        <translation>escriba un importe en la moneda del plan, como 35</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>write an amount in the plan currency, such as 2</source>
        <translation>escriba un importe en la moneda del plan, como 2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>write hours, such as 4 or 1 – 4 – 12</source>
        <translation>escriba horas, como 4 o 1 – 4 – 12</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>write messages per interaction, such as 3</source>
        <translation>escriba los mensajes por interacción, como 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>write a number of people, such as 5</source>
        <translation>escriba un número de personas, como 5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+8"/>
        <source>write a number</source>
        <translation>escriba un número</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a kind of function; use one of {kinds}</source>
        <translation>{text} no es un tipo de función; use uno de estos: {kinds}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>choose a column for {fields}</source>
        <translation>elija una columna para {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such column in the table</source>
        <translation>la tabla no tiene esa columna</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty</source>
        <comment>a required cell with nothing in it</comment>
        <translation>vacía</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/sheet_writers.py" line="+117"/>
        <source>{name}: give a file name ending in .csv or .xlsx</source>
        <translation>{name}: indique un nombre de archivo que termine en .csv o .xlsx</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../continuity_app/gui/outage/start_dialog.py" line="+74"/>
        <location line="+7"/>
        <source>Start outage mode</source>
        <translation>Iniciar el modo de contingencia</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which outage is it? The window then shows the plan at work: the clock since now, the checklist, the messages and the log, saved as it goes.</source>
        <translation>¿Qué caída es? Luego la ventana muestra el plan en acción: el reloj desde ahora, la lista de pasos, los mensajes y el registro, que se guarda sobre la marcha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run a tabletop exercise</source>
        <translation>Realizar un simulacro de escritorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which exercise? A facilitator moves its clock on and reads out its events; the team works from the plan as in a real outage.</source>
        <translation>¿Qué simulacro? Un facilitador adelanta el reloj y lee en voz alta los eventos; el equipo trabaja con el plan como en una caída real.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the exercise</source>
        <translation>Iniciar el simulacro</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/status_view.py" line="+46"/>
        <source>Where the outage stands, by the plan&apos;s figures</source>
        <translation>Situación de la caída, según las cifras del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss so far:</source>
        <translation>Pérdida hasta ahora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest outage you can bear:</source>
        <translation>Caída más larga que puede soportar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum service, served now by the switches made:</source>
        <translation>Servicio mínimo, atendido ahora con los cambios de canal ya hechos:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week; no limit within this outage.</source>
        <translation>más de una semana; no hay límite dentro de esta caída.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reached in %2.</source>
        <translation>%1, se alcanza dentro de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, passed %2 ago.</source>
        <translation>%1, superada hace %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 served, %3 needed within %4: met.</source>
        <translation>%1: %2 atendido, %3 requerido en un plazo de %4: cumplido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met yet, %5 left.</source>
        <translation>%1: %2 atendido, %3 requerido en un plazo de %4: aún no cumplido, quedan %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met, %5 too late.</source>
        <translation>%1: %2 atendido, %3 requerido en un plazo de %4: no cumplido, %5 de retraso.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/summary_page.py" line="+128"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first three things to do</source>
        <translation>Las tres primeras cosas que hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every recommendation</source>
        <translation>Ver todas las recomendaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan…</source>
        <translation>Imprimir el plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>WhatsApp no funciona: iniciar el modo de contingencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Realizar un simulacro de escritorio…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: what a WhatsApp outage would cost</source>
        <translation>%1: lo que costaría una caída de WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: what an outage of WhatsApp and your other apps would cost</source>
        <translation>%1: lo que costaría una caída de WhatsApp y de sus otras apps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n activities rely on typical values no source measures for your business (how long customers wait, how many come back): replace them with yours on the Functions page when you know them.</source>
        <translation>
            <numerusform>%n actividad usa valores típicos que ninguna fuente mide para su negocio (cuánto esperan los clientes, cuántos vuelven): reemplácelos por los suyos en la página Funciones cuando los conozca.</numerusform>
            <numerusform>%n actividades usan valores típicos que ninguna fuente mide para su negocio (cuánto esperan los clientes, cuántos vuelven): reemplácelos por los suyos en la página Funciones cuando los conozca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>With the %n open task(s) of your action plan done, you can expect to lose about {after} a year instead of {before}, and {p90_after} instead of {p90_before} in a bad year. The figures above are for today.</source>
        <translation>
            <numerusform>Al completar %n tarea pendiente de su plan de acción: una pérdida esperada de unos {after} al año en lugar de {before}, y {p90_after} en lugar de {p90_before} en un año malo. Las cifras de arriba son las de hoy.</numerusform>
            <numerusform>Al completar las %n tareas pendientes de su plan de acción: una pérdida esperada de unos {after} al año en lugar de {before}, y {p90_after} en lugar de {p90_before} en un año malo. Las cifras de arriba son las de hoy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One outage of about %1 while you are open</source>
        <translation>Una caída de aproximadamente %1 con el negocio abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the longest outage you can bear is worked out on this one.</source>
        <translation>%1: la caída más larga que puede soportar se calcula sobre esta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than a week</source>
        <translation>más de una semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After that, one outage costs more than the %1 you said you can bear.</source>
        <translation>Después de eso, una caída cuesta más que los %1 que usted dijo que puede soportar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out what to do first…</source>
        <translation>Calculando qué hacer primero…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to add now: no step saves more than it costs. See the Recommendations page for the reasons.</source>
        <translation>Nada que agregar por ahora: ninguna medida ahorra más de lo que cuesta. Vea los motivos en la página Recomendaciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (for %3): saves about %4 a year, costs about %5 a year.</source>
        <translation>%1. %2 (para %3): ahorra unos %4 al año y cuesta unos %5 al año.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your action plan: %1.</source>
        <translation>En su plan de acción: %1.</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worth a year ({currency})</source>
        <translation>Valor anual ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Continuity plan: {business}</source>
        <translation>Plan de continuidad: {business}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function: {function}</source>
        <translation>Función: {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost: {once} once, then {monthly} a month</source>
        <translation>Costo: {once} una sola vez, luego {monthly} al mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {monthly} a month</source>
        <translation>Costo: {monthly} al mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {once} once</source>
        <translation>Costo: {once} una sola vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: none recorded</source>
        <translation>Costo: sin registrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When done: {channel} reaches {readiness} of this function&apos;s WhatsApp contacts, who switch to it within {delay}.</source>
        <translation>Al completarse: {channel} llega al {readiness} de los contactos de WhatsApp de esta función, que se cambian a él en un plazo de {delay}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worth: about {amount} a year of expected outage losses avoided.</source>
        <translation>Valor: evita unos {amount} al año de pérdidas esperadas por caídas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparation tasks: {business}</source>
        <translation>Tareas de preparación: {business}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tasks.py" line="+15"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done to make the channel ready.</source>
        <translation>Lo que hay que hacer para dejar listo el canal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity the task prepares a fallback for.</source>
        <translation>La función para la que la tarea prepara un canal alternativo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fallback channel the task makes ready.</source>
        <translation>El canal alternativo que la tarea deja listo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (a name, or a role of the plan).</source>
        <translation>Quién la hace (un nombre o un rol del plan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it should be done by.</source>
        <translation>La fecha en la que debe estar completada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, in progress, done or dropped. Only a done task counts in how ready the business is today.</source>
        <translation>Planificada, en curso, completada o descartada. Solo una tarea completada cuenta en la preparación actual del negocio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One-off cost (%1)</source>
        <translation>Costo único (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What setting it up costs once, staff time included.</source>
        <translation>Lo que cuesta ponerla en marcha una sola vez, incluido el tiempo del personal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-off</source>
        <translation>Costo único</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (%1)</source>
        <translation>Costo mensual (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs each month once it runs (fees, numbers).</source>
        <translation>Lo que cuesta cada mes una vez en marcha (tarifas, números).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready when done (%)</source>
        <translation>Preparación al completarse (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the activity&apos;s WhatsApp customers the channel will reach once the task is done.</source>
        <translation>El porcentaje de los clientes de WhatsApp de la función al que llegará el canal una vez completada la tarea.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch within (hours)</source>
        <translation>Tiempo de activación (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until those customers actually switch, once the task is done.</source>
        <translation>Horas hasta que esos clientes realmente se cambian al canal, una vez completada la tarea.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the owner of the task should know.</source>
        <translation>Todo lo que el responsable de la tarea debe saber.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/tasks_model.py" line="+128"/>
        <source>Saves a year</source>
        <translation>Ahorro anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much less you can expect to lose to outages each year once this task alone is done (open tasks only).</source>
        <translation>Cuánto menos puede esperar perder por caídas cada año si se completa solo esta tarea (solo tareas pendientes).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>Vencida: la fecha límite era el {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>say what has to be done.</source>
        <translation>indique qué hay que hacer.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/tasks_page.py" line="+142"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “%1” is overdue.</source>
        <translation>La tarea %1 está vencida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is past its review date.</source>
        <translation>Ya pasó la fecha de revisión del plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps you have decided to take, with who does them and by when. A step counts in how ready you are today only once it is marked done; until then it shows in the right-hand column, as what the plan will give.</source>
        <translation>Las medidas que usted decidió tomar, con quién las hace y para cuándo. Una medida solo cuenta en su preparación actual cuando se marca como completada; hasta entonces aparece en la columna de la derecha, como lo que el plan aportará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>&amp;Quitar tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as spreadsheet (CSV)…</source>
        <translation>Exportar como hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar (.ics)…</source>
        <translation>Exportar al calendario (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the plan as reviewed today</source>
        <translation>Marcar el plan como revisado hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation tasks</source>
        <translation>Tareas de preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and when the open tasks are done</source>
        <translation>Hoy y con las tareas pendientes completadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad year (1 in 10)</source>
        <translation>Año malo (1 de cada 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum service kept</source>
        <translation>Servicio mínimo mantenido</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Con %n tarea pendiente completada</numerusform>
            <numerusform>Con las %n tareas pendientes completadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No tasks yet. On the Recommendations page, choose a step and press “Add this step to the action plan”, or make one here with “New task”.</source>
        <translation>Todavía no hay tareas. En la página Recomendaciones, elija una medida y haga clic en «Agregar esta medida al plan de acción», o cree una aquí con «Nueva tarea».</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No open task: the same</source>
        <translation>Ninguna tarea pendiente: sin cambios</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>more than a week</source>
        <translation>más de una semana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no minimum set</source>
        <translation>sin mínimo definido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>{kept} de {count} funciones lo mantienen; no lo mantienen: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>{kept} de {count} funciones lo mantienen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review of this plan is recorded. Review it with the people who act in it, then mark it reviewed: the next review falls due six months later.</source>
        <translation>No hay ninguna revisión registrada de este plan. Revíselo con las personas que participan en él y luego márquelo como revisado: la próxima revisión vence seis meses después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was due for review on %1: review it, then mark it.</source>
        <translation>La revisión del plan estaba prevista para el %1: revíselo y luego márquelo como revisado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review of the plan: %1.</source>
        <translation>Próxima revisión del plan: %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export the tasks as a spreadsheet</source>
        <translation>Exportar las tareas como hoja de cálculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n task(s) written to {path}.</source>
        <translation>
            <numerusform>Se guardó %n tarea en {path}.</numerusform>
            <numerusform>Se guardaron %n tareas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tasks to a calendar</source>
        <translation>Exportar las tareas a un calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open task(s) written to {path} as calendar entries, each on its due date with a reminder the day before.</source>
        <translation>
            <numerusform>Se guardó %n tarea pendiente en {path} como evento de calendario, en su fecha límite, con un recordatorio el día anterior.</numerusform>
            <numerusform>Se guardaron %n tareas pendientes en {path} como eventos de calendario, cada una en su fecha límite, con un recordatorio el día anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open task(s) have no due date and were left out: give them one.</source>
        <translation>
            <numerusform>%n tarea pendiente no tiene fecha límite y quedó fuera: asígnele una.</numerusform>
            <numerusform>%n tareas pendientes no tienen fecha límite y quedaron fuera: asígneles una.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tasks could not be written to %1: %2. Choose another place.</source>
        <translation>No se pudieron guardar las tareas en %1: %2. Elija otra ubicación.</translation>
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
        <translation>Pérdida esperada por año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALE (annualised loss expectancy)</source>
        <translation>ALE (expectativa de pérdida anualizada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what outages cost in an average year: the cost of each kind of outage times how often it happens, added up.</source>
        <translation>lo que cuestan las caídas en un año promedio: el costo de cada tipo de caída multiplicado por las veces que ocurre, todo sumado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest outage you can bear</source>
        <translation>Caída más larga que puede soportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTPD (maximum tolerable period of disruption)</source>
        <translation>MTPD (periodo máximo tolerable de interrupción)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long an outage can last, striking while you are open, before its cost passes the largest loss you said you can bear.</source>
        <translation>cuánto puede durar una caída que ocurre con el negocio abierto antes de que su costo supere la pérdida máxima que usted dijo que puede soportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum service</source>
        <translation>Servicio mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBCO (minimum business continuity objective)</source>
        <translation>MBCO (objetivo mínimo de continuidad del negocio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of an activity&apos;s customers you must still serve during an outage, and how soon.</source>
        <translation>el porcentaje de los clientes de una actividad que debe seguir atendiendo durante una caída, y en cuánto tiempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest loss you can bear from one outage</source>
        <translation>Pérdida máxima que puede soportar por caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss tolerance</source>
        <translation>Tolerancia a pérdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most one outage may cost before the business is in trouble; the longest outage you can bear is read from it.</source>
        <translation>lo máximo que puede costar una caída antes de que el negocio esté en problemas; de ahí se obtiene la caída más larga que puede soportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A typical year</source>
        <translation>Un año típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 (median)</source>
        <translation>P50 (mediana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of the simulated years lose less than this, half lose more.</source>
        <translation>la mitad de los años simulados pierde menos que esto y la otra mitad, más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bad year (1 in 10)</source>
        <translation>Un año malo (1 de cada 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 (90th percentile)</source>
        <translation>P90 (percentil 90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in ten loses more than this.</source>
        <translation>solo uno de cada diez años simulados pierde más que esto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A very bad year (1 in 100)</source>
        <translation>Un año muy malo (1 de cada 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P99 (99th percentile)</source>
        <translation>P99 (percentil 99)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in a hundred loses more than this.</source>
        <translation>solo uno de cada cien años simulados pierde más que esto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated years</source>
        <translation>Años simulados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo simulation</source>
        <translation>Simulación de Monte Carlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app plays out thousands of possible years, with outages at random times and of random lengths, to show how much the loss can vary from one year to the next.</source>
        <translation>la aplicación recorre miles de años posibles, con caídas en momentos y con duraciones al azar, para mostrar cuánto puede variar la pérdida de un año a otro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation number</source>
        <translation>Número de simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same number gives the same simulated years, so that a result can be repeated and checked.</source>
        <translation>el mismo número da los mismos años simulados, para que un resultado se pueda repetir y comprobar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone calls and SMS network</source>
        <translation>Red de llamadas y SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSTN and cellular network</source>
        <translation>Red telefónica pública conmutada (PSTN) y red celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mobile operator&apos;s network for ordinary calls and text messages; it works when the internet apps do not, and fails when the operator does.</source>
        <translation>la red del operador móvil para llamadas y mensajes de texto comunes; funciona cuando las apps de internet no funcionan, y falla cuando falla el operador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready today</source>
        <translation>Contactables hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback readiness</source>
        <translation>Preparación del canal alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of this activity&apos;s customers you could reach on the channel today. Channels overlap: with 40% on SMS and 60% on calls, the app counts 1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.</source>
        <translation>el porcentaje de los clientes de esta actividad al que hoy podría llegar por el canal. Los canales se superponen: con 40% por SMS y 60% por llamadas, la aplicación cuenta 1 - 0,6 x 0,4 = 76% de clientes contactados, no 100%, porque algunos clientes están en ambos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to switch</source>
        <translation>Tiempo para cambiarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation delay</source>
        <translation>Tiempo de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long after an outage starts the channel is in use: noticing the outage, deciding, and telling customers where to go.</source>
        <translation>cuánto tiempo después de que empieza una caída se usa el canal: darse cuenta de la caída, decidir y avisar a los clientes a dónde ir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not expected (frequency 0)</source>
        <translation>no se espera (frecuencia 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {count} times a year</source>
        <translation>unas {count} veces al año</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about once a year</source>
        <translation>aproximadamente una vez al año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about once every {years} years</source>
        <translation>aproximadamente una vez cada {years} años</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/welcome_page.py" line="+104"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready when WhatsApp goes down</source>
        <translation>Esté preparado cuando WhatsApp se caiga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what an outage of WhatsApp and the apps that fail with it would cost your business, which fallback channels to prepare, and print a continuity plan. Everything stays on this computer.</source>
        <translation>Calcule cuánto le costaría a su negocio una caída de WhatsApp y de las apps que fallan con él, qué canales alternativos preparar, e imprima un plan de continuidad. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore an example</source>
        <translation>Explorar un ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a finished plan of a real-world kind of business and look around.</source>
        <translation>Abra un plan terminado de un tipo de negocio real y recórralo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example plans</source>
        <translation>Planes de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an example.</source>
        <translation>Haga doble clic o pulse Intro para abrir un ejemplo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan</source>
        <translation>Empezar un plan nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions an owner can answer (what customers do on WhatsApp, how many a day, what an order is worth); it takes about ten minutes.</source>
        <translation>Responda unas preguntas que cualquier dueño puede responder (qué hacen sus clientes por WhatsApp, cuántos al día, cuánto vale un pedido); toma unos diez minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent plans (double-click to open):</source>
        <translation>Planes recientes (doble clic para abrir):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent plans</source>
        <translation>Planes recientes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open a plan file…</source>
        <translation>Abrir un archivo de plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a plan saved on this computer.</source>
        <translation>Continuar un plan guardado en esta computadora.</translation>
    </message>
</context>
<context>
    <name>_ActivitiesPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="+356"/>
        <source>What runs on WhatsApp</source>
        <translation>Qué se hace por WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your customers and staff do there, and how much of it.</source>
        <translation>Lo que hacen ahí sus clientes y su personal, y cuánto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what runs on WhatsApp. For each, count chats, orders or bookings on a normal open day (not messages), and how many of them come by WhatsApp, by Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave what you are not sure of: the plan starts from typical values, marked as such.</source>
        <translation>Marque lo que se hace por WhatsApp. Para cada cosa, cuente los chats, pedidos o reservas de un día normal de atención (no los mensajes) y cuántos llegan por WhatsApp, por Instagram y por Facebook (el resto, por teléfono, en persona o por otros medios). Deje vacío lo que no sepa: el plan empieza con valores típicos, marcados como tales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many a day (all channels)</source>
        <translation>Cuántos al día, aprox. (todos los canales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By WhatsApp</source>
        <translation>Por WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Instagram</source>
        <translation>Por Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Facebook</source>
        <translation>Por Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one (%1)</source>
        <translation>Valor de cada uno (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answering questions before and after a sale</source>
        <translation>responder preguntas antes y después de una venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking orders and closing sales in chats</source>
        <translation>tomar pedidos y cerrar ventas en los chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending payment links, confirming payments</source>
        <translation>enviar enlaces de pago, confirmar pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff groups, shifts, daily instructions</source>
        <translation>grupos del personal, turnos, instrucciones diarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordering stock, arranging supplies</source>
        <translation>pedir mercancía, organizar suministros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast lists, offers, new products</source>
        <translation>listas de difusión, ofertas, productos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings and reminders</source>
        <translation>reservas y recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers, drop-off times, delivery updates</source>
        <translation>repartidores, horarios de entrega, avisos de envío</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how many a day</source>
        <translation>%1: cuántos al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share by WhatsApp</source>
        <translation>%1: porcentaje por WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share by Instagram</source>
        <translation>%1: porcentaje por Instagram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: share by Facebook</source>
        <translation>%1: porcentaje por Facebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical for this kind of activity: %1%. Change it to yours.</source>
        <translation>Típico para este tipo de actividad: %1%. Cámbielo por el suyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: what one is worth</source>
        <translation>%1: cuánto vale cada uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sale</source>
        <translation>sin venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity brings no sale of its own.</source>
        <translation>Esta actividad no genera ventas por sí misma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>no sé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money one brings in (an order&apos;s value, a booking&apos;s fee). Not sure: the plan starts from %1 (about %2 hours of work), marked as a default.</source>
        <translation>El dinero que deja cada uno (el valor de un pedido, el precio de una cita). Si no lo sabe: el plan empieza con %1 (unas %2 horas de trabajo), marcado como predeterminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one thing the business does on WhatsApp.</source>
        <translation>Marque al menos una cosa que el negocio hace por WhatsApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say about how many a day for %1 (a rough count is fine).</source>
        <translation>Indique cuántos al día, más o menos, para %1 (un cálculo aproximado está bien).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1, the shares by WhatsApp, Instagram and Facebook add up to more than 100%; lower one of them.</source>
        <translation>Para %1, los porcentajes por WhatsApp, Instagram y Facebook suman más de 100%; reduzca alguno de ellos.</translation>
    </message>
</context>
<context>
    <name>_BearablePage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-74"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of your WhatsApp sales, %1; change it if you can bear more or less.</source>
        <translation>Lo máximo que puede costar una caída antes de que el negocio esté en problemas. De ahí el plan obtiene la caída más larga que puede soportar. Empezamos con un día de sus ventas por WhatsApp, %1; cámbielo si puede soportar más o menos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of the sales the worst outage would cut off (WhatsApp and the other apps on Meta&apos;s infrastructure), %1; change it if you can bear more or less.</source>
        <translation>Lo máximo que puede costar una caída antes de que el negocio esté en problemas. De ahí el plan obtiene la caída más larga que puede soportar. Empezamos con un día de las ventas que interrumpiría la peor caída (WhatsApp y las otras apps de la infraestructura de Meta), %1; cámbielo si puede soportar más o menos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you can bear</source>
        <translation>Lo que puede soportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss that would put the business in trouble.</source>
        <translation>La pérdida que pondría al negocio en problemas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest loss you can bear from one outage (%1)</source>
        <translation>Pérdida máxima que puede soportar por caída (%1)</translation>
    </message>
</context>
<context>
    <name>_BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="-285"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the plan is for, where your customers are and when you are open.</source>
        <translation>Para quién es el plan, dónde están sus clientes y cuándo abre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The business this plan is for.</source>
        <translation>El negocio al que corresponde este plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it does</source>
        <translation>&amp;A qué se dedica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main &amp;country</source>
        <translation>&amp;País principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where most of your customers are. Type to search.</source>
        <translation>Dónde está la mayoría de sus clientes. Escriba para buscar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second c&amp;ountry</source>
        <translation>Segundo pa&amp;ís</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country where many of your customers are, and its share.</source>
        <translation>Otro país donde están muchos de sus clientes, y su porcentaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every amount in the plan uses it.</source>
        <translation>Todos los importes del plan la usan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;from</source>
        <translation>Abierto &amp;desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers can reach you; change it later for each day.</source>
        <translation>Cuándo pueden contactarlo los clientes; después puede cambiarlo para cada día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>Abre los días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The days you are open.</source>
        <translation>Los días que abre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>Pe&amp;rsonal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who work in the business, you included.</source>
        <translation>Personas que trabajan en el negocio, usted incluido.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>In a few words. The app uses it to pick how customers of such a business usually behave.</source>
        <translation>En pocas palabras. La aplicación lo usa para elegir cómo suelen comportarse los clientes de un negocio así.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One &amp;hour of work costs</source>
        <translation>Una hora de &amp;trabajo cuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an hour of one person&apos;s work costs you, in the plan&apos;s currency. It prices the time lost when staff cannot coordinate.</source>
        <translation>Lo que le cuesta una hora de trabajo de una persona, en la moneda del plan. Sirve para valorar el tiempo que se pierde cuando el personal no puede coordinarse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>Hora de cierre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also</source>
        <translation>Además</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country</source>
        <translation>Segundo país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the second country</source>
        <translation>Porcentaje del segundo país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>p. ej., Panadería La Espiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>p. ej., panadería, clínica, tienda en línea</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the business a name.</source>
        <translation>Póngale un nombre al negocio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the main country from the list.</source>
        <translation>Elija el país principal de la lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a second country other than the main one.</source>
        <translation>Elija un segundo país distinto del principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one day you are open.</source>
        <translation>Marque al menos un día en que abre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time must come after the opening time.</source>
        <translation>La hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what one hour of work costs you (an estimate is fine).</source>
        <translation>Indique cuánto le cuesta una hora de trabajo (un cálculo aproximado está bien).</translation>
    </message>
</context>
<context>
    <name>_CustomersPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-134"/>
        <source>When WhatsApp stops</source>
        <translation>Cuando WhatsApp deja de funcionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your customers would do, as far as you know. &quot;I don&apos;t know&quot; keeps the published figures.</source>
        <translation>Lo que harían sus clientes, hasta donde usted sabe. «No sé» conserva las cifras publicadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you do not answer, how long do most customers &amp;wait before they go elsewhere?</source>
        <translation>Si no les responde, ¿cuánto tiempo &amp;esperan la mayoría de los clientes antes de irse a otro lado?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know (use the published figures)</source>
        <translation>No sé (usar las cifras publicadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than an hour</source>
        <translation>Menos de una hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A couple of hours</source>
        <translation>Un par de horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest of the day</source>
        <translation>El resto del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the next day</source>
        <translation>Hasta el día siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of your customers could reach you today another way? Count only those who already have the number, address or account.</source>
        <translation>¿Cuántos de sus clientes podrían contactarlo hoy por otra vía? Cuente solo a los que ya tienen el número, la dirección o la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few (about 1 in 10)</source>
        <translation>Unos pocos (aprox. 1 de cada 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 1 in 4</source>
        <translation>Aprox. 1 de cada 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About half</source>
        <translation>Aprox. la mitad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most</source>
        <translation>La mayoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of each sale, how much do you &amp;keep after paying for the goods? (optional)</source>
        <translation>De cada venta, ¿cuánto le &amp;queda después de pagar la mercancía? (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>no sé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your gross margin. If you give it, losses are counted as lost profit; if not, as lost sales.</source>
        <translation>Su margen bruto. Si lo indica, las pérdidas se cuentan como ganancia perdida; si no, como ventas perdidas.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+21"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="-10"/>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="-4"/>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
