<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <location filename="../../continuity_app/gui/about.py" line="+23"/>
        <source>Plans for WhatsApp and Meta outages: what they cost, which channels keep you working, and a printable continuity plan. Works offline: nothing you enter leaves this computer.</source>
        <translation>Planos para quedas do WhatsApp e da Meta: quanto custam, quais canais mantêm você trabalhando e um plano de continuidade para imprimir. Funciona sem internet: nada do que você digita sai deste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference data: %1 outages, %2 channels and %3 countries, each figure with its source and confidence (see the Sources page).</source>
        <translation>Dados de referência: %1 quedas, %2 canais e %3 países, cada número com sua fonte e confiabilidade (veja a página Fontes).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licences: this application, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy and pandas, BSD-style. pydantic, MIT. Bundled fonts, SIL Open Font License.</source>
        <translation>Licenças: este aplicativo, MIT. Qt for Python (PySide6 %1), LGPLv3. matplotlib, numpy e pandas, estilo BSD. pydantic, MIT. Fontes incluídas, SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AfterAction</name>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+100"/>
        <source>After-action report of the exercise</source>
        <translation>Relatório de avaliação da simulação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report of the outage</source>
        <translation>Relatório de avaliação da queda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Began</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} at {time} UTC</source>
        <translation>{day} às {time} UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise script</source>
        <translation>Roteiro da simulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan</source>
        <translation>Tempos comparados com o plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The plan</source>
        <translation>Previsto no plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was missing</source>
        <translation>O que faltou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the plan was done.</source>
        <translation>Todas as etapas do plano foram cumpridas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks</source>
        <translation>Tarefas de acompanhamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the action plan when the review is recorded; readiness stays as the plan holds it until a task is marked done.</source>
        <translation>Entram no plano de ação quando a avaliação é registrada; a prontidão continua como está no plano até que uma tarefa seja marcada como concluída.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up task: no switch was missed.</source>
        <translation>Nenhuma tarefa de acompanhamento: todas as passagens para os canais alternativos foram feitas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log</source>
        <translation>O registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was logged.</source>
        <translation>Nada foi registrado.</translation>
    </message>
</context>
<context>
    <name>Behaviour</name>
    <message>
        <location filename="../../continuity_app/core/behaviour.py" line="+65"/>
        <source>how long its customers wait ({value})</source>
        <translation>quanto tempo os clientes esperam ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share who come back later ({value})</source>
        <translation>a parcela que volta depois ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share lost for good ({value})</source>
        <translation>a parcela de clientes perdidos de vez ({value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share that cannot wait ({value})</source>
        <translation>a parcela que não pode esperar ({value})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{function}” uses assumed values that no study measures: {values}. Enter what you know of your customers on the Functions page.</source>
        <translation>“{function}” usa valores supostos que nenhum estudo mede: {values}. Informe o que você sabe dos seus clientes na página Atividades.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+217"/>
        <location line="+9"/>
        <source>Business</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The exchange rate to the US dollar, to price SMS and other channels.</source>
        <translation>A cotação do dólar americano, para calcular o preço do SMS e de outros canais.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+70"/>
        <source>Where your customers are</source>
        <translation>Onde estão seus clientes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+132"/>
        <source>Opening hours</source>
        <translation>Horário de funcionamento</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+67"/>
        <source>What the business can bear</source>
        <translation>O que o negócio aguenta</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+7"/>
        <source>Model settings</source>
        <translation>Ajustes do modelo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-14"/>
        <source>Share of the people you message in each country; the shares decide which fallback channels reach them and must add up to 100%.</source>
        <translation>Parcela das pessoas com quem você troca mensagens em cada país; as parcelas definem quais canais alternativos as alcançam e devem somar 100%.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Times like 09:00-13:00, 17:00-21:00; leave a day empty when closed.</source>
        <translation>Horários como 09:00-13:00, 17:00-21:00; deixe o dia vazio quando estiver fechado.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+3"/>
        <source>{term} for each activity: the share of its customers you must still serve during an outage, and how soon. 0 means no minimum.</source>
        <translation>{term} para cada atividade: a parcela dos clientes dela que você ainda precisa atender durante uma queda, e em quanto tempo. 0 significa sem mínimo.</translation>
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
        <translation>Parcela (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-16"/>
        <source>Country mix</source>
        <translation>Países dos clientes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="-57"/>
        <location line="+1"/>
        <source>Add country</source>
        <translation>Adicionar país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove country</source>
        <translation>Remover país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected country</source>
        <translation>Remover o país selecionado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+9"/>
        <source>Function</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="+41"/>
        <source>Minimum served (%)</source>
        <translation>Mínimo atendido (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within (h)</source>
        <translation>Em até (h)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+6"/>
        <source>Minimum service per function</source>
        <translation>Serviço mínimo por atividade</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+4"/>
        <source>Revenue (what customers would have paid)</source>
        <translation>Receita (o que os clientes teriam pago)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin (revenue × gross margin)</source>
        <translation>Margem (receita × margem bruta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>ex.: Padaria Pão Dourado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>ex.: padaria, clínica, loja on-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-148"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 55 – 70) if unsure.</source>
        <translation>Digite um número, ou mínimo – provável – máximo (ex.: 40 – 55 – 70) se não tiver certeza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business this plan is for.</source>
        <translation>O negócio para o qual é este plano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sector</source>
        <translation>&amp;Setor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the business does, in a few words.</source>
        <translation>O que o negócio faz, em poucas palavras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every amount in the plan is in this currency.</source>
        <translation>Todos os valores do plano estão nesta moeda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 per US &amp;dollar</source>
        <translation>%1 por &amp;dólar americano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many %1 one US dollar buys; prices channels that charge in dollars (SMS, business messaging). Leave empty if you do not know it.</source>
        <translation>Quantos %1 um dólar americano compra; serve para calcular o preço dos canais que cobram em dólar (SMS, mensagens comerciais). Deixe vazio se não souber.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;taff</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who work in the business, owner included.</source>
        <translation>Pessoas que trabalham no negócio, incluindo o dono.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff cost per &amp;hour (%1)</source>
        <translation>Custo da equipe por &amp;hora (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an hour of one person&apos;s work costs, wages and charges included.</source>
        <translation>Quanto custa uma hora de trabalho de uma pessoa, com salário e encargos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gross &amp;margin (%)</source>
        <translation>Margem &amp;bruta (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of revenue left after the cost of goods; used when losses are counted as lost margin.</source>
        <translation>Parte da receita que sobra depois do custo das mercadorias; usada quando as perdas são contadas como margem perdida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer &amp;lifetime value (%1)</source>
        <translation>&amp;Valor do cliente ao longo do tempo (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a customer brings over all future purchases; lost when a customer leaves for good.</source>
        <translation>O que um cliente traz em todas as compras futuras; perdido quando o cliente vai embora de vez.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{term} ({currency})</source>
        <translation>{term} ({currency})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How soon into an outage the minimum must be served, in hours.</source>
        <translation>Em quanto tempo, depois do início de uma queda, o mínimo precisa ser atendido, em horas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outage to plan for</source>
        <translation>Queda para planejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of outage whose cost, hour after hour, is compared with the largest loss you can bear: it sets the longest outage you can bear.</source>
        <translation>O tipo de queda cujo custo, hora a hora, é comparado com a maior perda que você aguenta: ele define a queda mais longa que você aguenta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More years give steadier figures and take longer.</source>
        <translation>Mais anos dão números mais estáveis, mas demoram mais.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+73"/>
        <source>Amounts are not converted: the staff cost, what each activity is worth and the largest loss you can bear keep their numbers: check that they are right in %1.</source>
        <translation>Os valores não são convertidos: o custo da equipe, quanto vale cada atividade e a maior perda que você aguenta mantêm os mesmos números: confira se estão certos em %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type how many units of the plan&apos;s currency one US dollar buys (above 0), or leave it empty.</source>
        <translation>digite quantas unidades da moeda do plano um dólar americano compra (maior que 0), ou deixe vazio.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/business.py" line="-27"/>
        <source>Count losses as</source>
        <translation>Contar perdas como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue shows what customers would have paid; margin what you keep.</source>
        <translation>Receita mostra o que os clientes teriam pago; margem, o que fica com você.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="-89"/>
        <source>Opening hours on %1, like 09:00-13:00, 17:00-21:00.</source>
        <translation>Horário de funcionamento em %1, como 09:00-13:00, 17:00-21:00.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>give the business a name (up to 200 characters).</source>
        <translation>dê um nome ao negócio (até 200 caracteres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type a percentage from 0 to 100, or low – likely – high in that order.</source>
        <translation>digite uma porcentagem de 0 a 100, ou mínimo – provável – máximo, nessa ordem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type an amount of 0 or more, or low – likely – high in that order.</source>
        <translation>digite um valor de 0 ou mais, ou mínimo – provável – máximo, nessa ordem.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>write times like 09:00-13:00, 17:00-21:00, each ending after it starts.</source>
        <translation>digite os horários assim: 09:00-13:00, 17:00-21:00; cada faixa deve terminar depois de começar.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/country_mix_box.py" line="+66"/>
        <source>Total: %1%</source>
        <translation>Total: %1%</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+32"/>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece duas vezes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every country a share above 0%, or remove it.</source>
        <translation>Dê a cada país uma parcela acima de 0%, ou remova-o.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shares add up to %1%; they must add up to 100%.</source>
        <translation>As parcelas somam %1%; elas devem somar 100%.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/business_page.py" line="+106"/>
        <source>The first scenario (%1)</source>
        <translation>O primeiro cenário (%1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/tolerance_box.py" line="+58"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum served for %1</source>
        <translation>Mínimo atendido para %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Within hours for %1</source>
        <translation>Prazo em horas para %1</translation>
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
        <translation>Parcela (%)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/channel_mix_box.py" line="+73"/>
        <source>Channels of the selected function</source>
        <translation>Canais da atividade selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove channel</source>
        <translation>Remover canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel from the mix</source>
        <translation>Remover o canal selecionado da lista de canais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a channel to the mix</source>
        <translation>Adicionar um canal à lista de canais</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels of {name}</source>
        <translation>Canais de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other channels, which none of the plan&apos;s outages reaches (in person, by phone or elsewhere): {share}</source>
        <translation>Outros canais, que nenhuma queda do plano atinge (presencial, por telefone ou outros meios): {share}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every outage of the plan cuts off {share} of these interactions.</source>
        <translation>Cada queda do plano interrompe {share} dessas interações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} in {outages}</source>
        <translation>{share} em {outages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut off: {parts}.</source>
        <translation>Parcela interrompida: {parts}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a channel…</source>
        <translation>Adicionar um canal…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../continuity_app/report/chart_style.py" line="+137"/>
        <source>+ %n more, with smaller losses</source>
        <translation>
            <numerusform>+ %n outro, com perda menor</numerusform>
            <numerusform>+ %n outros, com perdas menores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Outage duration</source>
        <translation>Duração da queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per outage</source>
        <translation>Perda por queda</translation>
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
        <translation>1 dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 dias</translation>
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
        <translation>Maior perda suportável por queda {amount}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loss in this outage</source>
        <translation>Perda nesta queda</translation>
    </message>
    <message numerus="yes">
        <location line="-138"/>
        <source>%n other function(s)</source>
        <translation>
            <numerusform>%n outra atividade</numerusform>
            <numerusform>%n outras atividades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Largest bearable loss {amount}</source>
        <translation>Maior perda suportável {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage {duration}</source>
        <translation>Queda mais longa suportável {duration}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss in a year</source>
        <translation>Perda em um ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance a year loses more</source>
        <translation>Chance de um ano perder mais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hour of day</source>
        <translation>Hora do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loss</source>
        <translation>Sem perda</translation>
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
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be written to %1: %2</source>
        <translation>Não foi possível gravar o gráfico em %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/__init__.py" line="+64"/>
        <source>Unknown date order {order}: use dmy, mdy or ymd.</source>
        <translation>Ordem de data desconhecida: {order}. Use dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="+210"/>
        <source>{what} is empty: there is nothing to import.</source>
        <translation>{what} está vazio: não há nada para importar.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This JSON file is not a Telegram Desktop export (it is a list, not an export object). Export the chat from Telegram Desktop as JSON.</source>
        <translation>Este arquivo JSON não é uma exportação do Telegram Desktop (é uma lista, não um objeto de exportação). Exporte a conversa pelo Telegram Desktop em formato JSON.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>{what} is larger than {limit}, far more than any chat export: it is not imported. Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: Export chat history of one chat) and import that file.</source>
        <translation>{what} tem mais de {limit}, muito mais que qualquer conversa exportada: não será importado. Exporte uma única conversa (WhatsApp: Exportar conversa, sem mídia; Telegram Desktop: Exportar histórico de uma conversa) e importe esse arquivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} looks like a zip file but is damaged and cannot be read. Export the chat again, or unpack the zip and import the .txt file inside.</source>
        <translation>{name} parece um arquivo zip, mas está danificado e não pode ser lido. Exporte a conversa de novo, ou descompacte o zip e importe o arquivo .txt que está dentro.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Não foi possível ler {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket): choose the exported chat file itself.</source>
        <translation>{path} não é um arquivo comum (é um pipe, um dispositivo ou um socket): escolha o próprio arquivo da conversa exportada.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{what} is a binary file, not a chat export. Choose the .txt or .zip file WhatsApp&apos;s &quot;Export chat&quot; produced, or a Telegram Desktop JSON export.</source>
        <translation>{what} é um arquivo binário, não uma conversa exportada. Escolha o arquivo .txt ou .zip gerado pela opção &quot;Exportar conversa&quot; do WhatsApp, ou uma exportação JSON do Telegram Desktop.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. Re-export the chat, or save the file as UTF-8 and import it again.</source>
        <translation>{what} não é texto UTF-8: a linha {line} tem bytes que não são UTF-8. Exporte a conversa de novo, ou salve o arquivo em UTF-8 e importe-o outra vez.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>{name} é uma exportação do Instagram ou do Messenger em HTML, que não tem os horários exatos. Exporte as conversas de novo pelo Instagram ou pelo Facebook (Central de Contas &gt; Suas informações e permissões &gt; Baixar suas informações, formato JSON).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The zip file {name} contains no chat text file (.txt), only %n other file(s) ({kinds}). Export the chat from WhatsApp again (&quot;Export chat&quot;), or import the .txt file.</source>
        <translation>
            <numerusform>O arquivo zip {name} não contém nenhum arquivo de texto de conversa (.txt); arquivos de outros tipos: %n ({kinds}). Exporte a conversa do WhatsApp de novo (&quot;Exportar conversa&quot;) ou importe o arquivo .txt.</numerusform>
            <numerusform>O arquivo zip {name} não contém nenhum arquivo de texto de conversa (.txt), só %n arquivos de outros tipos ({kinds}). Exporte a conversa do WhatsApp de novo (&quot;Exportar conversa&quot;) ou importe o arquivo .txt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is protected by a password. Unpack it with your archive tool and import the chat .txt file inside, or export the chat again without a password.</source>
        <translation>{name} está protegido por senha. Descompacte-o com o seu programa de arquivos compactados e importe o arquivo .txt da conversa que está dentro, ou exporte a conversa de novo sem senha.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} would unpack to {ratio} times its packed size, far more than text ever compresses: it is a zip bomb or a damaged archive, and is not opened. Export the chat again.</source>
        <translation>Descompactado, {name} ficaria {ratio} vezes maior do que compactado, muito mais do que qualquer texto se comprime: é uma bomba zip ou um arquivo danificado, e não será aberto. Exporte a conversa de novo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} lists more files than any chat export (its list of file names alone is {size}): it is not opened. Unpack it and import the chat .txt file inside.</source>
        <translation>{name} lista mais arquivos do que qualquer conversa exportada (só a lista de nomes de arquivo ocupa {size}): não será aberto. Descompacte-o e importe o arquivo .txt da conversa que está dentro.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File not found: {path}.</source>
        <translation>Arquivo não encontrado: {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder: choose the exported chat file inside it.</source>
        <translation>{path} é uma pasta: escolha o arquivo da conversa exportada que está dentro dela.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+241"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="+533"/>
        <source>{member} in {archive}</source>
        <translation>O arquivo {member} dentro de {archive}</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+273"/>
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-43"/>
        <source>The file {name}</source>
        <translation>O arquivo {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/errors.py" line="+12"/>
        <source>{orders} or {order}</source>
        <translation>{orders} ou {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot tell whether the dates in this export are {orders}: no day is above 12 and both readings keep time moving forward equally well. Choose the date order (CLI: --date-order {choices}).</source>
        <translation>Não dá para saber se as datas desta exportação estão na ordem {orders}: nenhum dia passa de 12 e as duas leituras mantêm o tempo avançando igualmente bem. Escolha a ordem da data (linha de comando: --date-order {choices}).</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{business} is not an author in this chat, which has %n author(s). Import it without a business to see them (as pseudonyms), then name the business exactly as the export writes it.</source>
        <translation>
            <numerusform>{business} não aparece como autor nesta conversa, que tem %n autor. Importe-a sem indicar o negócio para ver os autores (como pseudônimos) e depois escreva o nome do negócio exatamente como aparece na exportação.</numerusform>
            <numerusform>{business} não aparece como autor nesta conversa, que tem %n autores. Importe-a sem indicar o negócio para ver os autores (como pseudônimos) e depois escreva o nome do negócio exatamente como aparece na exportação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s). Import it without choosing a chat to read them all together.</source>
        <translation>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Telegram, que tem %n conversa. Importe-a sem escolher uma conversa para ler tudo junto.</numerusform>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Telegram, que tem %n conversas. Importe-a sem escolher uma conversa para ler todas juntas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export has more than {limit} different authors, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Esta exportação tem mais de {limit} autores diferentes, muito mais que qualquer conversa: não será importada. Exporte uma única conversa e importe esse arquivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This export has messages on more than {limit} different days, far more than any chat: it is not imported. Export a single chat and import that file.</source>
        <translation>Esta exportação tem mensagens em mais de {limit} dias diferentes, muito mais que qualquer conversa: não será importada. Exporte uma única conversa e importe esse arquivo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/stats.py" line="+311"/>
        <source>The dates cannot be read as {order}: {date} is not a valid date in that order. Choose another date order or let it be detected.</source>
        <translation>As datas não podem ser lidas na ordem {order}: {date} não é uma data válida nessa ordem. Escolha outra ordem de data ou deixe que ela seja detectada automaticamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dates in this export are not valid day-month-year or month-day-year dates (e.g. {example}). Is this really a chat export?</source>
        <translation>As datas desta exportação não são datas válidas no formato dia-mês-ano nem mês-dia-ano (por exemplo, {example}). Isto é mesmo uma conversa exportada?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export contains no messages.</source>
        <translation>A exportação não contém nenhuma mensagem.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/detect.py" line="-84"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+42"/>
        <source>This JSON file is nested too deeply to be a Telegram Desktop export. Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>Este arquivo JSON tem níveis aninhados demais para ser uma exportação do Telegram Desktop. Exporte a conversa de novo pelo Telegram Desktop (Configurações &gt; Avançado &gt; Exportar dados do Telegram, formato: JSON legível por máquina).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed JSON ({detail}). Re-export the chat from Telegram Desktop (Settings &gt; Advanced &gt; Export Telegram data, format: machine-readable JSON).</source>
        <translation>JSON malformado ({detail}). Exporte a conversa de novo pelo Telegram Desktop (Configurações &gt; Avançado &gt; Exportar dados do Telegram, formato: JSON legível por máquina).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This JSON file is not a Telegram Desktop export: it has no &quot;messages&quot; list. Export the chat from Telegram Desktop as JSON.</source>
        <translation>Este arquivo JSON não é uma exportação do Telegram Desktop: ele não tem uma lista &quot;messages&quot;. Exporte a conversa pelo Telegram Desktop em formato JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This JSON file has more than {limit} message lists, far more chats than any Telegram account: it is not imported. Export a single chat from Telegram Desktop and import that file.</source>
        <translation>Este arquivo JSON tem mais de {limit} listas de mensagens, muito mais conversas do que qualquer conta do Telegram: não será importado. Exporte uma única conversa pelo Telegram Desktop e importe esse arquivo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file ends inside a &quot;messages&quot; list</source>
        <translation>o arquivo termina no meio de uma lista &quot;messages&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One message in this JSON file is larger than {limit}, far more than any Telegram message: the file is damaged or not a Telegram Desktop export. Export the chat again.</source>
        <translation>Uma mensagem deste arquivo JSON tem mais de {limit}, muito mais que qualquer mensagem do Telegram: o arquivo está danificado ou não é uma exportação do Telegram Desktop. Exporte a conversa de novo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/meta.py" line="-405"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s). Import it without choosing one to read them all together.</source>
        <translation>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Instagram ou do Messenger, que tem %n conversa. Importe-a sem escolher uma conversa para ler tudo junto.</numerusform>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Instagram ou do Messenger, que tem %n conversas. Importe-a sem escolher uma conversa para ler todas juntas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the conversations again from Instagram or Facebook (Accounts Center &gt; Your information and permissions &gt; Download your information, format JSON).</source>
        <translation>Exporte as conversas de novo pelo Instagram ou pelo Facebook (Central de Contas &gt; Suas informações e permissões &gt; Baixar suas informações, formato JSON).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is not readable JSON ({detail}). {reexport}</source>
        <translation>{what} não é um JSON legível ({detail}). {reexport}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>nested too deeply</source>
        <translation>aninhado em níveis demais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One message in {what} is larger than {limit}, far more than any Instagram or Messenger message: the file is damaged. {reexport}</source>
        <translation>Uma mensagem de {what} tem mais de {limit}, muito mais que qualquer mensagem do Instagram ou do Messenger: o arquivo está danificado. {reexport}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+9"/>
        <source>{error} near character {position}</source>
        <translation>{error} perto do caractere {position}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>the file ends too early</source>
        <translation>o arquivo termina cedo demais</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} is not an Instagram or Messenger conversation: it has no &quot;messages&quot; list of a Meta export. Choose a message_1.json file, its folder or the export&apos;s zip. {reexport}</source>
        <translation>{what} não é uma conversa do Instagram ou do Messenger: não tem a lista &quot;messages&quot; de uma exportação da Meta. Escolha um arquivo message_1.json, a pasta dele ou o zip da exportação. {reexport}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled conversation)</source>
        <translation>(conversa sem título)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n message time(s) in {what} are in seconds, where Instagram and Messenger give them in milliseconds: the file was changed after it was exported. {reexport}</source>
        <translation>
            <numerusform>O horário de %n mensagem em {what} está em segundos, mas o Instagram e o Messenger registram os horários em milissegundos: o arquivo foi alterado depois de exportado. {reexport}</numerusform>
            <numerusform>Os horários de %n mensagens em {what} estão em segundos, mas o Instagram e o Messenger registram os horários em milissegundos: o arquivo foi alterado depois de exportado. {reexport}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>None of the %n message(s) in {what} has a real time (&quot;timestamp_ms&quot;): there is nothing to count. {reexport}</source>
        <translation>
            <numerusform>Nenhuma mensagem de {what} (%n no total) tem um horário de verdade (&quot;timestamp_ms&quot;): não há nada para contar. {reexport}</numerusform>
            <numerusform>Nenhuma das %n mensagens de {what} tem um horário de verdade (&quot;timestamp_ms&quot;): não há nada para contar. {reexport}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} is an Instagram or Messenger export in HTML, which has no exact times. {reexport}</source>
        <translation>{name} é uma exportação do Instagram ou do Messenger em HTML, que não tem os horários exatos. {reexport}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This export holds more than {limit} conversation files, more than any inbox: it is not imported. Choose the folder of one conversation instead.</source>
        <translation>Esta exportação tem mais de {limit} arquivos de conversa, mais que qualquer caixa de entrada: ela não foi importada. Escolha a pasta de uma única conversa.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is a folder with no Instagram or Messenger conversation (message_1.json) in it: choose the exported chat file, or the folder of an Instagram or Messenger export.</source>
        <translation>{path} é uma pasta sem nenhuma conversa do Instagram ou do Messenger (message_1.json): escolha o arquivo da conversa exportada ou a pasta de uma exportação do Instagram ou do Messenger.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+27"/>
        <source>The export {name}</source>
        <translation>A exportação {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/io/chat_export/telegram.py" line="+99"/>
        <source>None of the %n message(s) in this export has a real date and time (&quot;date&quot; or &quot;date_unixtime&quot;): there is nothing to count. Re-export the chat from Telegram Desktop as machine-readable JSON.</source>
        <translation>
            <numerusform>Nenhuma mensagem desta exportação (%n no total) tem data e hora de verdade (&quot;date&quot; ou &quot;date_unixtime&quot;): não há nada para contar. Exporte a conversa de novo pelo Telegram Desktop como JSON legível por máquina.</numerusform>
            <numerusform>Nenhuma das %n mensagens desta exportação tem data e hora de verdade (&quot;date&quot; ou &quot;date_unixtime&quot;): não há nada para contar. Exporte a conversa de novo pelo Telegram Desktop como JSON legível por máquina.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/chat_export/whatsapp.py" line="+199"/>
        <source>The file is empty: there is nothing to import.</source>
        <translation>O arquivo está vazio: não há nada para importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not a recognised chat export: none of the first %n line(s) starts with a real date and time as in a WhatsApp or Signal export (such as &quot;18/03/2022, 14:56 - Name: text&quot; or &quot;[18/03/2022, 14:56:01] Name: text&quot;). Export the chat from WhatsApp (chat menu &gt; More &gt; Export chat, without media) and import that .txt or .zip file, or a Telegram Desktop JSON export.</source>
        <translation>
            <numerusform>Não é uma conversa exportada reconhecida: nenhuma das primeiras linhas lidas (%n) começa com data e hora de verdade, como numa exportação do WhatsApp ou do Signal (por exemplo, &quot;18/03/2022, 14:56 - Nome: texto&quot; ou &quot;[18/03/2022, 14:56:01] Nome: texto&quot;). Exporte a conversa do WhatsApp (menu da conversa &gt; Mais &gt; Exportar conversa, sem mídia) e importe esse arquivo .txt ou .zip, ou uma exportação JSON do Telegram Desktop.</numerusform>
            <numerusform>Não é uma conversa exportada reconhecida: nenhuma das primeiras %n linhas começa com data e hora de verdade, como numa exportação do WhatsApp ou do Signal (por exemplo, &quot;18/03/2022, 14:56 - Nome: texto&quot; ou &quot;[18/03/2022, 14:56:01] Nome: texto&quot;). Exporte a conversa do WhatsApp (menu da conversa &gt; Mais &gt; Exportar conversa, sem mídia) e importe esse arquivo .txt ou .zip, ou uma exportação JSON do Telegram Desktop.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+276"/>
        <source>A date in this export cannot be read: {date}.</source>
        <translation>Não foi possível ler uma data desta exportação: {date}.</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../continuity_app/gui/chat_import_dialog.py" line="+206"/>
        <source>Import chat into %1</source>
        <translation>Importar conversa para “%1”</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>reading it failed unexpectedly. Please report this, with the kind of export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file itself.</source>
        <translation>a leitura falhou de forma inesperada. Por favor, informe o problema dizendo o tipo de exportação (WhatsApp, Telegram, Signal, Instagram ou Messenger), mas sem enviar o arquivo.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Measure how many messages %1 really gets, and when, from a chat exported in WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), Signal, or Instagram and Messenger (Download your information, JSON: a message_1.json file or the export&apos;s zip).</source>
        <translation>Meça quantas mensagens “%1” recebe de fato, e em que horários, a partir de uma conversa exportada do WhatsApp (Conversa › Mais › Exportar conversa, sem mídia), do Telegram Desktop (JSON), do Signal ou do Instagram e do Messenger (Baixar suas informações, JSON: um arquivo message_1.json ou o zip da exportação).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chat export:</source>
        <translation>Conversa exportada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen chat export</source>
        <translation>Conversa exportada escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a chat export file</source>
        <translation>Escolha um arquivo de conversa exportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates could be read two ways: which is right?</source>
        <translation>As datas podem ser lidas de dois jeitos: qual está certo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>&amp;Dia primeiro (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>&amp;Mês primeiro (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year first (2024/12/31)</source>
        <translation>&amp;Ano primeiro (2024/12/31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business is:</source>
        <translation>&amp;O negócio é:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which author is the business</source>
        <translation>Qual autor é o negócio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;names</source>
        <translation>Mostrar &amp;nomes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show author names instead of pseudonyms</source>
        <translation>Mostrar os nomes dos autores em vez de pseudônimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date order:</source>
        <translation>Ordem da data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages:</source>
        <translation>Mensagens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per active day:</source>
        <translation>Mensagens por dia ativo:</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n mensagem)</numerusform>
            <numerusform>%1 (%n mensagens)</numerusform>
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
        <translation>Messenger (conversas com criptografia de ponta a ponta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram or Messenger (the export does not say which)</source>
        <translation>Instagram ou Messenger (a exportação não diz qual)</translation>
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
            <numerusform>%n dia com mensagens</numerusform>
            <numerusform>%n dias com mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>median %1, slowest tenth over %2 (%n response(s))</source>
        <translation>
            <numerusform>mediana %1; 1 em cada 10 leva mais de %2 (%n resposta)</numerusform>
            <numerusform>mediana %1; 1 em cada 10 leva mais de %2 (%n respostas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 will get &lt;b&gt;%2 daily interactions on %4&lt;/b&gt; (%3), its other channels keeping theirs, and this hour-of-day profile.</source>
        <translation>“%1” vai ficar com &lt;b&gt;%2 interações por dia no %4&lt;/b&gt; (%3), com este perfil por hora do dia; os outros canais dela mantêm as suas.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Business replies:</source>
        <translation>Respostas do negócio:</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>there is not enough memory to read it.</source>
        <translation>não há memória suficiente para lê-lo.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Show the authors&apos; names instead of pseudonyms; names are never saved. Pseudonyms are keyed by a secret of this installation, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Mostra os nomes dos autores em vez de pseudônimos; os nomes nunca são salvos. Os pseudônimos são gerados com uma chave secreta desta instalação, então ninguém consegue recalculá-los a partir de uma lista de nomes ou números de telefone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors are shown as pseudonyms keyed by a secret of this installation (the same as on the command line), unless Show names is ticked.</source>
        <translation>Os autores aparecem como pseudônimos gerados com uma chave secreta desta instalação (a mesma da linha de comando), a menos que “Mostrar nomes” esteja marcado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only counts and the hour-of-day profile enter the plan. Message text and author names are never stored.</source>
        <translation>Só as contagens e o perfil por hora do dia entram no plano. O texto das mensagens e os nomes dos autores nunca são guardados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply to %1</source>
        <translation>&amp;Aplicar a %1</translation>
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
        <translation>Escolha uma conversa exportada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
        <translation>Conversas exportadas (*.txt *.zip *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No day in this chat is above 12, so the dates could be day first or month first. Choose the order your phone shows dates in.</source>
        <translation>Nenhum dia desta conversa passa de 12, então as datas podem ter o dia ou o mês primeiro. Escolha a ordem em que o seu celular mostra as datas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported: %1</source>
        <translation>Não é possível importar este arquivo: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody: count every message</source>
        <translation>Ninguém: contar todas as mensagens</translation>
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
        <translation>nenhuma nesta conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer messages per day with messages</source>
        <translation>mensagens de clientes por dia com mensagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all messages per day with messages; choose the business to count only customers</source>
        <translation>todas as mensagens por dia com mensagens; escolha o negócio para contar só os clientes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Messages by hour of day</source>
        <translation>Mensagens por hora do dia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages by hour of day in the chat</source>
        <translation>Mensagens por hora do dia na conversa</translation>
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
        <translation>Ordem da data:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages:</source>
        <translation>Mensagens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message:</source>
        <translation>Primeira mensagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message:</source>
        <translation>Última mensagem:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days:</source>
        <translation>Dias ativos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{active} of {calendar} calendar days</source>
        <translation>{active} de {calendar} dias corridos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per active day:</source>
        <translation>Por dia ativo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} messages</source>
        <translation>{count} mensagens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Busiest hours:</source>
        <translation>Horários de pico:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of order:</source>
        <translation>Fora de ordem:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) earlier than the one before</source>
        <translation>
            <numerusform>%n linha com horário anterior ao da linha de cima</numerusform>
            <numerusform>%n linhas com horário anterior ao da linha de cima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>median {median}, P90 {p90} (%n answer(s))</source>
        <translation>
            <numerusform>mediana {median}, P90 {p90} (%n resposta)</numerusform>
            <numerusform>mediana {median}, P90 {p90} (%n respostas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Most messages:</source>
        <translation>Mais mensagens:</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>{messages} (plus %n system event(s))</source>
        <translation>
            <numerusform>{messages} (mais %n evento do sistema)</numerusform>
            <numerusform>{messages} (mais %n eventos do sistema)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Business:</source>
        <translation>Negócio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer messages:</source>
        <translation>Msgs. de clientes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ({per_day} per active day)</source>
        <translation>{count} ({per_day} por dia ativo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the business never answered a customer here</source>
        <translation>o negócio nunca respondeu a um cliente nesta conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>Tempo de resposta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer messages per active day</source>
        <translation>mensagens de clientes por dia ativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages per active day; pass --business to count customers only</source>
        <translation>mensagens por dia ativo; use --business para contar só as dos clientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the plan:</source>
        <translation>Para o plano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} daily interactions ({basis})</source>
        <translation>{count} interações por dia ({basis})</translation>
    </message>
</context>
<context>
    <name>ChatWording</name>
    <message>
        <location filename="../../continuity_app/io/chat_export/wording.py" line="+13"/>
        <source>day first</source>
        <translation>dia/mês/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first</source>
        <translation>mês/dia/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first</source>
        <translation>ano/mês/dia</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>time runs forward in this order (%n backward jump(s) against {more})</source>
        <translation>
            <numerusform>nesta ordem o tempo avança (voltas no tempo: %n, contra {more} na outra ordem)</numerusform>
            <numerusform>nesta ordem o tempo avança (voltas no tempo: %n, contra {more} na outra ordem)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen by you</source>
        <translation>escolhida por você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dates start with the year</source>
        <translation>as datas começam pelo ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day is above 12</source>
        <translation>há um dia maior que 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month are the same on every date: either order reads alike</source>
        <translation>dia e mês são iguais em todas as datas: as duas ordens dão o mesmo resultado</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/checklist_view.py" line="+36"/>
        <source>1. Confirm the outage</source>
        <translation>1. Confirme a queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Call the team, in this order</source>
        <translation>2. Ligue para a equipe, nesta ordem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Move each activity to its fallbacks</source>
        <translation>3. Passe cada atividade para os canais alternativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Send the messages</source>
        <translation>4. Envie as mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Back to normal</source>
        <translation>5. Volta ao normal</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>When it was done, in hours and minutes since the start.</source>
        <translation>Quando foi feito, em horas e minutos desde o início.</translation>
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
        <translation>Autores como pseudônimos: {names}. Passe um deles em --business, ou adicione --keep-names para ver os nomes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chats: {names}.</source>
        <translation>Conversas: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --keep-names to list the chats&apos; names.</source>
        <translation>Adicione --keep-names para listar os nomes das conversas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot tell the day from the month in these dates (no day is above 12 and both readings keep time moving forward). Pass {options}.</source>
        <translation>não dá para distinguir o dia do mês nestas datas (nenhum dia passa de 12 e as duas leituras mantêm o tempo avançando). Use {options}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{business} is not an author in this chat.</source>
        <translation>{business} não aparece como autor nesta conversa.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No conversation named {chat} in this Instagram or Messenger export, which has %n conversation(s).</source>
        <translation>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Instagram ou do Messenger, que tem %n conversa.</numerusform>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Instagram ou do Messenger, que tem %n conversas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No chat named {chat} in this Telegram export, which has %n chat(s).</source>
        <translation>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Telegram, que tem %n conversa.</numerusform>
            <numerusform>Não há nenhuma conversa chamada {chat} nesta exportação do Telegram, que tem %n conversas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>não foi possível ler o arquivo: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to read this file.</source>
        <translation>não há memória suficiente para ler este arquivo.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>give a file name ending in .csv or .xlsx</source>
        <translation>informe um nome de arquivo terminado em .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../continuity_app/cli/commands.py" line="+62"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-135"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+491"/>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} é uma pasta; informe um nome de arquivo, como {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../continuity_app/cli/commands.py" line="+7"/>
        <source>Wrote {path}</source>
        <translation>Arquivo salvo: {path}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+26"/>
        <source>the built-in reference data is damaged: {error}</source>
        <translation>os dados de referência que vêm com o aplicativo estão corrompidos: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-2"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+268"/>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="+40"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+24"/>
        <source>cannot write {path}: {reason}</source>
        <translation>não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/common.py" line="+23"/>
        <source>{text} is too few trials; use at least {least}</source>
        <translation>{text} simulações são poucas; use pelo menos {least}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a whole number</source>
        <translation>{text} não é um número inteiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} must not be negative</source>
        <translation>{text} não pode ser negativo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="+40"/>
        <source>no scenario {scenario}; the plan has {known}</source>
        <translation>não existe o cenário {scenario}; o plano tem {known}</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>{path} is a file; give a folder for the screenshots</source>
        <translation>{path} é um arquivo; informe uma pasta para as capturas de tela</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n screenshot(s) to {folder}</source>
        <translation>
            <numerusform>%n captura de tela salva em {folder}</numerusform>
            <numerusform>%n capturas de tela salvas em {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+112"/>
        <source>continuity-app plan: warning: {warning}</source>
        <translation>continuity-app plan: aviso: {warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote {path} (%n page(s), {paper})</source>
        <translation>
            <numerusform>Arquivo salvo: {path} (%n página, {paper})</numerusform>
            <numerusform>Arquivo salvo: {path} (%n páginas, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-196"/>
        <source>{text} is not a percentage; give a number from 0 to 100, such as 40</source>
        <translation>{text} não é uma porcentagem; informe um número de 0 a 100, como 40</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not a number of hours; give one from 0 to 168 (a week), such as 0.5</source>
        <translation>{text} não é um número de horas; informe um número de 0 a 168 (uma semana), como 0.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not an amount of money; give a number of zero or more in the plan currency, without its symbol, such as 250 or 99.50</source>
        <translation>{text} não é um valor em dinheiro; informe um número igual ou maior que zero na moeda do plano, sem o símbolo, como 250 ou 99.50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not a date; write it as YYYY-MM-DD, such as 2027-03-31, or none to clear the due date</source>
        <translation>{text} não é uma data; escreva no formato YYYY-MM-DD, como 2027-03-31, ou none para apagar o prazo</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{options}: these describe a new task; give them with --new TITLE</source>
        <translation>{options}: estas opções descrevem uma tarefa nova; use-as com --new TITLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--new also needs {missing}</source>
        <translation>--new também precisa de {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{options}: these change a task; name it with --update TASK_ID (the ids are in the first column of `continuity-app tasks FILE`), or give them with --add or --new</source>
        <translation>{options}: estas opções alteram uma tarefa; indique qual com --update TASK_ID (os ids estão na primeira coluna de `continuity-app tasks FILE`), ou use-as com --add ou --new</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved {path}</source>
        <translation>Arquivo salvo: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n task(s) to {path}</source>
        <translation>
            <numerusform>%n tarefa salva em {path}</numerusform>
            <numerusform>%n tarefas salvas em {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n open task(s) to the calendar {path}</source>
        <translation>
            <numerusform>%n tarefa pendente salva no calendário {path}</numerusform>
            <numerusform>%n tarefas pendentes salvas no calendário {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) left out of the calendar: no due date (give one with --update TASK_ID --due YYYY-MM-DD)</source>
        <translation>
            <numerusform>%n tarefa pendente ficou fora do calendário: ela não tem prazo (defina um com --update TASK_ID --due YYYY-MM-DD)</numerusform>
            <numerusform>%n tarefas pendentes ficaram fora do calendário: elas não têm prazo (defina um com --update TASK_ID --due YYYY-MM-DD)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no task {id}; the plan has {known}</source>
        <translation>não existe a tarefa {id}; o plano tem {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no task {id}; the plan has no tasks yet (add one with --add or --new)</source>
        <translation>não existe a tarefa {id}; o plano ainda não tem tarefas (adicione uma com --add ou --new)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--function: the plan has no function {id}; its functions are {known}</source>
        <translation>--function: o plano não tem a atividade {id}; as atividades dele são {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel: {id} is not a fallback channel; use one of {known}</source>
        <translation>--channel: {id} não é um canal alternativo; use um destes: {known}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no recommended step {id} for this plan. Steps it has include {some}; `continuity-app recommend FILE --json` lists them all under actions[].id</source>
        <translation>não existe a medida recomendada {id} para este plano. Algumas das medidas dele: {some}; `continuity-app recommend FILE --json` lista todas em actions[].id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no recommended step {id}: the recommender has no step for this plan now; add your own with --new</source>
        <translation>não existe a medida recomendada {id}: no momento não há nenhuma medida recomendada para este plano; adicione a sua com --new</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--new: give the task a title</source>
        <translation>--new: dê um título à tarefa</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="+85"/>
        <source>give --script NAME for a run sheet, --log LOG.json or both</source>
        <translation>informe --script NAME para ver o roteiro, --log LOG.json ou os dois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o and --record need the log of a run: --log</source>
        <translation>-o e --record precisam do registro de uma queda ou simulação: use --log</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the log is of the exercise {logged}, not {given}</source>
        <translation>o registro é da simulação {logged}, não de {given}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="+23"/>
        <source>Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.</source>
        <translation>Planejamento para quedas do WhatsApp e da Meta: impacto, canais alternativos e um plano para imprimir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open the window on a built-in example (see demo --list)</source>
        <translation>abrir a janela com um exemplo embutido (veja demo --list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that this installation works (examples, model, PDF, window) and exit</source>
        <translation>verificar se esta instalação funciona (exemplos, modelo, PDF, janela) e sair</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/chat_command.py" line="-314"/>
        <location filename="../../continuity_app/cli/commands.py" line="-224"/>
        <location line="+62"/>
        <location line="+48"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-32"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-315"/>
        <source>print one JSON object</source>
        <translation>mostrar o resultado como um único objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month order of the dates when it cannot be detected</source>
        <translation>ordem de dia e mês das datas, quando não puder ser detectada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one chat of a whole-account export</source>
        <translation>uma conversa de uma exportação da conta inteira</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show author names instead of pseudonyms</source>
        <translation>mostrar os nomes dos autores em vez de pseudônimos</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>measure a function&apos;s messages from a WhatsApp, Telegram, Signal, Instagram or Messenger chat export</source>
        <translation>medir as mensagens de uma atividade a partir de uma conversa exportada do WhatsApp, Telegram, Signal, Instagram ou Messenger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, Instagram or Messenger JSON from Meta&apos;s Download your information: a message_1.json, its folder or the export&apos;s zip) and print its aggregates: messages, authors, the hour-of-day profile and, with --business, customer messages per day and response times. Message text is never printed or stored; author names are shown as pseudonyms (Author-…) unless --keep-names. Pseudonyms are keyed by a secret of this installation, made once and kept in {folder}, so nobody can recompute them from a list of names or phone numbers.</source>
        <translation>Lê uma conversa exportada (.txt ou .zip do WhatsApp, JSON do Telegram Desktop, texto do Signal, JSON do Instagram ou do Messenger obtido em &quot;Baixar suas informações&quot;, da Meta: um message_1.json, a pasta dele ou o zip da exportação) e mostra os totais: mensagens, autores, o perfil por hora do dia e, com --business, as mensagens de clientes por dia e os tempos de resposta. O texto das mensagens nunca é mostrado nem guardado; os nomes dos autores aparecem como pseudônimos (Author-…), a menos que se use --keep-names. Os pseudônimos são gerados com um segredo desta instalação, criado uma única vez e guardado em {folder}, para que ninguém consiga recalculá-los a partir de uma lista de nomes ou números de telefone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder</source>
        <translation>a conversa exportada (.txt, .zip ou .json) ou uma pasta do Instagram ou do Messenger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the author who is the business: a name, or a pseudonym the output showed</source>
        <translation>o autor que representa o negócio: um nome, ou um pseudônimo mostrado na saída</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key the pseudonyms with KEY instead of this installation&apos;s secret, for output that is the same on every computer (keep KEY secret)</source>
        <translation>gerar os pseudônimos com KEY em vez da chave secreta desta instalação, para uma saída igual em qualquer computador (mantenha KEY em segredo)</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>write a plan&apos;s results and recommendations to a CSV or XLSX file</source>
        <translation>gravar os resultados e as recomendações de um plano num arquivo CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../continuity_app/cli/commands.py" line="-112"/>
        <location line="+62"/>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-28"/>
        <location filename="../../continuity_app/cli/plan_command.py" line="-89"/>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-2"/>
        <source>a .cplan plan file</source>
        <translation>um arquivo de plano .cplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file to write, ending in .csv or .xlsx</source>
        <translation>arquivo a gravar, terminado em .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="-57"/>
        <source>Monte Carlo years</source>
        <translation>anos simulados (Monte Carlo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../continuity_app/cli/commands.py" line="+3"/>
        <source>random seed</source>
        <translation>semente aleatória</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-58"/>
        <source>write a built-in example plan</source>
        <translation>gravar um plano de exemplo embutido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write (default: print the plan)</source>
        <translation>arquivo a gravar (padrão: mostrar o plano na tela)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example (see --list)</source>
        <translation>qual exemplo (veja --list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the examples, one per line</source>
        <translation>listar os exemplos, um por linha</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>what outages cost: per scenario, ALE, Monte Carlo</source>
        <translation>quanto custam as quedas: por cenário, perda esperada por ano (ALE), Monte Carlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only this scenario id</source>
        <translation>só o cenário com este id</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>fallback channels and preparation steps, valued by the loss they prevent</source>
        <translation>canais alternativos e medidas de preparação, avaliados pela perda que evitam</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>largest yearly spend on preparation</source>
        <translation>gasto anual máximo com preparação</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the preset outage scenarios and how the history gives their numbers</source>
        <translation>os cenários prontos de queda e como o histórico chega aos seus números</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a country of the business (ISO code such as BR; repeat for several): shutdowns and carrier outages are counted for it</source>
        <translation>um país do negócio (código ISO, como BR; repita para informar vários): os bloqueios pelo governo e as quedas de operadora são contados para ele</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>render every page of the window to PNG files</source>
        <translation>salvar cada página da janela como arquivo PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write one PNG per page</source>
        <translation>onde gravar um PNG por página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface language, e.g. ar or pt_BR</source>
        <translation>idioma da interface, por ex. ar ou pt_BR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which example plan to show</source>
        <translation>qual plano de exemplo mostrar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="-2"/>
        <source>write the printable continuity plan as PDF</source>
        <translation>gravar em PDF o plano de continuidade para imprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>o arquivo PDF a gravar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paper size (default: the one used in the business&apos;s main country)</source>
        <translation>tamanho do papel (padrão: o usado no país principal do negócio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the plan&apos;s own text, e.g. ar or pt_BR</source>
        <translation>idioma do texto do próprio plano, por ex. ar ou pt_BR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits in the plan: as the language writes them (default), 0123 or ٠١٢٣</source>
        <translation>algarismos no plano: como o idioma os escreve (padrão), 0123 ou ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+18"/>
        <source>which figures the reference data has for each country, and how old</source>
        <translation>quais dados a base de referência tem para cada país, e de que anos são</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="-8"/>
        <source>list, add, change and export the plan&apos;s preparation tasks</source>
        <translation>listar, adicionar, alterar e exportar as tarefas de preparação do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without options: the plan&apos;s preparation tasks by due date. A task is a preparation step the business has taken on: it raises readiness today only once it is marked done. Changes are saved back to FILE.</source>
        <translation>Sem opções: mostra as tarefas de preparação do plano por prazo. Uma tarefa é uma medida de preparação que o negócio decidiu tomar: ela só aumenta a prontidão de hoje depois de marcada como concluída (done). As alterações são salvas de volta em FILE.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plan a recommended step, by the id `recommend FILE --json` gives it in actions[].id (repeat for several)</source>
        <translation>planejar uma medida recomendada, pelo id que `recommend FILE --json` mostra em actions[].id (repita para várias)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task of your own</source>
        <translation>adicionar uma tarefa sua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the function it prepares a fallback for</source>
        <translation>com --new: a atividade para a qual ela prepara um canal alternativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --new: the fallback channel it makes ready, e.g. sms</source>
        <translation>com --new: o canal alternativo que ela deixa pronto, por ex. sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --new: the share of the function&apos;s contacts cut off by an outage that the channel reaches once done, in percent</source>
        <translation>com --new: a parcela, em porcentagem, dos contatos da atividade afetados pela queda que o canal alcança depois de concluída a tarefa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>with --new: hours until they switch, once done</source>
        <translation>com --new: horas até esses contatos passarem para o canal, depois de concluída a tarefa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change this task with the options below (repeat for several)</source>
        <translation>alterar esta tarefa com as opções abaixo (repita para várias)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the task&apos;s status; done raises the channel&apos;s readiness today</source>
        <translation>o status da tarefa; done aumenta a prontidão de hoje do canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who does it</source>
        <translation>quem faz a tarefa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date it should be done by, or none</source>
        <translation>a data até a qual ela deve estar concluída, ou none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what setting it up costs once, in the plan currency</source>
        <translation>quanto custa colocar em prática, uma única vez, na moeda do plano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what it costs each month, in the plan currency</source>
        <translation>quanto custa por mês, na moeda do plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes for the owner</source>
        <translation>observações para o responsável</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove this task (repeat for several)</source>
        <translation>remover esta tarefa (repita para várias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the tasks as a CSV table</source>
        <translation>gravar as tarefas como tabela CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the open tasks as calendar entries (.ics), one on each due date</source>
        <translation>gravar as tarefas pendentes como eventos de calendário (.ics), cada um na data do prazo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/exercise_command.py" line="-11"/>
        <source>a tabletop exercise&apos;s run sheet, or the after-action report of a log</source>
        <translation>o roteiro de uma simulação de mesa, ou o relatório de avaliação de um registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --log: the exercise hour by hour, with the checklist the plan gives for its outage. With --log: the after-action report of that outage or exercise log (timings against the plan, what was missing, follow-up tasks); -o writes it as PDF and --record adds the follow-up tasks and the exercise to FILE.</source>
        <translation>Sem --log: a simulação hora a hora, com a lista de verificação que o plano dá para a queda simulada. Com --log: o relatório de avaliação desse registro de queda ou de simulação (tempos comparados com o plano, o que faltou, tarefas de acompanhamento); -o grava o relatório em PDF e --record adiciona ao FILE as tarefas de acompanhamento e o registro da simulação.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a shipped exercise script (e.g. meta-wide-2021) or a script file</source>
        <translation>um roteiro de simulação que vem com o aplicativo (por exemplo, meta-wide-2021) ou um arquivo de roteiro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a log saved by outage mode or an exercise</source>
        <translation>um registro salvo pelo modo de queda ou por uma simulação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the after-action report as PDF</source>
        <translation>gravar o relatório de avaliação em PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of the PDF, e.g. ar or pt_BR</source>
        <translation>idioma do PDF, por exemplo ar ou pt_BR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the follow-up tasks and the exercise record to FILE (written once, at the end)</source>
        <translation>adicionar ao FILE as tarefas de acompanhamento e o registro da simulação (o arquivo é salvo uma única vez)</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <location filename="../../continuity_app/cli/plan_command.py" line="+52"/>
        <source>Laying out the printed plan…</source>
        <translation>Montando as páginas do plano impresso…</translation>
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
        <translation>{business} ({currency}); o negócio suporta uma perda de até {amount} por queda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage scenarios. While open: an outage of typical length that strikes while the business is open (the figure to plan for). Average: over every hour of the week and every length the history gives (the yearly figure is built from this average).</source>
        <translation>Cenários de queda. Com o negócio aberto: uma queda de duração típica que acontece enquanto o negócio está aberto (o valor para planejar). Média: entre todas as horas da semana e todas as durações que o histórico dá (o valor anual é calculado a partir desta média).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>O que cai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Por ano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst start</source>
        <translation>Pior início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the reference scenario ({scenario}):</source>
        <translation>No cenário de referência ({scenario}):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} breached for {duration}</source>
        <translation>{share} descumprido por {duration}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} met after {duration}</source>
        <translation>{share} atingido após {duration}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+279"/>
        <source>Function</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>MBCO</source>
        <translation>MBCO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+48"/>
        <source>While open</source>
        <translation>Com o negócio aberto</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location line="+15"/>
        <source>Average</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut off</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Maximum tolerable period of disruption (MTPD): {duration}: after that an outage that strikes while the business is open costs more than {amount}.</source>
        <translation>Período máximo tolerável de interrupção (MTPD): {duration}: depois disso, uma queda que acontece com o negócio aberto custa mais de {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum tolerable period of disruption (MTPD): an outage that strikes while the business is open stays under {amount} for a whole week.</source>
        <translation>Período máximo tolerável de interrupção (MTPD): uma queda que acontece com o negócio aberto fica abaixo de {amount} durante uma semana inteira.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annualised loss expectancy (ALE): {amount} per year.</source>
        <translation>Perda esperada por ano (ALE): {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monte Carlo, {trials} simulated years (seed {seed}):</source>
        <translation>Monte Carlo, {trials} anos simulados (semente {seed}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One outage</source>
        <translation>Uma queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Um ano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of {total}</source>
        <translation>nenhuma de {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected yearly loss (ALE)</source>
        <translation>Perda esperada por ano (ALE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad year (P90)</source>
        <translation>Um ano ruim (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest bearable outage (MTPD)</source>
        <translation>Queda mais longa suportável (MTPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing their minimum service</source>
        <translation>Atividades sem o serviço mínimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation tasks count only once they are done. Today, and with every open task done (on the same simulated years):</source>
        <translation>As tarefas de preparação só contam depois de concluídas. Hoje, e com todas as tarefas pendentes concluídas (nos mesmos anos simulados):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Com %n tarefa pendente concluída</numerusform>
            <numerusform>Com as %n tarefas pendentes concluídas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{business}: expected yearly loss today {amount} (a bad year, P90: {p90}).</source>
        <translation>{business}: hoje, a perda esperada por ano é de {amount} (num ano ruim, P90: {p90}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best fallback channels per function:</source>
        <translation>Melhores canais alternativos por atividade:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}:</source>
        <translation>{function}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score {score}</source>
        <translation>pontuação {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rank}. {name} ({score}): {reasons}</source>
        <translation>{rank}. {name} ({score}): {reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparation steps, most net value first:</source>
        <translation>Medidas de preparação, primeiro as de maior valor líquido:</translation>
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
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves/year</source>
        <translation>Economia/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 cut</source>
        <translation>Redução P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost/year</source>
        <translation>Custo/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback (months)</source>
        <translation>Retorno (meses)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not worth it now:</source>
        <translation>Não compensa por enquanto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{step} ({function}): {why}</source>
        <translation>{step} ({function}): {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended portfolio (budget {amount} a year):</source>
        <translation>Pacote recomendado (orçamento de {amount} por ano):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended portfolio:</source>
        <translation>Pacote recomendado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No step saves more than it costs within the budget.</source>
        <translation>Nenhuma medida dentro do orçamento economiza mais do que custa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step saves more than it costs.</source>
        <translation>Nenhuma medida economiza mais do que custa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} ({function}): saves {saving} a year on top of the steps above, costs {cost}</source>
        <translation>{step} ({function}): economiza {saving} por ano além das medidas acima, custa {cost}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected yearly loss after these steps: {amount} (P90 year {p90}), for {cost} a year.</source>
        <translation>Perda esperada por ano com estas medidas: {amount} (ano P90: {p90}), por {cost} ao ano.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why:</source>
        <translation>Por quê:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No preparation tasks yet. Plan a recommended step with --add STEP_ID (the ids are in `continuity-app recommend FILE --json`, actions[].id), or add your own with --new.</source>
        <translation>Nenhuma tarefa de preparação ainda. Planeje uma medida recomendada com --add STEP_ID (os ids estão em `continuity-app recommend FILE --json`, actions[].id) ou adicione a sua com --new.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{once} + {monthly} a month</source>
        <translation>{once} + {monthly} por mês</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready when done</source>
        <translation>Prontidão ao concluir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan is past its review date ({date}): review it.</source>
        <translation>A data de revisão do plano ({date}) já passou: revise o plano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review of the plan: {date}.</source>
        <translation>Próxima revisão do plano: {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open task(s) past their due date.</source>
        <translation>
            <numerusform>%n tarefa pendente atrasada.</numerusform>
            <numerusform>%n tarefas pendentes atrasadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No task is past its due date.</source>
        <translation>Nenhuma tarefa está atrasada.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/commands.py" line="-71"/>
        <source>{code} is not a country this application knows; use an ISO code: {known}</source>
        <translation>{code} não é um país que este aplicativo conhece; use um código ISO: {known}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>failed layers: {layers}</source>
        <translation>camadas que caem: {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{frequency} per year, typical {duration} (log-normal spread {sigma})</source>
        <translation>{frequency} por ano, duração típica de {duration} (dispersão log-normal {sigma})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>how: {explanation}</source>
        <translation>cálculo: {explanation}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/tasks_command.py" line="+192"/>
        <source>{step} is already planned as {task} ({status}); nothing changed. To change it: --update {task}</source>
        <translation>A medida {step} já está planejada como {task} ({status}); nada foi alterado. Para alterá-la: --update {task}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planned {task}: {title} ({function}, {channel})</source>
        <translation>Tarefa planejada {task}: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added {task}: {title} ({function}, {channel})</source>
        <translation>Tarefa adicionada {task}: {title} ({function}, {channel})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{task}: owner {owner}</source>
        <translation>{task}: responsável agora é {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: owner cleared</source>
        <translation>{task}: responsável removido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due {date}</source>
        <translation>{task}: prazo agora é {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: due date cleared</source>
        <translation>{task}: prazo removido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: one-off cost {amount}</source>
        <translation>{task}: custo único agora é {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: monthly cost {amount}</source>
        <translation>{task}: custo mensal agora é {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: notes changed</source>
        <translation>{task}: observações alteradas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{task} is already {status}; nothing changed</source>
        <translation>{task} já está com o status {status}; nada foi alterado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{task}: done on {date}</source>
        <translation>{task}: concluída em {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{task}: status {status}</source>
        <translation>{task}: status agora é {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness today of {channel} for {function}: {before} → {after}</source>
        <translation>Prontidão de hoje de {channel} para {function}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {task}: {title}</source>
        <translation>Tarefa removida {task}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readiness it gave when it was done stays: the work was done.</source>
        <translation>A prontidão que ela trouxe ao ser concluída continua valendo: o trabalho foi feito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/cli/exercise_command.py" line="+56"/>
        <source>Recorded in {file}: the exercise, the review date and %n task(s).</source>
        <translation>
            <numerusform>Registrado em {file}: a simulação, a data de revisão e as tarefas de acompanhamento (%n).</numerusform>
            <numerusform>Registrado em {file}: a simulação, a data de revisão e as tarefas de acompanhamento (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded in {file}: the outage, the review date and %n task(s).</source>
        <translation>
            <numerusform>Registrado em {file}: a queda, a data de revisão e as tarefas de acompanhamento (%n).</numerusform>
            <numerusform>Registrado em {file}: a queda, a data de revisão e as tarefas de acompanhamento (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote {path}</source>
        <translation>Arquivo salvo: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outage: {scenario}, {hours}.</source>
        <translation>Queda: {scenario}, {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the outage:</source>
        <translation>Confirme a queda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, in this order:</source>
        <translation>Ligue, nesta ordem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch:</source>
        <translation>Passe para os canais alternativos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send:</source>
        <translation>Envie:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After-action review: {scenario}, {length} logged.</source>
        <translation>Avaliação: {scenario}; registro de {length}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timings against the plan:</source>
        <translation>Tempos comparados com o plano:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Missing (%n):</source>
        <translation>
            <numerusform>O que faltou (%n):</numerusform>
            <numerusform>O que faltou (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Follow-up tasks (%n):</source>
        <translation>
            <numerusform>Tarefas de acompanhamento (%n):</numerusform>
            <numerusform>Tarefas de acompanhamento (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <location filename="../../continuity_app/gui/outage/clock.py" line="+70"/>
        <source>Exercise clock:</source>
        <translation>Relógio da simulação:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start:</source>
        <translation>Desde o início:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on by a quarter of an hour.</source>
        <translation>Adiantar o relógio da simulação em um quarto de hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hour</source>
        <translation>Próxima hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the exercise clock on to the next whole hour.</source>
        <translation>Adiantar o relógio da simulação até a próxima hora cheia.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../continuity_app/cli/data_quality_command.py" line="+11"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App figures</source>
        <translation>Apps com dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked apps</source>
        <translation>Apps bloqueados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Countries: {count}</source>
        <translation>Países: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}: known for {count} of {total} countries</source>
        <translation>{figure}: dado disponível para {count} de {total} países</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: a usage figure for {count} of {total} countries</source>
        <translation>{app}: dado de uso para {count} de {total} países</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../continuity_app/display.py" line="+117"/>
        <source>no X server answers at DISPLAY={display}</source>
        <translation>nenhum servidor X responde em DISPLAY={display}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Wayland compositor answers at WAYLAND_DISPLAY={name}</source>
        <translation>nenhum compositor Wayland responde em WAYLAND_DISPLAY={name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>Não há nenhuma tela onde abrir a janela (nem DISPLAY nem WAYLAND_DISPLAY estão definidos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no display to open the window on: {reasons}. The desktop session may have ended, or DISPLAY is left over from another session (after ssh -X, reconnect).</source>
        <translation>Não há nenhuma tela onde abrir a janela: {reasons}. Talvez a sessão do ambiente gráfico tenha terminado, ou DISPLAY tenha ficado de outra sessão (depois de ssh -X, conecte-se de novo).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no display this installation can open the window on: it draws through X11, and the Wayland desktop at WAYLAND_DISPLAY={name} offers no X server (XWayland) at DISPLAY={display}.</source>
        <translation>Não há nenhuma tela onde esta instalação possa abrir a janela: ela desenha via X11, e o ambiente Wayland em WAYLAND_DISPLAY={name} não oferece servidor X (XWayland) em DISPLAY={display}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the application from a desktop session, or use the command-line sub-commands (continuity-app --help); for a window without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Execute o aplicativo a partir de uma sessão gráfica, ou use os subcomandos da linha de comando (continuity-app --help); para uma janela sem tela, defina QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/display.py" line="+198"/>
        <source>the history of WhatsApp and Meta outages kept in this app, from status pages and news reports (listed under Outage history)</source>
        <translation>o histórico de quedas do WhatsApp e da Meta guardado neste aplicativo, tirado de páginas de status e de notícias (listado em Histórico de quedas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yearly counts of phone network outages published by telecom regulators for your countries, with the lengths of past carrier outages from the outage history</source>
        <translation>contagens anuais de quedas da rede telefônica publicadas pelos órgãos reguladores de telecomunicações dos seus países, com a duração de quedas passadas de operadoras tirada do histórico de quedas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access Now&apos;s record of government internet shutdowns and app blocks, 2016 to 2022, for your countries</source>
        <translation>o registro da Access Now de bloqueios de internet e de aplicativos feitos por governos, de 2016 a 2022, para os seus países</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the reference data in this app</source>
        <translation>os dados de referência deste aplicativo</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../continuity_app/gui/due_notice.py" line="+50"/>
        <source>Show the action plan</source>
        <translation>Mostrar o plano de ação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this notice</source>
        <translation>Fechar este aviso</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n preparation task(s) overdue: {tasks}.</source>
        <translation>
            <numerusform>%n tarefa de preparação atrasada: {tasks}.</numerusform>
            <numerusform>%n tarefas de preparação atrasadas: {tasks}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{task} (due {date})</source>
        <translation>{task} (prazo: {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan was due for review on {date}: go through it with the people who act in it.</source>
        <translation>A revisão do plano estava prevista para {date}: repasse o plano com as pessoas que têm um papel nele.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../continuity_app/core/wording/notes.py" line="+23"/>
        <source>No price per message is known for {channel} ({function}); counted as free. Enter one in the fallback to include it.</source>
        <translation>Não há preço por mensagem conhecido para {channel} ({function}); contado como grátis. Informe um no canal alternativo para incluí-lo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Messages per interaction default to {count} where not given.</source>
        <translation>Mensagens por interação: {count} por padrão quando não informado.</translation>
    </message>
</context>
<context>
    <name>FallbacksModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/fallbacks_model.py" line="+154"/>
        <source>Runs on Meta&apos;s infrastructure like WhatsApp: it fails with WhatsApp in a Meta outage and does not count as an independent fallback.</source>
        <translation>Roda na infraestrutura da Meta, como o WhatsApp: cai junto com o WhatsApp numa queda da Meta e não conta como canal alternativo independente.</translation>
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
        <translation>{channel} ainda não é um canal alternativo para {function}: digite na visão “Alcance hoje (%)” a parcela dos clientes dela que você conseguiria alcançar por lá hoje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You could reach {share} of the customers of {function} on {channel} today.</source>
        <translation>Hoje você conseguiria alcançar {share} dos clientes de {function} pelo {channel}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers of {function} start using {channel} {delay} after an outage begins: time to notice it, decide, and tell them where to go. Before then this channel serves none of them.</source>
        <translation>Os clientes de {function} começam a usar o {channel} {delay} depois que a queda começa: o tempo de perceber, decidir e avisar para onde eles devem ir. Antes disso, este canal não atende nenhum deles.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Together its {count} channels reach {combined} of them, not the {sum} their shares add up to: some customers are on more than one channel.</source>
        <translation>Juntos, os {count} canais dela alcançam {combined} desses clientes, não os {sum} que a soma das parcelas dá: alguns clientes estão em mais de um canal.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>type a share from 0 to 100, or low – likely – high; empty removes the fallback.</source>
        <translation>digite uma porcentagem de 0 a 100, ou mínimo – provável – máximo; deixar vazio remove o canal alternativo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type the hours until customers switch, from 0 to 168 (a week).</source>
        <translation>digite as horas até os clientes mudarem de canal, de 0 a 168 (uma semana).</translation>
    </message>
</context>
<context>
    <name>FallbacksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/fallbacks_page.py" line="+79"/>
        <source>Fallbacks</source>
        <translation>Canais alternativos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no fallback outside Meta.</source>
        <translation>%1 não tem canal alternativo fora da Meta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ready}: {ready_meaning} {delay}: {delay_meaning} Hover over a cell for what its value means.</source>
        <translation>{ready}: {ready_meaning} {delay}: {delay_meaning} Passe o mouse sobre uma célula para ver o que o valor dela significa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tinted columns run on Meta&apos;s infrastructure like WhatsApp: they fail together with it in a Meta outage. Empty a cell (or type 0) to remove a fallback.</source>
        <translation>As colunas coloridas rodam na infraestrutura da Meta, como o WhatsApp: caem junto com ele numa queda da Meta. Esvazie uma célula (ou digite 0) para remover um canal alternativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness matrix: functions by channels</source>
        <translation>Matriz de prontidão: atividades por canais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show readiness</source>
        <translation>Mostrar prontidão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show activation delays</source>
        <translation>Mostrar tempos de ativação</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, then say here where else you could reach them.</source>
        <translation>Nenhuma atividade ainda: adicione na página Atividades o que seus clientes fazem no WhatsApp e depois diga aqui por onde mais você conseguiria alcançá-los.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fallbacks yet: type in a cell the share of that activity&apos;s customers you could reach on that channel today (for example 40).</source>
        <translation>Nenhum canal alternativo ainda: digite numa célula a parcela dos clientes daquela atividade que você conseguiria alcançar por aquele canal hoje (por exemplo 40).</translation>
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
        <translation>mais de uma semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 dias</translation>
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
        <translation>outros canais {share}</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+11"/>
        <source>Type one number, or low – likely – high (e.g. 40 – 60 – 90) if unsure.</source>
        <translation>Digite um número, ou mínimo – provável – máximo (ex.: 40 – 60 – 90) se não tiver certeza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Function</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this part of the business does on WhatsApp.</source>
        <translation>O que esta parte do negócio faz no WhatsApp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides which channel features it needs.</source>
        <translation>Define quais recursos de canal ela precisa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interactions / open day</source>
        <translation>Interações / dia de funcionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations, orders or requests on a day the business is open, on all channels.</source>
        <translation>Conversas, pedidos ou solicitações num dia em que o negócio está aberto, em todos os canais.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>On WhatsApp (%)</source>
        <translation>No WhatsApp (%)</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Revenue / interaction</source>
        <translation>Receita / interação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money at stake in one interaction, in the plan currency.</source>
        <translation>Dinheiro em jogo numa interação, na moeda do plano.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patience (h)</source>
        <translation>Paciência (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a blocked customer keeps waiting before giving up.</source>
        <translation>Horas que um cliente sem atendimento espera antes de desistir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Come back (%)</source>
        <translation>Voltam (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those who gave up who come back later.</source>
        <translation>Parcela dos que desistiram e voltam depois.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost for good (%)</source>
        <translation>Perdidos de vez (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the lost ones who never come back (costs their lifetime value).</source>
        <translation>Parcela dos perdidos que nunca voltam (custa o valor deles ao longo do tempo).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot wait (%)</source>
        <translation>Não pode esperar (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of these interactions whose moment passes if they are not served soon (today&apos;s lunch, a same-day delivery): customers who gave up on them never come back for them. Empty: the default for this kind of function and sector, shown in grey.</source>
        <translation>Parcela dessas interações cujo momento passa se não forem atendidas logo (o almoço de hoje, uma entrega no mesmo dia): os clientes que desistiram nunca voltam por elas. Vazio: o padrão para este tipo de atividade e setor, mostrado em cinza.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backlog cost</source>
        <translation>Custo das pendências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of handling one delayed interaction after the outage, in the plan currency.</source>
        <translation>Custo de tratar uma interação atrasada depois da queda, na moeda do plano.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages / interaction</source>
        <translation>Mensagens / interação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent on a fallback per interaction; empty uses the default (3).</source>
        <translation>Mensagens enviadas num canal alternativo por interação; vazio usa o padrão (3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Staff affected</source>
        <translation>Equipe afetada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: how many staff coordinate through WhatsApp.</source>
        <translation>Para coordenação: quantas pessoas da equipe se coordenam pelo WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Productivity loss (%)</source>
        <translation>Perda de produtividade (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination: share of their work lost while WhatsApp is down.</source>
        <translation>Para coordenação: parcela do trabalho perdida enquanto o WhatsApp está fora do ar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On the WhatsApp Business API (%)</source>
        <translation>Na API do WhatsApp Business (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Instagram (%)</source>
        <translation>No Instagram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Messenger (%)</source>
        <translation>No Messenger (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Facebook page or shop (%)</source>
        <translation>Numa página ou loja do Facebook (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Telegram (%)</source>
        <translation>No Telegram (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Signal (%)</source>
        <translation>No Signal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Viber (%)</source>
        <translation>No Viber (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On LINE (%)</source>
        <translation>No LINE (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By SMS (%)</source>
        <translation>Por SMS (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone call (%)</source>
        <translation>Por ligação (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email (%)</source>
        <translation>Por e-mail (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web shop or marketplace (%)</source>
        <translation>Numa loja virtual ou marketplace (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (%)</source>
        <translation>Presencial (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of those interactions that run through this channel. What the listed channels do not carry runs on channels that none of the plan&apos;s outages reaches.</source>
        <translation>Parcela dessas interações que passam por este canal; o que nenhum canal da lista cobre passa por canais que nenhuma queda do plano atinge.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/functions_model.py" line="+198"/>
        <source>type a whole number.</source>
        <translation>digite um número inteiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a kind from the list.</source>
        <translation>escolha um tipo na lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the function a name.</source>
        <translation>dê um nome à atividade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for a coordination activity, say how many staff coordinate on WhatsApp and how much of their work is lost without it.</source>
        <translation>para uma atividade de coordenação, informe quantas pessoas da equipe se coordenam pelo WhatsApp e quanto do trabalho delas se perde sem ele.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind}: fill in “{staff}” and “{loss}” for {name} first: a coordination function&apos;s loss is the work its staff cannot do.</source>
        <translation>{kind}: preencha primeiro “{staff}” e “{loss}” para {name}: a perda de uma atividade de coordenação é o trabalho que a equipe dela não consegue fazer.</translation>
    </message>
</context>
<context>
    <name>FunctionsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/functions_page.py" line="+122"/>
        <source>Functions</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the functions that run on WhatsApp.</source>
        <translation>Adicione as atividades que rodam no WhatsApp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no revenue per interaction.</source>
        <translation>%1 não tem receita por interação.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per part of the business that runs on WhatsApp or other apps. Double-click a cell to edit it; hover over a column title for what it means. Where you are unsure, type low – likely – high, e.g. 40 – 60 – 90. Below, the selected row&apos;s channels: its share on each app.</source>
        <translation>Uma linha por parte do negócio que roda no WhatsApp ou em outros apps. Clique duas vezes numa célula para editá-la; passe o mouse sobre o título de uma coluna para ver o que ela significa. Se não tiver certeza, digite mínimo – provável – máximo, ex.: 40 – 60 – 90. Abaixo, os canais da linha selecionada: a parcela dela em cada app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add function</source>
        <translation>&amp;Adicionar atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove function</source>
        <translation>&amp;Remover atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions table</source>
        <translation>Tabela de atividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add function</source>
        <translation>Adicionar atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected function</source>
        <translation>Remover a atividade selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import chat…</source>
        <translation>&amp;Importar conversa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the selected function from a chat export</source>
        <translation>Medir a atividade selecionada a partir de uma conversa exportada</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No activities yet: add what your customers do on WhatsApp (orders, questions, bookings) with Add function.</source>
        <translation>Nenhuma atividade ainda: adicione o que seus clientes fazem no WhatsApp (pedidos, dúvidas, agendamentos) com Adicionar atividade.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>When %1 arrives over a day (from %2)</source>
        <translation>Quando chegam as mensagens de “%1” ao longo do dia (segundo %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an imported chat</source>
        <translation>uma conversa importada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the opening hours</source>
        <translation>o horário de funcionamento</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hourly profile of the selected function</source>
        <translation>Perfil por hora da atividade selecionada</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../continuity_app/core/incident/after_action.py" line="+145"/>
        <source>Rehearse the switch of {function} to {channel}: it was not made in the exercise of {date}.</source>
        <translation>Ensaie a passagem de {function} para {channel}: ela não foi feita na simulação de {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the switch of {function} to {channel}: it was not made in the outage of {date}.</source>
        <translation>Treine a passagem de {function} para {channel}: ela não foi feita na queda de {date}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/checklist.py" line="+62"/>
        <source>Tell customers, staff and suppliers that WhatsApp works again, on the channels you used during the outage.</source>
        <translation>Avise os clientes, a equipe e os fornecedores que o WhatsApp voltou a funcionar, pelos canais que você usou durante a queda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer the messages that arrived late or waited, oldest first, and ask whoever gave up whether they still need you.</source>
        <translation>Responda às mensagens que chegaram atrasadas ou ficaram esperando, das mais antigas para as mais novas, e pergunte a quem desistiu se ainda precisa de você.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{function}: enter the orders and payments taken on other channels in the usual records, and check each payment against the bank.</source>
        <translation>{function}: lance nos controles de sempre os pedidos e pagamentos recebidos por outros canais e confira cada pagamento no extrato do banco.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what worked and what did not, while it is fresh: the after-action report takes it from the log.</source>
        <translation>Anote o que funcionou e o que não funcionou enquanto ainda está fresco na memória: o relatório de avaliação tira isso do registro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WhatsApp fails for more than one person, on more than one network, and Meta&apos;s status page or the news confirms it.</source>
        <translation>O WhatsApp falha para mais de uma pessoa, em mais de uma rede, e a página de status da Meta ou as notícias confirmam.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{person} ({role}) leads: {duties}</source>
        <translation>{person} ({role}) lidera: {duties}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {person} ({role}) on {phone}.</source>
        <translation>Ligue para {person} ({role}) no {phone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {person} ({role}).</source>
        <translation>Ligue para {person} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: call {alternate}.</source>
        <translation>Se não atender: ligue para {alternate}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their part: {duties}</source>
        <translation>Papel dessa pessoa: {duties}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{function}: switch to {channel}; the plan expects it to reach {share} of those cut off within {delay}.</source>
        <translation>{function}: passe para {channel}; pelo plano, esse canal deve alcançar {share} de quem ficou sem contato em até {delay}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>customers</source>
        <translation>os clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>a equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppliers</source>
        <translation>os fornecedores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the message to {audience} on {channel}.</source>
        <translation>Envie a mensagem para {audience} pelo canal {channel}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message to {audience} on {channel} (language: {language}).</source>
        <translation>Envie a mensagem para {audience} pelo canal {channel} (idioma: {language}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/record.py" line="+59"/>
        <source>{value} has no time zone; write it as UTC, such as 2021-10-04T15:39Z</source>
        <translation>{value} não tem fuso horário; escreva em UTC, como 2021-10-04T15:39Z</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/script.py" line="+63"/>
        <source>the exercise plays {scenario}, which is no outage this application knows</source>
        <translation>a simulação usa {scenario}, que não é uma queda conhecida por este aplicativo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the log is of the outage {scenario}, which this plan no longer has; its outages are {known}</source>
        <translation>o registro é do cenário de queda {scenario}, que este plano não tem mais; os cenários dele são: {known}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/incident/wording.py" line="+25"/>
        <source>The outage was declared: the plan is active.</source>
        <translation>A queda foi declarada: o plano está ativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {item}</source>
        <translation>Feito: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back, not done after all: {item}</source>
        <translation>Desmarcado, afinal não foi feito: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: {item}</source>
        <translation>Enviado: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {text}</source>
        <translation>Decisão: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise event: {text}</source>
        <translation>Evento da simulação: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stood down: the service is back; return to normal begins.</source>
        <translation>Fim da queda declarado: o serviço voltou; começa a volta ao normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: return to normal is done.</source>
        <translation>Encerrado: a volta ao normal foi concluída.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Declare the outage</source>
        <translation>Declarar a queda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach customers</source>
        <translation>Avisar os clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach staff</source>
        <translation>Avisar a equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach suppliers</source>
        <translation>Avisar os fornecedores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum service of {function}</source>
        <translation>Serviço mínimo de {function}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set in the plan</source>
        <translation>não definido no plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {duration}</source>
        <translation>em até {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not done</source>
        <translation>não feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after {duration}</source>
        <translation>após {duration}</translation>
    </message>
</context>
<context>
    <name>IncidentFile</name>
    <message>
        <location filename="../../continuity_app/io/incident_files.py" line="+60"/>
        <source>{name} is not an exercise script; use one of {known}, or the path of a script file</source>
        <translation>{name} não é um roteiro de simulação; use um destes: {known}, ou o caminho de um arquivo de roteiro</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a file; choose a .json file</source>
        <translation>isto não é um arquivo; escolha um arquivo .json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is {size} bytes, more than any log or script; is it one?</source>
        <translation>o arquivo tem {size} bytes, mais do que qualquer registro ou roteiro; é mesmo um deles?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read ({reason})</source>
        <translation>não foi possível ler o arquivo ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not UTF-8 text</source>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}, column {column}</source>
        <translation>linha {line}, coluna {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not valid JSON ({where})</source>
        <translation>o arquivo não é um JSON válido ({where})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/core/labels.py" line="+14"/>
        <source>Customer service</source>
        <translation>Atendimento ao cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Pedidos e vendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Coordenação da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Coordenação com fornecedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Divulgação e marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Agendamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Planejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost revenue</source>
        <translation>Receita perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers lost for good</source>
        <translation>Clientes perdidos de vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog handling</source>
        <translation>Tratamento das pendências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback messaging</source>
        <translation>Mensagens no canal alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff productivity</source>
        <translation>Produtividade da equipe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People with a mobile phone</source>
        <translation>Pessoas com celular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar americano</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Internet users</source>
        <translation>Usuários de internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone owners</source>
        <translation>Pessoas com smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iPhone share</source>
        <translation>Parcela de iPhone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sub-Saharan Africa</source>
        <translation>África Subsaariana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle East and North Africa</source>
        <translation>Oriente Médio e Norte da África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina e Caribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Asia</source>
        <translation>Sul da Ásia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia and the Caucasus</source>
        <translation>Ásia Central e Cáucaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Asia</source>
        <translation>Leste Asiático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Southeast Asia</source>
        <translation>Sudeste Asiático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Oceania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>América do Norte</translation>
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
        <translation>Digite uma decisão e pressione Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/main_window.py" line="+197"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Novo plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Voltar à versão salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import functions from spreadsheet…</source>
        <translation>Importar a&amp;tividades de planilha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Continuity Planner</source>
        <translation>&amp;Sobre o Continuity Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing the results</source>
        <translation>Parar o cálculo dos resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Still to do:</source>
        <translation>Ainda falta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing missing here.</source>
        <translation>Nada faltando aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuity Planner</source>
        <translation>Continuity Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled plan</source>
        <translation>Plano sem título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — Continuity Planner</source>
        <translation>%1[*] — %2 — Continuity Planner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The results shown are for the plan before your latest changes; they are computed again at your next change.</source>
        <translation>Os resultados mostrados são do plano antes das suas últimas alterações; eles serão calculados de novo na sua próxima alteração.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results could not be computed: %1</source>
        <translation>Não foi possível calcular os resultados: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes cannot be backed up in %1: %2. Save the plan to keep them safe.</source>
        <translation>Não foi possível fazer cópia de segurança das alterações não salvas em %1: %2. Salve o plano para não perdê-las.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>O plano tem alterações que não foram salvas. Salvar antes?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open plan</source>
        <translation>Abrir plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Continuity plans (*%1)</source>
        <translation>Planos de continuidade (*%1)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot open %1</source>
        <translation>Não é possível abrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be opened as a plan. Your current plan is unchanged.</source>
        <translation>Este arquivo não pode ser aberto como plano. Seu plano atual não foi alterado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recent plans</source>
        <translation>Nenhum plano recente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save plan as</source>
        <translation>Salvar plano como</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan could not be saved to %1: %2. Nothing was lost; choose another folder with Save As.</source>
        <translation>Não foi possível salvar o plano em %1: %2. Nada foi perdido; escolha outra pasta com Salvar como.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to saved</source>
        <translation>Voltar à versão salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every change since the plan was last saved?</source>
        <translation>Descartar todas as alterações desde a última vez que o plano foi salvo?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Continuity Planner</source>
        <translation>Sobre o Continuity Planner</translation>
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
        <translation>Copie a mensagem para colar no aplicativo que você usa para enviá-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As SMS: %1 characters in %2 SMS.</source>
        <translation>Como SMS: %1 caracteres em %2 SMS.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR codes cannot be shown: the segno package is missing from this installation.</source>
        <translation>Para mostrar QR codes, é preciso instalar o pacote segno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan to open %1.</source>
        <translation>Escaneie para abrir %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of %1</source>
        <translation>QR code de %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../../continuity_app/core/message_templates.py" line="+44"/>
        <source>{business}: WhatsApp is not working right now, but we are open. Message us on {channel} and we will answer as usual. Orders and payments continue there, and we will confirm each one. Thank you for your patience.</source>
        <translation>{business}: o WhatsApp está fora do ar no momento, mas seguimos atendendo normalmente. Fale com a gente pelo {channel} e responderemos como sempre. Pedidos e pagamentos continuam por lá, e confirmamos cada um. Obrigado pela paciência!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we work on {channel}: take orders there, write each one in the order log, and check {channel} at least every 30 minutes.</source>
        <translation>Plano de contingência ativado: o WhatsApp caiu. Até o líder de crise avisar que voltou, vamos trabalhar pelo {channel}: recebam os pedidos por lá, anotem cada um no caderno de pedidos e olhem o {channel} pelo menos a cada 30 minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{business}: WhatsApp is down on our side. Please send orders, invoices and delivery updates on {channel} until we tell you it works again. Payments continue as agreed.</source>
        <translation>{business}: nosso WhatsApp está fora do ar. Por favor, enviem pedidos, notas fiscais e avisos de entrega pelo {channel} até avisarmos que voltou a funcionar. Os pagamentos seguem como combinado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{business}: WhatsApp is down but we are open. Reply by SMS or call us to order or ask; we confirm by SMS.</source>
        <translation>{business}: o WhatsApp caiu, mas estamos abertos. Para pedir ou perguntar, responda por SMS ou ligue; confirmamos por SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage plan active: WhatsApp is down. Until the outage lead says it is back, we phone and text each other. Log every order.</source>
        <translation>Plano de contingência ativado: o WhatsApp caiu. Até o líder de crise avisar que voltou, a gente se fala por telefone e SMS. Anotem todo pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{business}: WhatsApp is down. Please call or text us about orders and deliveries until we say it is back.</source>
        <translation>{business}: nosso WhatsApp caiu. Por favor, liguem ou mandem SMS sobre pedidos e entregas até avisarmos que voltou.</translation>
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
        <translation>Equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Fornecedores</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience</source>
        <translation>Público</translation>
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
        <translation>Mensagem</translation>
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
        <translation>Novo plano</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../continuity_app/gui/new_task_dialog.py" line="+41"/>
        <source>New preparation task</source>
        <translation>Nova tarefa de preparação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: print the shop&apos;s SMS number on every receipt</source>
        <translation>Por exemplo: imprimir o número de SMS da loja em todos os recibos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due by</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Say what has to be done, in a few words.</source>
        <translation>Diga o que precisa ser feito, em poucas palavras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no activity yet: add one on the Functions page first.</source>
        <translation>O plano ainda não tem nenhuma atividade: primeiro adicione uma na página Atividades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what share of the activity&apos;s customers the channel will reach once the task is done (more than 0%).</source>
        <translation>Diga que parcela dos clientes da atividade o canal vai alcançar quando a tarefa estiver concluída (mais de 0%).</translation>
    </message>
</context>
<context>
    <name>OutageActions</name>
    <message>
        <location filename="../../continuity_app/gui/outage/actions.py" line="+43"/>
        <source>O&amp;utage</source>
        <translation>&amp;Queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>O WhatsApp caiu: iniciar o modo de contingência…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Fazer uma simulação de mesa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an outage log…</source>
        <translation>Retomar o registro de uma queda…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise scripts cannot be read.</source>
        <translation>Não foi possível ler os roteiros de simulação.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This exercise cannot be run.</source>
        <translation>Não é possível fazer esta simulação.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume an outage log</source>
        <translation>Retomar o registro de uma queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage logs (*%1)</source>
        <translation>Registros de queda (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be opened as an outage log.</source>
        <translation>Não é possível abrir %1 como registro de queda.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outage mode</source>
        <translation>Modo de contingência</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../continuity_app/gui/outage/window.py" line="+114"/>
        <source>Tabletop exercise: %1</source>
        <translation>Simulação de mesa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage mode: %1</source>
        <translation>Modo de contingência: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare the outage</source>
        <translation>Declarar a queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the criteria are confirmed: the plan is active from now.</source>
        <translation>Depois de confirmar os critérios de acionamento: o plano fica ativo a partir de agora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand down</source>
        <translation>Declarar o fim da queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service is back: the return-to-normal checklist follows.</source>
        <translation>O serviço voltou: em seguida vem a lista de passos para voltar ao normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close and review</source>
        <translation>Encerrar e analisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the outage and see the after-action review; the log is kept.</source>
        <translation>Encerrar a queda e ver a análise do que aconteceu; o registro fica guardado.</translation>
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
        <translation>Cada alteração é salva na hora em %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log could not be saved to %1: %2. You can go on working in this window; free some space or fix the folder, and the next change saves the whole log.</source>
        <translation>Não foi possível salvar o registro em %1: %2. O acompanhamento da queda continua nesta janela; libere espaço ou corrija a pasta, e a próxima alteração salvará o registro inteiro.</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../continuity_app/core/country_mix.py" line="+25"/>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="+26"/>
        <source>Change country mix</source>
        <translation>Alterar países dos clientes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/business.py" line="-8"/>
        <source>Change business name</source>
        <translation>Alterar nome do negócio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sector</source>
        <translation>Alterar setor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change currency</source>
        <translation>Alterar moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exchange rate</source>
        <translation>Alterar cotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff</source>
        <translation>Alterar equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change staff cost</source>
        <translation>Alterar custo da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change gross margin</source>
        <translation>Alterar margem bruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer lifetime value</source>
        <translation>Alterar valor do cliente ao longo do tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change opening hours</source>
        <translation>Alterar horário de funcionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the largest loss you can bear</source>
        <translation>Alterar a maior perda que você aguenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change minimum service</source>
        <translation>Alterar serviço mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change loss basis</source>
        <translation>Alterar base das perdas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the outage to plan for</source>
        <translation>Alterar a queda para planejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulated years</source>
        <translation>Alterar anos simulados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change simulation number</source>
        <translation>Alterar número da simulação</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/details.py" line="+29"/>
        <source>Change plan owner</source>
        <translation>Alterar responsável pelo plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change approver</source>
        <translation>Alterar aprovador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan version</source>
        <translation>Alterar versão do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan summary</source>
        <translation>Alterar resumo do plano</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe when to declare an outage</source>
        <translation>Descreva quando declarar uma queda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add activation criterion</source>
        <translation>Adicionar critério de acionamento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit activation criterion</source>
        <translation>Editar critério de acionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove activation criterion</source>
        <translation>Remover critério de acionamento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New role</source>
        <translation>Novo papel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add role</source>
        <translation>Adicionar papel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove role {name}</source>
        <translation>Remover papel {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change whom {name} calls</source>
        <translation>Alterar para quem {name} liga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role {name}</source>
        <translation>Alterar papel {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add message</source>
        <translation>Adicionar mensagem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove message</source>
        <translation>Remover mensagem</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use suggested text</source>
        <translation>Usar texto sugerido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change message audience</source>
        <translation>Alterar público da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message channel</source>
        <translation>Alterar canal da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change message language</source>
        <translation>Alterar idioma da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit message text</source>
        <translation>Editar texto da mensagem</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/fallbacks.py" line="+43"/>
        <source>Change readiness of {channel}</source>
        <translation>Alterar prontidão de {channel}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change activation delay of {channel}</source>
        <translation>Alterar tempo de ativação de {channel}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the country figures for {channel}</source>
        <translation>Usar os números do país para {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set what you know about {channel}</source>
        <translation>Informar o que você sabe sobre {channel}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/functions.py" line="+76"/>
        <source>New function {number}</source>
        <translation>Nova atividade {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add function</source>
        <translation>Adicionar atividade</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change {field} of {name}</source>
        <translation>Alterar {field} de {name}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace functions from {file}</source>
        <translation>Substituir atividades por {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add functions from {file}</source>
        <translation>Adicionar atividades de {file}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import chat into {name}</source>
        <translation>Importar conversa para {name}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/scenarios.py" line="+20"/>
        <source>Custom scenario {number}</source>
        <translation>Cenário personalizado {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add custom scenario</source>
        <translation>Adicionar cenário personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario “{name}”</source>
        <translation>Adicionar cenário “{name}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove scenario “{name}”</source>
        <translation>Remover cenário “{name}”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename scenario</source>
        <translation>Renomear cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario duration</source>
        <translation>Alterar duração do cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change scenario frequency</source>
        <translation>Alterar frequência do cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what fails in “{name}”</source>
        <translation>Alterar o que cai em “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start of “{name}”</source>
        <translation>Alterar início de “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change “{name}”</source>
        <translation>Alterar “{name}”</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/tasks.py" line="+53"/>
        <source>Plan the recommended portfolio</source>
        <translation>Planejar o pacote recomendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step: {title}</source>
        <translation>Planejar medida: {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add task: {title}</source>
        <translation>Adicionar tarefa: {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change task: {title}</source>
        <translation>Alterar tarefa: {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark done: {title}</source>
        <translation>Marcar como concluída: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status: {title}</source>
        <translation>Alterar status: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove task: {title}</source>
        <translation>Remover tarefa: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark the plan as reviewed</source>
        <translation>Marcar o plano como revisado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan_edits/incident.py" line="+45"/>
        <source>Record the exercise</source>
        <translation>Registrar a simulação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outage</source>
        <translation>Registrar a queda</translation>
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
            <numerusform>... e mais %n.</numerusform>
            <numerusform>... e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>use lowercase letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>use apenas letras minúsculas, algarismos, &apos;-&apos; e &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use a three-letter ISO 4217 currency code such as USD, BRL or INR</source>
        <translation>use um código de moeda ISO 4217 de três letras, como USD, BRL ou INR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a language code such as ar, en or pt-BR</source>
        <translation>use um código de idioma, como ar, en ou pt-BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match {pattern}</source>
        <translation>deve seguir o padrão {pattern}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object {...}</source>
        <translation>um objeto {...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list [...]</source>
        <translation>uma lista [...]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not a number; write a number such as 12 or 0.5</source>
        <translation>{value} não é um número; escreva um número como 12 ou 0.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; write one such as 12</source>
        <translation>{value} não é um número inteiro; escreva um como 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an object; write its fields in braces {{...}}</source>
        <translation>{value} não é um objeto; escreva os campos dele entre chaves {{...}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a number a plan can hold (NaN, Infinity, or too large, such as 1e400); write an ordinary number</source>
        <translation>{value} não é um número que um plano possa guardar (NaN, Infinity ou grande demais, como 1e400); escreva um número comum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not text; write it in double quotes</source>
        <translation>{value} não é texto; escreva-o entre aspas duplas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a list; write its items in square brackets [...]</source>
        <translation>{value} não é uma lista; escreva os itens entre colchetes [...]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than {limit} characters; write it shorter</source>
        <translation>tem mais de {limit} caracteres; escreva um texto mais curto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be empty; write a few words</source>
        <translation>não pode ficar vazio; escreva algumas palavras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} must be at least {limit}</source>
        <translation>{value} deve ser no mínimo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be at most {limit}</source>
        <translation>{value} deve ser no máximo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than {limit}</source>
        <translation>{value} deve ser maior que {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be less than {limit}</source>
        <translation>{value} deve ser menor que {limit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a known field (check its spelling)</source>
        <translation>não é um campo conhecido (confira a grafia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not valid; {hint}</source>
        <translation>{value} não é válido; {hint}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file has no schema version; is it a plan file made by this application? Plan files made by this application begin with &quot;schema_version&quot;: {version}.</source>
        <translation>o arquivo não tem versão de esquema; ele é mesmo um arquivo de plano feito por este aplicativo? Os arquivos de plano feitos por este aplicativo começam com &quot;schema_version&quot;: {version}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{version} is not a plan format this application knows</source>
        <translation>{version} não é um formato de plano que este aplicativo conheça</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan was written by a newer version of the application (schema {version}; this one reads up to {supported}). Update the application to open it.</source>
        <translation>este plano foi gravado por uma versão mais nova do aplicativo (esquema {version}; esta versão lê até o {supported}). Atualize o aplicativo para abri-lo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file does not hold a plan (expected a JSON object)</source>
        <translation>o arquivo não contém um plano (era esperado um objeto JSON)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this is a folder, not a plan file</source>
        <translation>isto é uma pasta, não um arquivo de plano</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>{version} is not a schema version; plan files made by this application have a whole number here, such as {current}</source>
        <translation>{version} não é uma versão de esquema; os arquivos de plano feitos por este aplicativo têm aqui um número inteiro, como {current}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file is larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>o arquivo é maior que qualquer plano (um arquivo de plano tem no máximo {limit}); ele é mesmo um plano feito por este aplicativo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is {size}, larger than any plan (a plan file is at most {limit}); is it really a plan made by this application?</source>
        <translation>o arquivo tem {size}, mais que qualquer plano (um arquivo de plano tem no máximo {limit}); ele é mesmo um plano feito por este aplicativo?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a named pipe</source>
        <translation>um pipe nomeado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>algo que não é um arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is {kind}, not a plan file; choose a .cplan file saved by the application</source>
        <translation>isto é {kind}, não um arquivo de plano; escolha um arquivo .cplan salvo pelo aplicativo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file cannot be read ({reason})</source>
        <translation>não foi possível ler o arquivo ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {key} is written twice in one object, so which value is meant cannot be told; keep only one of them</source>
        <translation>o campo {key} aparece duas vezes no mesmo objeto, então não dá para saber qual valor vale; mantenha só um deles</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the file nests brackets hundreds of levels deep, which no plan does; is it really a plan made by this application?</source>
        <translation>o arquivo aninha colchetes ou chaves em centenas de níveis, o que nenhum plano faz; ele é mesmo um plano feito por este aplicativo?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not UTF-8 text; is it really a plan?</source>
        <translation>o arquivo não é texto UTF-8; é mesmo um plano?</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the file is not valid JSON (line {line}, column {column})</source>
        <translation>o arquivo não é um JSON válido (linha {line}, coluna {column})</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/inputs.py" line="+32"/>
        <source>{code} is not a currency this application knows (an ISO 4217 code)</source>
        <translation>{code} não é uma moeda que este aplicativo conhece (um código ISO 4217)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>{name} is not a known channel; use one of: {known}</source>
        <translation>{name} não é um canal conhecido; use um destes: {known}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a known layer; use one of: {known}</source>
        <translation>{name} não é uma camada conhecida; use uma destas: {known}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+100"/>
        <source>has {count} entries, more than any plan needs; at most {limit}</source>
        <translation>tem {count} itens, mais do que qualquer plano precisa; no máximo {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is a yes/no value, not a number; write a number here</source>
        <translation>{value} é um valor sim/não, não um número; escreva um número aqui</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>low &lt;= likely &lt;= high must hold, got {low}, {likely}, {high}</source>
        <translation>é preciso ter mínimo &lt;= provável &lt;= máximo; recebido: {low}, {likely}, {high}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{value} must be greater than {low}</source>
        <translation>{value} deve ser maior que {low}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>{value} must be at least {low}</source>
        <translation>{value} deve ser no mínimo {low}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} não está entre {low} e {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} must be at most {high}</source>
        <translation>{value} deve ser no máximo {high}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{value} is more money than any business deals in; amounts in a plan are at most {limit} in the plan currency</source>
        <translation>{value} é mais dinheiro do que qualquer negócio movimenta; os valores de um plano são no máximo {limit} na moeda do plano</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+83"/>
        <source>needs at least one country</source>
        <translation>precisa de pelo menos um país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not an ISO 3166-1 alpha-2 country code</source>
        <translation>{code} não é um código de país ISO 3166-1 alfa-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is not one of the {count} countries this application has figures for; use the country&apos;s ISO 3166-1 code (BR for Brazil, NG for Nigeria: the Sources page lists them all under Countries)</source>
        <translation>{code} não é um dos {count} países para os quais este aplicativo tem dados; use o código ISO 3166-1 do país (BR para o Brasil, NG para a Nigéria: a página Fontes lista todos em Países)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of {code} is {share}; it must be above 0 and at most 1</source>
        <translation>a parcela de {code} é {share}; ela deve ser maior que 0 e no máximo 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>shares add up to {total}; they must add up to 1</source>
        <translation>as parcelas somam {total}; elas devem somar 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{interval} is not an interval like &apos;09:00-17:30&apos;</source>
        <translation>{interval} não é um intervalo como &apos;09:00-17:30&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{interval} must end after it starts, by 24:00</source>
        <translation>{interval} deve terminar depois de começar, no máximo às 24:00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} units per US dollar is more than any currency needs; the rate is at most {limit}</source>
        <translation>{value} unidades por dólar americano é mais do que qualquer moeda precisa; a cotação é no máximo {limit}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not a channel id</source>
        <translation>{name} não é um id de canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channels&apos; shares add up to {total}%; together they can be at most 100%</source>
        <translation>as parcelas dos canais somam {total}%; juntas, podem ser no máximo 100%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} interactions a day is more than any business handles; the most a plan accepts is {limit}</source>
        <translation>{value} interações por dia é mais do que qualquer negócio atende; o máximo que um plano aceita é {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} hours is more than a year; a counterpart who waits that long waits for good, so write at most {limit}</source>
        <translation>{value} horas é mais de um ano; um contato que espera tanto não volta mais, então escreva no máximo {limit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} messages for one interaction is too many; at most {limit}</source>
        <translation>{value} mensagens por interação são demais; no máximo {limit}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a {kind} function needs staff_affected and productivity_loss</source>
        <translation>uma atividade do tipo {kind} precisa de staff_affected e productivity_loss</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/values.py" line="+28"/>
        <source>{value} people is more than any employer has; write at most {limit}</source>
        <translation>{value} pessoas é mais do que qualquer empregador tem; escreva no máximo {limit}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>needs %n value(s), got {count}</source>
        <translation>
            <numerusform>precisa de %n valor, mas tem {count}</numerusform>
            <numerusform>precisa de %n valores, mas tem {count}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must not be negative</source>
        <translation>os pesos não podem ser negativos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights are relative; write them smaller, each at most {limit}</source>
        <translation>os pesos são relativos; escreva-os menores, cada um no máximo {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one weight must be above 0</source>
        <translation>pelo menos um peso deve ser maior que 0</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/parts.py" line="+60"/>
        <source>this scenario&apos;s shortest length ({low} h) must be below its longest ({high} h)</source>
        <translation>a menor duração deste cenário ({low} h) precisa ser menor que a maior ({high} h)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/plan/whole.py" line="+41"/>
        <source>function id {id} is used twice</source>
        <translation>o id de atividade {id} está repetido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario id {id} is used twice</source>
        <translation>o id de cenário {id} está repetido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no function has id {id}</source>
        <translation>nenhuma atividade tem o id {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is listed twice for {function}</source>
        <translation>{channel} aparece duas vezes em {function}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>role id {id} is used twice</source>
        <translation>o id de papel {id} está repetido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no role has id {id}</source>
        <translation>nenhum papel tem o id {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role cannot call itself</source>
        <translation>um papel não pode ligar para si mesmo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task id {id} is used twice</source>
        <translation>o id de tarefa {id} está repetido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no scenario has id {id}</source>
        <translation>nenhum cenário tem o id {id}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_page.py" line="+123"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the owner of the plan.</source>
        <translation>Informe o responsável pelo plano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say when an outage is declared (activation criteria).</source>
        <translation>Diga quando uma queda é declarada (critérios de acionamento).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one role with a holder and an alternate.</source>
        <translation>Adicione pelo menos um papel com titular e substituto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &apos;%1&apos; has no alternate.</source>
        <translation>O papel &apos;%1&apos; não tem substituto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message for customers.</source>
        <translation>Escreva uma mensagem para os clientes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document control and activation</source>
        <translation>Controle do documento e acionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and contact tree</source>
        <translation>Papéis e árvore de contatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Document control</source>
        <translation>Controle do documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner:</source>
        <translation>Responsável pelo plano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by:</source>
        <translation>Aprovado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version:</source>
        <translation>Versão do plano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Resumo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan owner</source>
        <translation>Responsável pelo plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who keeps this plan up to date</source>
        <translation>Quem mantém este plano atualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Aprovado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs the plan off</source>
        <translation>Quem aprova o plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version</source>
        <translation>Versão do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan covers, in a sentence or two</source>
        <translation>O que este plano cobre, em uma ou duas frases</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Activation criteria</source>
        <translation>Critérios de acionamento</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Declare an outage when any of these is true. Double-click a line to edit it; clear a line to remove it.</source>
        <translation>Declare uma queda quando qualquer um destes itens acontecer. Clique duas vezes numa linha para editá-la; apague o texto de uma linha para removê-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>Adicionar critério</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Remover critério</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles and alternates</source>
        <translation>Papéis e substitutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>Adicionar papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>Remover papel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact tree: who calls whom</source>
        <translation>Árvore de contatos: quem liga para quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Árvore de contatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Liga para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles the selected role calls</source>
        <translation>Papéis para os quais o papel selecionado liga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready-to-send messages</source>
        <translation>Mensagens prontas para enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove message</source>
        <translation>Remover mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>Mensagem selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Público:</translation>
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
        <translation>Usar texto &amp;sugerido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text with the suggested message for this audience and channel, in the message&apos;s language (Undo brings your text back).</source>
        <translation>Substituir o texto pela mensagem sugerida para este público e canal, no idioma da mensagem (Desfazer traz o seu texto de volta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>Público</translation>
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
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send, with the number or link to use instead of WhatsApp</source>
        <translation>O que enviar, com o número ou link a usar no lugar do WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS length</source>
        <translation>Tamanho do SMS</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/plan_roles.py" line="+157"/>
        <source>Select a role to choose whom it calls.</source>
        <translation>Selecione um papel para escolher para quem ele liga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add another role to choose whom &apos;%1&apos; calls.</source>
        <translation>Adicione outro papel para escolher para quem &apos;%1&apos; liga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When an outage is declared, &apos;%1&apos; calls:</source>
        <translation>Quando uma queda é declarada, &apos;%1&apos; liga para:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../continuity_app/gui/pages/plan_messages.py" line="+173"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractere</numerusform>
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
            <numerusform>resta %n nesta parte</numerusform>
            <numerusform>restam %n nesta parte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part is charged.</source>
        <translation>Um SMS comporta %1 caracteres em GSM-7 (letras latinas) ou %2 em UCS-2 (árabe, hindi, emojis). Mensagens mais longas são divididas em partes de %3 ou %4, e cada parte é cobrada.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no suggested text in %1 yet: the suggestion is in English. Translate it before you send it.</source>
        <translation>Ainda não há texto sugerido em %1: a sugestão está em inglês. Traduza-a antes de enviar.</translation>
    </message>
</context>
<context>
    <name>PlanRender</name>
    <message>
        <location filename="../../continuity_app/report/fonts.py" line="+44"/>
        <source>font file {name} is missing from {folder}</source>
        <translation>o arquivo de fonte {name} não está em {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>font file {path} cannot be read: {reason}</source>
        <translation>não foi possível ler o arquivo de fonte {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>font file {path} is not a TrueType or OpenType font</source>
        <translation>o arquivo de fonte {path} não é uma fonte TrueType nem OpenType</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Qt could not load the font file {path}</source>
        <translation>o Qt não conseguiu carregar o arquivo de fonte {path}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>matplotlib could not load {path}: {error}</source>
        <translation>o matplotlib não conseguiu carregar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-332"/>
        <source>The plan is printed with the system&apos;s fonts instead: it may look different on other machines, and some scripts may show as boxes.</source>
        <translation>Em vez disso, o plano é impresso com as fontes do sistema: ele pode ficar diferente em outros computadores, e alguns alfabetos podem aparecer como quadradinhos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The charts could not be drawn: {error}</source>
        <translation>Não foi possível desenhar os gráficos: {error}</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot start painting on the output device</source>
        <translation>não foi possível começar a desenhar no dispositivo de saída</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/after_action_pdf.py" line="-36"/>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+109"/>
        <source>the folder {folder} does not exist</source>
        <translation>a pasta {folder} não existe</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="+16"/>
        <source>nothing was written to {path}</source>
        <translation>nada foi gravado em {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../continuity_app/gui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>Igual ao da interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language writes them</source>
        <translation>Como o idioma os escreve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western digits (0123)</source>
        <translation>Algarismos ocidentais (0123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic digits (٠١٢٣)</source>
        <translation>Algarismos arábico-índicos (٠١٢٣)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes, hours or days as fits</source>
        <translation>Minutos, horas ou dias, conforme o caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hours</source>
        <translation>Sempre em horas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>Idioma do plano impresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Algarismos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of new plans</source>
        <translation>Moeda dos novos planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit for durations</source>
        <translation>Unidade das durações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printed plan language:</source>
        <translation>Idioma do &amp;plano impresso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Algarismos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urations:</source>
        <translation>D&amp;urações:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency of new plans:</source>
        <translation>&amp;Moeda dos novos planos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when you next start.</source>
        <translation>O novo idioma da interface vale a partir da próxima vez que você abrir o aplicativo.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../continuity_app/gui/print_actions.py" line="+47"/>
        <source>Print Previe&amp;w…</source>
        <translation>Visuali&amp;zar impressão…</translation>
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
        <translation>Não é possível imprimir o plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed: %1</source>
        <translation>Não foi possível imprimir o plano: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — continuity plan</source>
        <translation>Visualizar impressão — plano de continuidade</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the continuity plan</source>
        <translation>Imprimir o plano de continuidade</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the plan as PDF</source>
        <translation>Exportar o plano em PDF</translation>
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
            <numerusform>Plano exportado para {path} (%n página)</numerusform>
            <numerusform>Plano exportado para {path} (%n páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPlan</name>
    <message>
        <location filename="../../continuity_app/report/pdf_plan.py" line="-71"/>
        <source>Continuity plan · version {version}</source>
        <translation>Plano de continuidade · versão {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/page.py" line="+146"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Fornecedores</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+47"/>
        <source>Business continuity plan</source>
        <translation>Plano de continuidade de negócios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity of customer contact, orders and payments when WhatsApp fails</source>
        <translation>Continuidade do contato com clientes, dos pedidos e dos pagamentos quando o WhatsApp cai</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+33"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+8"/>
        <source>Plan version</source>
        <translation>Versão do plano</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Issued</source>
        <translation>Emissão</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+20"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-45"/>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preparation task is in this plan yet. On the Recommendations page, “Add this step to the action plan” makes a recommended step a task with an owner, a due date and its cost; the steps worth taking are listed in section {section}.</source>
        <translation>Este plano ainda não tem nenhuma tarefa de preparação. Na página Recomendações, “Adicionar esta medida ao plano de ação” transforma uma medida recomendada numa tarefa com responsável, prazo e custo; as medidas que valem a pena estão na seção {section}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures of this plan count only the tasks already done. The second column shows where the business will stand once every open task is done.</source>
        <translation>Os números deste plano contam só as tarefas já concluídas. A segunda coluna mostra onde o negócio vai estar quando todas as tarefas pendentes forem concluídas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every task is done or dropped: the figures of this plan include what the done tasks made ready.</source>
        <translation>Todas as tarefas estão concluídas ou descartadas: os números deste plano incluem o que as tarefas concluídas deixaram pronto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none set</source>
        <translation>nenhum definido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>{kept} de {count} atividades o mantêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>{kept} de {count} atividades o mantêm; não mantêm: {names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the open tasks are done</source>
        <translation>Com as tarefas pendentes concluídas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}, {channel}: reaches {share} within {duration} once done.</source>
        <translation>{function}, {channel}: alcança {share} em até {duration} depois de concluída.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{function}, {channel}: in today&apos;s readiness.</source>
        <translation>{function}, {channel}: já conta na prontidão de hoje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{function}, {channel}</source>
        <translation>{function}, {channel}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tasks by due date</source>
        <translation>Tarefas por prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-59"/>
        <location line="+41"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+46"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/action_plan.py" line="+26"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses: less than their savings one by one added up, because tasks for the same activity overlap.</source>
        <translation>As tarefas pendentes custam {one_off} uma única vez e {monthly} por mês. Quando todas estiverem concluídas, elas economizam {saving} por ano em perdas esperadas: menos do que a soma das economias de cada uma, porque tarefas da mesma atividade se sobrepõem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The open tasks cost {one_off} once and {monthly} a month. Once all are done they save {saving} a year in expected losses.</source>
        <translation>As tarefas pendentes custam {one_off} uma única vez e {monthly} por mês. Quando todas estiverem concluídas, elas economizam {saving} por ano em perdas esperadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Overdue on the day this plan was issued: %n task(s).</source>
        <translation>
            <numerusform>Tarefas atrasadas na data de emissão deste plano: %n.</numerusform>
            <numerusform>Tarefas atrasadas na data de emissão deste plano: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves/year: the expected yearly loss a task saves on its own, with the other tasks as they are today. A done task is counted in this plan&apos;s figures already; a dropped one counts nowhere.</source>
        <translation>Economia/ano: a perda esperada por ano que uma tarefa evita sozinha, com as outras tarefas como estão hoje. Uma tarefa concluída já entra nos números deste plano; uma descartada não entra em lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Approved by</source>
        <translation>Aprovado por</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-50"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="-66"/>
        <source>Document control</source>
        <translation>Controle do documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of issue</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not named yet</source>
        <translation>ainda não definido</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+41"/>
        <source>Approver</source>
        <translation>Aprovador</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last reviewed</source>
        <translation>Última revisão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>não registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review date</source>
        <translation>Próxima revisão</translation>
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
        <translation>Item</translation>
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
        <translation>Aprovação</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+58"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+3"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+29"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+52"/>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="+1"/>
        <location line="+13"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+64"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-4"/>
        <source>Change history</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Alteração</translation>
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
        <translation>Objetivo, escopo e premissas</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+1"/>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan says what {business} does when WhatsApp, or the Meta services around it, stop working: who decides, whom to call, what to send to customers, staff and suppliers, and how each business function carries on until the service returns.</source>
        <translation>Este plano diz o que {business} faz quando o WhatsApp, ou os serviços da Meta ligados a ele, param de funcionar: quem decide, para quem ligar, o que enviar a clientes, equipe e fornecedores, e como cada atividade do negócio continua até o serviço voltar.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-29"/>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+11"/>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+12"/>
        <source>Business function</source>
        <translation>Atividade do negócio</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-245"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="+3"/>
        <source>Share on WhatsApp</source>
        <translation>Parcela no WhatsApp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterparts by country: {countries}. Currency: {currency}.</source>
        <translation>Contatos por país: {countries}. Moeda: {currency}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumptions</source>
        <translation>Premissas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost revenue</source>
        <translation>receita perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost gross margin</source>
        <translation>margem bruta perdida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lost sales are counted as {basis}.</source>
        <translation>As vendas perdidas são contadas como {basis}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages can start at any hour: a scenario&apos;s loss is the average over every start hour of the week, and the worst start is shown beside it.</source>
        <translation>As quedas podem começar a qualquer hora: a perda de um cenário é a média de todas as horas de início da semana, e o pior horário de início aparece ao lado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Figures are estimates from the plan&apos;s inputs and the reference data listed in appendix A, each with its source and confidence.</source>
        <translation>Os números são estimativas feitas a partir dos dados do plano e dos dados de referência listados no apêndice A, cada um com sua fonte e confiabilidade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An outage cuts off the channels that run on what it stops: a WhatsApp-only outage cuts off WhatsApp alone, a Meta outage also Instagram, Messenger and Facebook. The share of a function&apos;s interactions that its listed channels do not carry (in person, by phone, elsewhere) is taken to carry on as usual, but is not counted towards its minimum service.</source>
        <translation>Uma queda interrompe os canais que dependem do que ela derruba: uma queda só do WhatsApp interrompe apenas o WhatsApp; uma queda da Meta, também o Instagram, o Messenger e o Facebook. O que os canais de uma atividade deixam para outros meios (presencial, por telefone, outros) é considerado como seguindo normalmente, mas não conta para o serviço mínimo dela.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-31"/>
        <source>Impact summary</source>
        <translation>Resumo do impacto</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+31"/>
        <source>Key figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Outage scenarios</source>
        <translation>Cenários de queda</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>O que cai</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+1"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+106"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Worst start</source>
        <translation>Pior início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impact over time</source>
        <translation>Impacto ao longo do tempo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exposure by function</source>
        <translation>Exposição por atividade</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>breached for {duration}</source>
        <translation>descumprido por {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met after {duration}</source>
        <translation>atingido após {duration}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-9"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+48"/>
        <source>Function</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>On WhatsApp</source>
        <translation>No WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="+63"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One outage</source>
        <translation>Uma queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One year</source>
        <translation>Um ano</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+2"/>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="-28"/>
        <source>Dependencies and single points of failure</source>
        <translation>Dependências e pontos únicos de falha</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/dependencies.py" line="+8"/>
        <source>The Meta group fails together.</source>
        <translation>O grupo Meta cai junto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channels} run on the same Meta infrastructure. When it fails, as on 4 October 2021 for about six hours, all of them stop at once: none of them is a fallback for WhatsApp.</source>
        <translation>{channels} rodam na mesma infraestrutura da Meta. Quando ela cai, como em 4 de outubro de 2021 por cerca de seis horas, todos param de uma vez: nenhum deles serve de alternativa ao WhatsApp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which functions rely on which layers</source>
        <translation>Quais atividades dependem de quais camadas</translation>
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
        <translation>cai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} (today)</source>
        <translation>{channel} (em uso hoje)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{function}: no fallback channel at all; WhatsApp is a single point of failure.</source>
        <translation>{function}: nenhum canal alternativo; o WhatsApp é um ponto único de falha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{function}: no fallback channel at all, and every outage of the plan stops the channels it runs on.</source>
        <translation>{function}: nenhum canal alternativo, e cada queda do plano derruba os canais em que ela roda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{function}: no fallback keeps working in: {scenario}.</source>
        <translation>{function}: nenhum canal alternativo continua funcionando em: {scenario}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Single points of failure</source>
        <translation>Pontos únicos de falha</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every function has a fallback that survives every scenario.</source>
        <translation>Toda atividade tem um canal alternativo que resiste a todos os cenários.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+23"/>
        <source>{declarer}; if unreachable, the alternate {alternate}</source>
        <translation>{declarer}; se não atender, o substituto {alternate}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Activation criteria and who may declare</source>
        <translation>Critérios de acionamento e quem pode declarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare an outage when</source>
        <translation>Declare uma queda quando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activation criteria are written in the plan yet.</source>
        <translation>Ainda não há critérios de acionamento no plano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may declare</source>
        <translation>Quem pode declarar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No role is named yet: name an outage lead in the plan.</source>
        <translation>Nenhum papel definido ainda: defina no plano um líder de crise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="-15"/>
        <source>Roles and contact tree</source>
        <translation>Papéis e árvore de contatos</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/roles.py" line="+1"/>
        <source>Alternate</source>
        <translation>Substituto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate&apos;s phone</source>
        <translation>Telefone do substituto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>Atribuições</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No roles are named yet.</source>
        <translation>Nenhum papel definido ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact tree</source>
        <translation>Árvore de contatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When an outage is declared, each role calls the roles below it.</source>
        <translation>Quando uma queda é declarada, cada papel liga para os papéis abaixo dele.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/communications.py" line="+22"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Communications</source>
        <translation>Comunicação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-to-send messages. SMS counts: characters as the network counts them, the encoding, and how many SMS segments each message takes (each segment is billed).</source>
        <translation>Mensagens prontas para enviar. Contagem de SMS: caracteres como a rede os conta, a codificação e quantas partes de SMS cada mensagem ocupa (cada parte é cobrada).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message is written for this audience yet. A suggested text follows: adapt it before an outage.</source>
        <translation>Ainda não há mensagem escrita para este público. Segue um texto sugerido: adapte-o antes de uma queda.</translation>
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
            <numerusform>%n caractere</numerusform>
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
            <numerusform>a cada %n mês</numerusform>
            <numerusform>a cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-232"/>
        <source>Interactions per open day</source>
        <translation>Interações por dia de funcionamento</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-192"/>
        <source>The same outage, averaged over the week</source>
        <translation>A mesma queda, em média ao longo da semana</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+69"/>
        <source>While open</source>
        <translation>Com o negócio aberto</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Average</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+247"/>
        <source>card or bank transfer</source>
        <translation>cartão ou transferência bancária</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Once prepared, use {channel} as well.</source>
        <translation>Depois de preparado, use também {channel}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the {audience} message on every channel that works.</source>
        <translation>Envie a mensagem prevista ({audience}) em todos os canais que funcionam.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Write every order taken on a fallback channel in the order book: time, name, phone, items, amount, channel.</source>
        <translation>Anote no caderno de pedidos todo pedido recebido num canal alternativo: hora, nome, telefone, itens, valor, canal.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>{share} on WhatsApp</source>
        <translation>{share} no WhatsApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channels: {mix}</source>
        <translation>canais: {mix}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{step} — on the action plan (section {section}), status: {status}.</source>
        <translation>{step} — no plano de ação (seção {section}), status: {status}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Keep the message for {audience} (section {section}) up to date.</source>
        <translation>Mantenha atualizada a mensagem para {audience} (seção {section}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channel} will reach {share} within {duration}</source>
        <translation>{channel} vai alcançar {share} em até {duration}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When the open tasks are done (section {section}): {channels}.</source>
        <translation>Quando as tarefas pendentes estiverem concluídas (seção {section}): {channels}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to {channel} within {duration} (fails in every scenario of this plan: do not rely on it).</source>
        <translation>Passe para {channel} em até {duration} (cai em todos os cenários deste plano: não conte com ele).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch to {channel} within {duration} (fails together with WhatsApp in a Meta outage: only when WhatsApp alone is down).</source>
        <translation>Passe para {channel} em até {duration} (cai junto com o WhatsApp numa queda da Meta: só serve quando apenas o WhatsApp está fora do ar).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to {channel} within {duration}.</source>
        <translation>Passe para {channel} em até {duration}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take payment by {payment} and write down each payment reference with the order it belongs to.</source>
        <translation>Receba o pagamento por {payment} e anote cada comprovante de pagamento junto com o pedido correspondente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer questions by the fallback channels; note who asked what for a follow-up once WhatsApp is back.</source>
        <translation>Responda às dúvidas pelos canais alternativos; anote quem perguntou o quê para retomar o contato quando o WhatsApp voltar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drivers call in at fixed times; give drop-off times by phone and note changes on the delivery sheet.</source>
        <translation>Os entregadores ligam em horários fixos; passe os horários de entrega por telefone e anote as mudanças na folha de entregas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm the day&apos;s appointments by phone or SMS; note cancellations and new bookings in the diary.</source>
        <translation>Confirme os agendamentos do dia por telefone ou SMS; anote cancelamentos e novos agendamentos na agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone broadcasts that are not urgent; send urgent notices by the fallback channels only.</source>
        <translation>Adie os envios em massa que não são urgentes; mande avisos urgentes só pelos canais alternativos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff check the fallback group at fixed times; shift changes are confirmed by phone.</source>
        <translation>A equipe confere o grupo alternativo em horários fixos; trocas de turno são confirmadas por telefone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place urgent orders with suppliers by phone and confirm them in writing (SMS or email).</source>
        <translation>Faça os pedidos urgentes aos fornecedores por telefone e confirme por escrito (SMS ou e-mail).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Reconcile: enter every order from the order book into the usual records and match each payment reference (section {section}).</source>
        <translation>Faça a conferência: lance todos os pedidos do caderno de pedidos nos registros de sempre e confira cada comprovante de pagamento (seção {section}).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tell {audience} that WhatsApp works again and where to write from now on.</source>
        <translation>Avise que o WhatsApp voltou a funcionar e por onde escrever daqui em diante ({audience}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work through the backlog: answer everyone who wrote during the outage, oldest first.</source>
        <translation>Resolva as pendências acumuladas: responda a todos que escreveram durante a queda, dos mais antigos para os mais recentes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note what worked and what did not in the decision log.</source>
        <translation>Anote no registro de decisões o que funcionou e o que não funcionou.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="-269"/>
        <source>Fallback procedures per function</source>
        <translation>Procedimentos alternativos por atividade</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+27"/>
        <source>Before an outage</source>
        <translation>Antes de uma queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During an outage</source>
        <translation>Durante uma queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the outage</source>
        <translation>Depois da queda</translation>
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
        <translation>No plano de ação (seção {section}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fallback channels: {channels}</source>
        <translation>Canais alternativos: {channels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printed copy of this plan and the outage card (appendix D) at the counter and at home with the outage lead.</source>
        <translation>Uma cópia impressa deste plano e do cartão de queda (apêndice D) no balcão e na casa do líder de crise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact lists of customers, staff and suppliers with their consent, kept outside WhatsApp (phone book, spreadsheet, printed list).</source>
        <translation>Listas de contatos de clientes, equipe e fornecedores, com o consentimento deles, guardadas fora do WhatsApp (agenda do celular, planilha, lista impressa).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A paper order book and a payment log for orders taken on fallback channels.</source>
        <translation>Um caderno de pedidos e um registro de pagamentos em papel para os pedidos recebidos nos canais alternativos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A charged second phone with credit on a different network, if possible.</source>
        <translation>Um segundo celular carregado e com crédito, de preferência em outra operadora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended preparation</source>
        <translation>Preparação recomendada</translation>
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
        <translation>Economia/ano</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="+1"/>
        <source>Cost/year</source>
        <translation>Custo/ano</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preparation step saves more than it costs.</source>
        <translation>Nenhuma medida de preparação economiza mais do que custa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also worth considering</source>
        <translation>Também vale considerar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payback (months)</source>
        <translation>Retorno (meses)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worth it now</source>
        <translation>Não compensa por enquanto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not now</source>
        <translation>Por que não agora</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="-45"/>
        <source>Return to normal and reconciliation</source>
        <translation>Volta ao normal e conciliação</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/return_to_normal.py" line="+2"/>
        <source>Standing down</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp delivers messages again (two ticks) on two phones on different networks for 30 minutes.</source>
        <translation>O WhatsApp volta a entregar mensagens (os dois tiques) em dois celulares de operadoras diferentes por 30 minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {role} declares the outage over.</source>
        <translation>O fim da queda é declarado por: {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outage lead declares the outage over.</source>
        <translation>O líder de crise declara o fim da queda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell customers, staff and suppliers, on the fallback channels too, that WhatsApp works again.</source>
        <translation>Avise clientes, equipe e fornecedores, também pelos canais alternativos, que o WhatsApp voltou a funcionar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciling orders and payments</source>
        <translation>Conciliação de pedidos e pagamentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every order and payment taken on a fallback channel is entered in the usual records within one working day. Match each payment reference to its order; call the customer when one is missing. Fill in one line per channel:</source>
        <translation>Todo pedido e pagamento recebido num canal alternativo é lançado nos registros de sempre em até um dia útil. Confira cada comprovante de pagamento com o seu pedido; ligue para o cliente quando faltar algum. Preencha uma linha por canal:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders taken</source>
        <translation>Pedidos recebidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received</source>
        <translation>Pagamentos recebidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in records</source>
        <translation>Lançados nos registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Diferenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>Conferido por</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="+14"/>
        <source>Exercise and review schedule</source>
        <translation>Calendário de testes e revisões</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-34"/>
        <source>Call the contact tree: everyone answers or calls back</source>
        <translation>Acionar a árvore de contatos: todos atendem ou retornam a ligação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a test message on every fallback channel</source>
        <translation>Enviar uma mensagem de teste em cada canal alternativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table-top exercise: walk through a Meta-wide outage with this plan</source>
        <translation>Simulação de mesa: percorrer uma queda geral da Meta com este plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review the plan: figures, contacts, messages and fallbacks</source>
        <translation>Revisar o plano: números, contatos, mensagens e canais alternativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review after every real outage</source>
        <translation>Revisar depois de cada queda real</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within a week</source>
        <translation>em até uma semana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Activity</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-2"/>
        <source>How often</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real outage, run in outage mode</source>
        <translation>Queda real, conduzida no modo de queda</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s) of the plan not done; length {length}</source>
        <translation>
            <numerusform>Etapas do plano não cumpridas: %n; duração: {length}</numerusform>
            <numerusform>Etapas do plano não cumpridas: %n; duração: {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/control.py" line="-37"/>
        <source>Computed by Continuity Planner from this plan file: the same figures as the Results page. {trials} simulated years (simulation number {seed}).</source>
        <translation>Calculado pelo Continuity Planner a partir deste arquivo de plano: os mesmos números da página Resultados. {trials} anos simulados (número da simulação {seed}).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/purpose.py" line="-33"/>
        <source>The business can bear a loss of at most {amount} from one outage; the longest outage you can bear is read from it.</source>
        <translation>O negócio aguenta uma perda de no máximo {amount} por queda; é dela que sai a queda mais longa que você aguenta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The longest outage you can bear is worked out for this outage: {scenario}.</source>
        <translation>A queda mais longa que você aguenta é calculada para esta queda: {scenario}.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/impact.py" line="-70"/>
        <source>Loss if this outage strikes while you are open</source>
        <translation>Perda se esta queda acontecer com o negócio aberto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>After {duration}, an outage that strikes while the business is open costs more than the {amount} you can bear: the plan must be working well before then.</source>
        <translation>Depois de {duration}, uma queda que acontece com o negócio aberto custa mais do que os {amount} que você aguenta: o plano precisa estar funcionando bem antes disso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Even an outage of a whole week costs less than the {amount} you can bear, in this outage: {scenario}.</source>
        <translation>Mesmo uma queda de uma semana inteira custa menos do que os {amount} que você aguenta, nesta queda: {scenario}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>While open: an outage of typical length that strikes while the business is open, the figure to plan for. Average: over every start hour of the week and every length the history gives. How often: from the outage history and the counts for the business&apos;s countries. Yearly: the average times how often it happens.</source>
        <translation>Com o negócio aberto: uma queda de duração típica que acontece enquanto o negócio está aberto, o valor para planejar. Média: entre todos os horários de início da semana e todas as durações que o histórico dá. Frequência: segundo o histórico de quedas e as contagens dos países do negócio. Anual: a média vezes a frequência.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loss per outage by how long it lasts, per scenario, with the largest loss you can bear and the longest outage you can bear.</source>
        <translation>Perda por queda conforme a duração, por cenário, com a maior perda que você aguenta e a queda mais longa que você aguenta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{share} within {duration}: {state}</source>
        <translation>{share} em até {duration}: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Outage it can bear alone</source>
        <translation>Queda que aguenta sozinha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While open: in the outage the plan is measured on, striking while the business is open. Outage it can bear alone: how long an outage can last before this function&apos;s loss by itself passes the largest loss you can bear. Minimum service: the share of the function&apos;s interactions that must still be served, within the time set in the plan.</source>
        <translation>Com o negócio aberto: na queda usada para medir o plano, quando ela acontece enquanto o negócio está aberto. Queda que aguenta sozinha: quanto tempo uma queda pode durar antes que a perda desta atividade, sozinha, passe da maior perda que você aguenta. Serviço mínimo: a parcela das interações da atividade que ainda precisa ser atendida, no prazo definido no plano.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loss by function and category in this outage: {scenario}.</source>
        <translation>Perda por atividade e categoria nesta queda: {scenario}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss by category in this outage</source>
        <translation>Perda por categoria nesta queda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How much the loss varies from year to year</source>
        <translation>Quanto a perda varia de um ano para outro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{trials} simulated years: the number of outages, their lengths, their start times and every uncertain input are drawn at random from their ranges.</source>
        <translation>{trials} anos simulados: o número de quedas, as durações, os horários de início e cada dado incerto são sorteados dentro da sua faixa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chance that a year loses more than each amount, with a typical, a bad and a very bad year marked.</source>
        <translation>Chance de um ano perder mais do que cada valor, com um ano típico, um ruim e um muito ruim marcados.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/activation.py" line="+3"/>
        <source>Within {duration}, {function} must serve at least {share} of its interactions; if it does not, add the next fallback channel.</source>
        <translation>Em até {duration}, {function} deve atender pelo menos {share} das suas interações; se não atender, acrescente o próximo canal alternativo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At {duration}, the longest outage you can bear, the loss passes {amount}: the owner decides on further measures.</source>
        <translation>Ao chegar a {duration}, a queda mais longa que você aguenta, a perda ultrapassa {amount}: o responsável decide as próximas medidas.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/procedures.py" line="+23"/>
        <source>{step} — recommended: saves {saving} a year for {cost}.</source>
        <translation>{step} — recomendado: economiza {saving} por ano, custando {cost}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep {channel} ready: today it reaches {share} of this function&apos;s WhatsApp contacts, within {duration}. Check the contact list and consent.</source>
        <translation>Mantenha {channel} pronto: hoje ele alcança {share} dos contatos de WhatsApp desta atividade, em até {duration}. Confira a lista de contatos e o consentimento.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Confirm the outage against the activation criteria (section {section}); the {role} declares it.</source>
        <translation>Confirme a queda pelos critérios de acionamento (seção {section}); quem declara a queda: {role}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm the outage against the activation criteria (section {section}).</source>
        <translation>Confirme a queda pelos critérios de acionamento (seção {section}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>By {duration}, at least {share} of interactions must be served again (the minimum service); if not, escalate.</source>
        <translation>Em até {duration}, pelo menos {share} das interações devem voltar a ser atendidas (o serviço mínimo); se não, acione a escalada.</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>loss in {scenario}, while open: {amount}</source>
        <translation>perda em {scenario}, com o negócio aberto: {amount}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/resources.py" line="-36"/>
        <source>Expected loss per year today: {before}; after these steps: {after} (a bad year, 1 in 10: {bad_year}), for {cost} a year.</source>
        <translation>Perda esperada por ano hoje: {before}; com estas medidas: {after} (num ano ruim, 1 em 10: {bad_year}), por {cost} ao ano.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/exercises.py" line="-26"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-78"/>
        <source>Appendix A. Assumptions and data sources</source>
        <translation>Apêndice A. Premissas e fontes de dados</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="-45"/>
        <source>Channel: {name}</source>
        <translation>Canal: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer: {name}</source>
        <translation>Camada: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: {name}</source>
        <translation>País: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: {name}</source>
        <translation>Moeda: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario: {name}</source>
        <translation>Cenário: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: {name}</source>
        <translation>Padrão: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan inputs</source>
        <translation>Dados do plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered for this plan. A range (low–high) marks an uncertain input; the likely value is used for the figures, the range for the simulated years.</source>
        <translation>Informados para este plano. Uma faixa (mínimo–máximo) indica um dado incerto; o valor provável é usado nos números, e a faixa nos anos simulados.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{price} USD per message</source>
        <translation>{price} USD por mensagem</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-26"/>
        <source>The outages the scenarios&apos; frequencies and lengths are derived from, as news reports and the providers&apos; status pages describe them.</source>
        <translation>As quedas das quais saem a frequência e a duração dos cenários, como as notícias e as páginas de status dos provedores as descrevem.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+91"/>
        <source>A day</source>
        <translation>Por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="+25"/>
        <source>Value each</source>
        <translation>Valor unitário</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patience</source>
        <translation>Paciência</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Won back</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost for good</source>
        <translation>Perdidos de vez</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+9"/>
        <source>Reference data used</source>
        <translation>Dados de referência usados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the built-in reference data that this plan&apos;s figures rest on. Confidence: H high, M medium, L low, default a stated modelling choice.</source>
        <translation>Linhas dos dados de referência embutidos em que se baseiam os números deste plano. Confiabilidade: H alta, M média, L baixa, default uma escolha de modelagem declarada.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Usage: {channel} in {country}</source>
        <translation>Uso: {channel} ({country})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(stated modelling default)</source>
        <translation>(padrão de modelagem declarado)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source</source>
        <translation>Fonte</translation>
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
        <translation>Não há preço por mensagem conhecido para {channels}: as mensagens por eles são contadas como grátis. Informe um preço no canal alternativo para incluí-lo.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="-32"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix B. Outage history</source>
        <translation>Apêndice B. Histórico de quedas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Services</source>
        <translation>Serviços</translation>
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
        <translation>Apêndice C. Registro de decisões</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outage started (date, time): ______________   Declared by: ______________</source>
        <translation>Início da queda (data, hora): ______________   Declarada por: ______________</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision or action</source>
        <translation>Decisão ou ação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="-44"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix D. Outage card</source>
        <translation>Apêndice D. Cartão de queda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp down? Keep this card by the phone.</source>
        <translation>WhatsApp fora do ar? Deixe este cartão perto do telefone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who declares</source>
        <translation>Quem declara</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{declarer} — or {alternate}</source>
        <translation>{declarer} — ou {alternate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (alternate)</source>
        <translation>{role} (substituto)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No phone number is in the plan yet: add them to the roles.</source>
        <translation>O plano ainda não tem nenhum número de telefone: adicione os números aos papéis.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check: {criterion}</source>
        <translation>Confira: {criterion}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declare the outage and start the contact tree: call {roles}.</source>
        <translation>Declare a queda e acione a árvore de contatos: ligue para {roles}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare the outage and start the contact tree.</source>
        <translation>Declare a queda e acione a árvore de contatos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{function}: {channel} (only if WhatsApp alone is down)</source>
        <translation>{function}: {channel} (só se apenas o WhatsApp estiver fora do ar)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to the fallbacks: {switches}.</source>
        <translation>Passe para os canais alternativos: {switches}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch to the channels prepared before the outage (section {section}).</source>
        <translation>Passe para os canais preparados antes da queda (seção {section}).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Name an outage lead in the plan.</source>
        <translation>Defina um líder de crise no plano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers to call</source>
        <translation>Números para ligar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First 5 steps</source>
        <translation>Primeiros 5 passos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customers</source>
        <translation>Mensagem para os clientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer message is written yet.</source>
        <translation>Ainda não há mensagem para os clientes.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/appendices.py" line="+11"/>
        <location filename="../../continuity_app/report/printed_plan/cover.py" line="+1"/>
        <source>Appendix E. Glossary</source>
        <translation>Apêndice E. Glossário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan uses everyday words; the technical term beside each is the one continuity standards and risk analysts use.</source>
        <translation>Este plano usa palavras do dia a dia; o termo técnico ao lado de cada uma é o que as normas de continuidade e os analistas de risco usam.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In this plan</source>
        <translation>Neste plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical term</source>
        <translation>Termo técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/card.py" line="+20"/>
        <source>Check that WhatsApp fails on two phones on different networks.</source>
        <translation>Confira se o WhatsApp falha em dois celulares de operadoras diferentes.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Send the customer message below on every channel that works.</source>
        <translation>Envie a mensagem para os clientes abaixo em todos os canais que funcionam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down every order and payment taken on a fallback channel, with the time.</source>
        <translation>Anote cada pedido e pagamento recebido num canal alternativo, com a hora.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/report/printed_plan/document.py" line="+98"/>
        <source>{business} — continuity plan, version {version}</source>
        <translation>{business} — plano de continuidade, versão {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business continuity plan: {business}</source>
        <translation>Plano de continuidade de negócios: {business}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/core/progress.py" line="+39"/>
        <source>Evaluating the outage scenarios…</source>
        <translation>Avaliando os cenários de queda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulating years of outages…</source>
        <translation>Simulando anos de quedas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing today with the plan once its tasks are done…</source>
        <translation>Comparando a situação de hoje com a do plano com as tarefas concluídas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuing preparation steps…</source>
        <translation>Avaliando as medidas de preparação…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../continuity_app/gui/qt_strings.py" line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar localização do &amp;link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="+31"/>
        <source>your staff can be asked to use it (about {share})</source>
        <translation>dá para pedir à sua equipe que o use (cerca de {share})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your suppliers can be asked to use it (about {share})</source>
        <translation>dá para pedir aos seus fornecedores que o usem (cerca de {share})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you said about {share} of your customers use it</source>
        <translation>você informou que cerca de {share} dos seus clientes o usam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about {share} of people in {country} use it</source>
        <translation>cerca de {share} das pessoas o usam ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} of people in your countries use it</source>
        <translation>cerca de {share} das pessoas nos seus países o usam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about {share} in {country} use an iPhone</source>
        <translation>cerca de {share} usam iPhone ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {share} use an iPhone</source>
        <translation>cerca de {share} usam iPhone</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>about {share} of people in {country} have a mobile phone</source>
        <translation>cerca de {share} das pessoas têm celular ({country})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {share} of people in your countries have a mobile phone</source>
        <translation>cerca de {share} das pessoas nos seus países têm celular</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blocked in {country} since {date}</source>
        <translation>bloqueado desde {date} ({country})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its calls blocked in {country} since {date}</source>
        <translation>chamadas bloqueadas desde {date} ({country})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowed down in {country} since {date}</source>
        <translation>com velocidade reduzida desde {date} ({country})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no phone-ownership figure for {countries}: the figure for their region is used</source>
        <translation>não há dado de posse de celular para {countries}: é usado o dado da região</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data for {countries}: not counted there; if you know how many of your customers use it, enter it with &apos;What you know about this channel&apos;</source>
        <translation>sem dados para {countries}: não é contado lá; se você sabe quantos dos seus clientes o usam, informe em &apos;O que você sabe sobre este canal&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>runs on Meta&apos;s infrastructure and fails with WhatsApp in a Meta outage</source>
        <translation>roda na infraestrutura da Meta e cai junto com o WhatsApp numa queda da Meta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>survives every outage scenario in your plan</source>
        <translation>resiste a todos os cenários de queda do seu plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>survives {share} of your expected outage loss (fails in: {scenarios})</source>
        <translation>resiste a {share} da sua perda esperada com quedas (cai em: {scenarios})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>can send one message to everyone at once</source>
        <translation>envia uma mensagem para todos de uma vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can take payments in the app</source>
        <translation>recebe pagamentos no próprio app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end-to-end encrypted by default</source>
        <translation>criptografia de ponta a ponta por padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not end-to-end encrypted by default</source>
        <translation>sem criptografia de ponta a ponta por padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free to send</source>
        <translation>envio grátis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} alcança cerca de {share} dos seus {who} ({country}) e continua funcionando em {kept} da sua perda esperada com quedas (cai em: {scenarios}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} in {country} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} alcança cerca de {share} dos seus {who} ({country}) e continua funcionando em todos os cenários de queda do seu plano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} reaches about {share} of your {who} and keeps working through {kept} of your expected outage loss (it fails in: {scenarios}).</source>
        <translation>{channel} alcança cerca de {share} dos seus {who} e continua funcionando em {kept} da sua perda esperada com quedas (cai em: {scenarios}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} reaches about {share} of your {who} and keeps working in every outage scenario in your plan.</source>
        <translation>{channel} alcança cerca de {share} dos seus {who} e continua funcionando em todos os cenários de queda do seu plano.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, paying back in {months} months.</source>
        <translation>{step} (para {function}): prontidão {before} → {after}; reduz sua perda anual esperada em {saving} por {cost} ao ano, e se paga em {months} meses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{step} (for {function}): readiness {before} → {after}; it cuts your expected yearly loss by {saving} for {cost} a year, more than it saves.</source>
        <translation>{step} (para {function}): prontidão {before} → {after}; reduz sua perda anual esperada em {saving} por {cost} ao ano, mais do que economiza.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{share} of the interactions of {function} run on {channels}, on Meta&apos;s infrastructure as WhatsApp is: in {scenarios} that part stops together with WhatsApp, and {cut_off} of {function} is cut off at once. These apps are no fallback for WhatsApp; prepare one that runs on other infrastructure.</source>
        <translation>{share} de {function} passa por {channels}, que rodam na infraestrutura da Meta, como o WhatsApp: em {scenarios}, essa parte cai junto com o WhatsApp e {cut_off} de {function} fica interrompido de uma vez. Esses apps não são canal alternativo para o WhatsApp; prepare um que rode em outra infraestrutura.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/audiences.py" line="+34"/>
        <source>staff</source>
        <translation>funcionários</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers</source>
        <translation>fornecedores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patients and clients</source>
        <translation>pacientes e clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/recommendations.py" line="-105"/>
        <source>staff and drivers who are asked to join</source>
        <translation>funcionários e entregadores convidados a entrar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Its monthly fee is not known; add it to the plan when you have a quote.</source>
        <translation>A mensalidade não é conhecida; inclua-a no plano quando tiver um orçamento.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{channel} fails together with WhatsApp when Meta&apos;s systems go down.</source>
        <translation>{channel} cai junto com o WhatsApp quando os sistemas da Meta saem do ar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It saves {saving} a year, less than it costs ({cost} a year, set-up included).</source>
        <translation>Economiza {saving} por ano, menos do que custa ({cost} por ano, incluindo a configuração).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} is a fallback for {function}, but it has been blocked in {country} since {date}: customers there cannot reach you on it without a VPN. Choose another channel for them.</source>
        <translation>{channel} é um canal alternativo para {function}, mas está bloqueado desde {date} ({country}): os clientes de lá não conseguem falar com você por ele sem uma VPN. Escolha outro canal para eles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} is a fallback for {function}, but it runs on the same {layers} as WhatsApp and fails with it ({scenarios}); it is not counted as independent.</source>
        <translation>{channel} é um canal alternativo para {function}, mas depende de {layers}, assim como o WhatsApp, e cai junto com ele ({scenarios}); não conta como independente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in every Meta outage</source>
        <translation>em toda queda da Meta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{function} can lose {loss} in this outage: {scenario}; that is more than the {tolerance} you can bear. It needs at least two independent fallbacks and has {count} ({channels}).</source>
        <translation>{function} pode perder {loss} nesta queda: {scenario}; isso é mais do que os {tolerance} que você aguenta. A atividade precisa de pelo menos dois canais alternativos independentes e tem {count} ({channels}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended portfolio adds {channels}.</source>
        <translation>O pacote recomendado acrescenta {channels}.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Moving everyone to {channels} in the first hours of a WhatsApp outage carries surge risk: Telegram and Signal slowed or failed under sign-up surges in 2015, 2019 and 2021. The model counts them at {share} of their readiness for the first {hours} hours; invite people before an outage.</source>
        <translation>Levar todo mundo para {channels} nas primeiras horas de uma queda do WhatsApp traz risco de sobrecarga: Telegram e Signal ficaram lentos ou caíram com picos de cadastros em 2015, 2019 e 2021. O modelo considera {share} da prontidão deles nas primeiras {hours} horas; convide as pessoas antes de uma queda.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/wording/common.py" line="+29"/>
        <source>{items} and {last}</source>
        <translation>{items} e {last}</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/recommendations_page.py" line="+180"/>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation steps</source>
        <translation>Medidas de preparação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels by function</source>
        <translation>Canais por atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>What you know about this channel…</source>
        <translation>O que você sabe sobre este canal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the share of your customers who use the selected channel, when you know it better than the country figures (or there are none).</source>
        <translation>Informe a parcela dos seus clientes que usa o canal selecionado, quando você souber isso melhor do que os dados do país (ou quando não houver dados).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the country figures</source>
        <translation>Usar os dados do país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected preparation step to the plan</source>
        <translation>Adicionar a medida de preparação selecionada ao plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Function:</source>
        <translation>A&amp;tividade:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly &amp;budget:</source>
        <translation>&amp;Orçamento anual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly budget for preparation</source>
        <translation>Orçamento anual para preparação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps and what they are worth</source>
        <translation>Medidas de preparação e quanto valem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels ranked for the chosen function</source>
        <translation>Canais classificados para a atividade escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended portfolio</source>
        <translation>Pacote recomendado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this step</source>
        <translation>Por que esta medida</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valuing every preparation step against your plan…</source>
        <translation>Avaliando cada medida de preparação no seu plano…</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>With these steps you can expect to lose {ale} a year ({p90} in a bad year, 1 in 10), for {cost} a year.</source>
        <translation>Com estas medidas, você pode esperar perder {ale} por ano ({p90} num ano ruim, 1 em 10), por {cost} ao ano.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Warnings (%1)</source>
        <translation>Avisos (%1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Add this step to the action plan</source>
        <translation>&amp;Adicionar esta medida ao plano de ação</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the &amp;whole portfolio to the action plan</source>
        <translation>Adicionar o pacote &amp;inteiro ao plano de ação</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No activities yet: add what your customers do on WhatsApp on the Functions page, and the steps that would cut your losses appear here.</source>
        <translation>Nenhuma atividade ainda: adicione na página Atividades o que seus clientes fazem no WhatsApp, e as medidas que reduziriam suas perdas aparecem aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No preparation step to suggest for this plan: check that each activity has its share on WhatsApp and its value per interaction on the Functions page.</source>
        <translation>Nenhuma medida de preparação a sugerir para este plano: confira na página Atividades se cada atividade tem a sua parcela no WhatsApp e o seu valor por interação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can expect to lose {ale} a year to outages today ({p90} in a bad year, 1 in 10). Each step below is valued by running the model again with it in place.</source>
        <translation>Hoje você pode esperar perder {ale} por ano com quedas ({p90} num ano ruim, 1 em 10). Cada medida abaixo é avaliada rodando o modelo de novo com ela em vigor.</translation>
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
        <translation>Economia/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a bad year</source>
        <translation>Economia num ano ruim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs a year</source>
        <translation>Custo/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays back in</source>
        <translation>Se paga em</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not worth it now</source>
        <translation>Não compensa por enquanto</translation>
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
        <translation>No plano de ação: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Pontuação</translation>
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
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{channel}: {reasons}.</source>
        <translation>{channel}: {reasons}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What you know about %1</source>
        <translation>O que você sabe sobre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of your customers who use %1 (%):</source>
        <translation>Parcela dos seus clientes que usa %1 (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): saves %3 a year on top of the steps above, costs %4</source>
        <translation>%1 (%2): economiza %3 por ano além das medidas acima, custa %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No step saves more than it costs.</source>
        <translation>Nenhuma medida economiza mais do que custa.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n step(s) added to the action plan as planned task(s). Give each an owner and a due date on the Action plan page; readiness today changes only when a task is marked done there.</source>
        <translation>
            <numerusform>%n medida adicionada ao plano de ação como tarefa planejada. Defina um responsável e um prazo na página Plano de ação; a prontidão de hoje só muda quando uma tarefa é marcada como concluída lá.</numerusform>
            <numerusform>%n medidas adicionadas ao plano de ação como tarefas planejadas. Defina um responsável e um prazo para cada uma na página Plano de ação; a prontidão de hoje só muda quando uma tarefa é marcada como concluída lá.</numerusform>
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
        <translation>um plano sem título ({business})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was stopped at {when} with unsaved changes to {name}; they were kept.</source>
        <translation>O aplicativo foi interrompido em {when} com alterações não salvas em {name}; elas foram guardadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application did not close properly; unsaved changes to {name} were kept at {when}.</source>
        <translation>O aplicativo não foi fechado corretamente; as alterações não salvas em {name} foram guardadas em {when}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore unsaved changes?</source>
        <translation>Recuperar alterações não salvas?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore them in this window, save them to a file of their own, or discard them?</source>
        <translation>Recuperá-las nesta janela, salvá-las num arquivo separado ou descartá-las?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This window already shows restored work. Save these changes to a file of their own, discard them, or keep them to decide at the next start?</source>
        <translation>Esta janela já mostra um trabalho recuperado. Salvar estas alterações num arquivo separado, descartá-las ou guardá-las para decidir na próxima vez que o aplicativo abrir?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n more after this one.)</source>
        <translation>
            <numerusform>(mais %n depois deste.)</numerusform>
            <numerusform>(mais %n depois deste.)</numerusform>
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
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide Later</source>
        <translation>Decidir depois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save restored changes as</source>
        <translation>Salvar as alterações recuperadas como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuity plans (*{suffix})</source>
        <translation>Planos de continuidade (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored changes could not be saved to {path}: {reason}. They are kept and offered again at the next start.</source>
        <translation>Não foi possível salvar as alterações recuperadas em {path}: {reason}. Elas continuam guardadas e serão oferecidas de novo na próxima vez que o aplicativo abrir.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../continuity_app/core/actions.py" line="+41"/>
        <location filename="../../continuity_app/core/reference_strings.py" line="+9"/>
        <source>card or bank</source>
        <translation>cartão ou banco</translation>
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
        <translation>RCS (Google Mensagens / Apple Mensagens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web chat (own website or app)</source>
        <translation>Chat na web (site ou app próprio)</translation>
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
        <translation>Operadoras de celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many providers</source>
        <translation>Vários fornecedores</translation>
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
        <translation>Operadoras, Google Jibe, Apple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNG</source>
        <translation>VNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own hosting)</source>
        <translation>O próprio negócio (hospedagem própria)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp service</source>
        <translation>Serviço do WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta shared infrastructure</source>
        <translation>Infraestrutura compartilhada da Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram infrastructure</source>
        <translation>Infraestrutura do Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal infrastructure</source>
        <translation>Infraestrutura do Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data network</source>
        <translation>Rede de dados móveis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed internet</source>
        <translation>Internet fixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity</source>
        <translation>Energia elétrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp app and service itself (e.g. the 25 Oct 2022 outage, when WhatsApp alone failed).</source>
        <translation>O próprio app e serviço do WhatsApp (por exemplo, a queda de 25/10/2022, quando só o WhatsApp falhou).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta&apos;s backbone, DNS and data centres under WhatsApp, Messenger, Instagram and Facebook Login; when it fails they all fail together (4 Oct 2021, 13 Mar 2019, 11 Dec 2024).</source>
        <translation>A rede principal, o DNS e os data centers da Meta por trás do WhatsApp, Messenger, Instagram e Login do Facebook; quando eles falham, todos caem juntos (4/10/2021, 13/3/2019, 11/12/2024).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram&apos;s own servers and data centres (e.g. the 29 Mar 2018 data-centre power failure).</source>
        <translation>Os servidores e data centers do próprio Telegram (por exemplo, a falta de energia num data center em 29/3/2018).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal&apos;s servers, which run on public cloud (AWS, Azure, GCP); Signal went down in the AWS us-east-1 outage of 20 Oct 2025 and under the Jan 2021 sign-up surge.</source>
        <translation>Os servidores do Signal, que rodam em nuvem pública (AWS, Azure, GCP); o Signal caiu na queda da AWS us-east-1 de 20/10/2025 e com o pico de cadastros de janeiro de 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app used over the cellular data network; fails in a carrier outage or a government mobile-data shutdown.</source>
        <translation>Todos os apps usados pela rede de dados móveis; cai numa queda da operadora ou num bloqueio de dados móveis pelo governo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice calls and SMS over mobile carriers; fails in national carrier outages (AT&amp;T 2024, Optus 2023, Rogers 2022).</source>
        <translation>Ligações e SMS pelas operadoras de celular; cai em quedas nacionais de operadoras (AT&amp;T 2024, Optus 2023, Rogers 2022).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-line and broadband internet (and the Wi-Fi behind it); Optus 2023 and Rogers 2022 also took out fixed services.</source>
        <translation>Internet fixa e banda larga (e o Wi-Fi ligado a elas); as quedas da Optus em 2023 e da Rogers em 2022 também derrubaram os serviços fixos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local electricity supply of the business or its counterparts.</source>
        <translation>O fornecimento local de energia elétrica do negócio ou dos seus contatos.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Indonesia</source>
        <translation>Indonésia</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>South Africa</source>
        <translation>África do Sul</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Kenya</source>
        <translation>Quênia</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Egypt</source>
        <translation>Egito</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Saudi Arabia</source>
        <translation>Arábia Saudita</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>United Arab Emirates</source>
        <translation>Emirados Árabes Unidos</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Jordan</source>
        <translation>Jordânia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Morocco</source>
        <translation>Marrocos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pakistan</source>
        <translation>Paquistão</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Vietnam</source>
        <translation>Vietnã</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Thailand</source>
        <translation>Tailândia</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>South Korea</source>
        <translation>Coreia do Sul</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Russia</source>
        <translation>Rússia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ukraine</source>
        <translation>Ucrânia</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Iran</source>
        <translation>Irã</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>France</source>
        <translation>França</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Spain</source>
        <translation>Espanha</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Italy</source>
        <translation>Itália</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Netherlands</source>
        <translation>Países Baixos</translation>
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
        <translation>Colômbia</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Australia</source>
        <translation>Austrália</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Malaysia</source>
        <translation>Malásia</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Phone call (mobile or landline)</source>
        <translation>Ligação telefônica (celular ou fixo)</translation>
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
        <translation>Página ou loja do Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web shop or marketplace</source>
        <translation>Loja virtual ou marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person (walk-in, counter)</source>
        <translation>Presencial (no local, no balcão)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PageBites</source>
        <translation>PageBites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta (directly or through a provider: Twilio, 360dialog, Gupshup...)</source>
        <translation>Meta (diretamente ou por um fornecedor: Twilio, 360dialog, Gupshup...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (own site, Shopify...) or the marketplace (Mercado Libre, Shopee, Tokopedia, Jumia, iFood...)</source>
        <translation>O próprio negócio (site próprio, Shopify...) ou o marketplace (Mercado Livre, Shopee, Tokopedia, Jumia, iFood...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business (its premises)</source>
        <translation>O próprio negócio (seu estabelecimento)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone calls and SMS network</source>
        <translation>Rede de ligações e SMS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afghanistan</source>
        <translation>Afeganistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armênia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Austria</source>
        <translation>Áustria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaijão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bósnia e Herzegovina</translation>
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
        <translation>Bulgária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolívia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Butão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorrússia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Democratic Republic of the Congo</source>
        <translation>República Democrática do Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>República Centro-Africana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suíça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa do Marfim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cameroon</source>
        <translation>Camarões</translation>
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
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tchéquia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Djibouti</source>
        <translation>Djibuti</translation>
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
        <translation>Argélia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Equador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estônia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Sahara</source>
        <translation>Saara Ocidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritreia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethiopia</source>
        <translation>Etiópia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronésia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gabon</source>
        <translation>Gabão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Geórgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guiana Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gâmbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guiné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guiné Equatorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grécia</translation>
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
        <translation>Guiné-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guiana</translation>
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
        <translation>Croácia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hungria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Iraq</source>
        <translation>Iraque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>Islândia</translation>
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
        <translation>Quirguistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Camboja</translation>
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
        <translation>Coreia do Norte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Cazaquistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saint Lucia</source>
        <translation>Santa Lúcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Letônia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Líbia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moldova</source>
        <translation>Moldávia</translation>
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
        <translation>Macedônia do Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Mianmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongólia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritânia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Maurício</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mozambique</source>
        <translation>Moçambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namíbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nova Caledônia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nicaragua</source>
        <translation>Nicarágua</translation>
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
        <translation>Nova Zelândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Omã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French Polynesia</source>
        <translation>Polinésia Francesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Nova Guiné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poland</source>
        <translation>Polônia</translation>
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
        <translation>Paraguai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Romênia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Sérvia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solomon Islands</source>
        <translation>Ilhas Salomão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seicheles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suécia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>Eslovênia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Eslováquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Serra Leoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sudão do Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Síria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Essuatíni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Chade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tajikistan</source>
        <translation>Tadjiquistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turcomenistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunísia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad e Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzânia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uruguay</source>
        <translation>Uruguai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbequistão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>São Vicente e Granadinas</translation>
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
        <translation>Iêmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zambia</source>
        <translation>Zâmbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbábue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>Dirham dos Emirados Árabes Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghani</source>
        <translation>Afegane afegão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lek</source>
        <translation>Lek albanês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian Dram</source>
        <translation>Dram armênio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwanza</source>
        <translation>Kwanza angolano</translation>
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
        <translation>Florim arubano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan Manat</source>
        <translation>Manat azerbaijano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convertible Mark</source>
        <translation>Marco conversível da Bósnia e Herzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados Dollar</source>
        <translation>Dólar de Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taka</source>
        <translation>Taka de Bangladesh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian Lev</source>
        <translation>Lev búlgaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahraini Dinar</source>
        <translation>Dinar bareinita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi Franc</source>
        <translation>Franco burundiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Dollar</source>
        <translation>Dólar de Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boliviano</source>
        <translation>Boliviano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazilian Real</source>
        <translation>Real brasileiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamian Dollar</source>
        <translation>Dólar das Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngultrum</source>
        <translation>Ngultrum butanês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pula</source>
        <translation>Pula de Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian Ruble</source>
        <translation>Rublo bielorrusso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize Dollar</source>
        <translation>Dólar de Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canadian Dollar</source>
        <translation>Dólar canadense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congolese Franc</source>
        <translation>Franco congolês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swiss Franc</source>
        <translation>Franco suíço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chilean Peso</source>
        <translation>Peso chileno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan Renminbi</source>
        <translation>Yuan chinês (renminbi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombian Peso</source>
        <translation>Peso colombiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rican Colon</source>
        <translation>Colón costarriquenho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuban Peso</source>
        <translation>Peso cubano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde Escudo</source>
        <translation>Escudo cabo-verdiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech Koruna</source>
        <translation>Coroa tcheca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti Franc</source>
        <translation>Franco do Djibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Krone</source>
        <translation>Coroa dinamarquesa</translation>
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
        <translation>Libra egípcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nakfa</source>
        <translation>Nakfa eritreia</translation>
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
        <translation>Dólar fijiano</translation>
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
        <translation>Cedi ganês</translation>
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
        <translation>Dólar guianense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong Dollar</source>
        <translation>Dólar de Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lempira</source>
        <translation>Lempira hondurenha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gourde</source>
        <translation>Gourde haitiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forint</source>
        <translation>Florim húngaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah</source>
        <translation>Rupia indonésia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Israeli Sheqel</source>
        <translation>Novo shekel israelense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Rupee</source>
        <translation>Rupia indiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraqi Dinar</source>
        <translation>Dinar iraquiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Rial</source>
        <translation>Rial iraniano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland Krona</source>
        <translation>Coroa islandesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaican Dollar</source>
        <translation>Dólar jamaicano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordanian Dinar</source>
        <translation>Dinar jordaniano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen</source>
        <translation>Iene japonês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenyan Shilling</source>
        <translation>Xelim queniano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Som</source>
        <translation>Som quirguiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riel</source>
        <translation>Riel cambojano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comorian Franc</source>
        <translation>Franco comoriano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korean Won</source>
        <translation>Won norte-coreano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Won sul-coreano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwaiti Dinar</source>
        <translation>Dinar kuwaitiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenge</source>
        <translation>Tenge cazaque</translation>
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
        <translation>Rupia do Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberian Dollar</source>
        <translation>Dólar liberiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loti</source>
        <translation>Loti do Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libyan Dinar</source>
        <translation>Dinar líbio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moroccan Dirham</source>
        <translation>Dirham marroquino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldovan Leu</source>
        <translation>Leu moldávio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malagasy Ariary</source>
        <translation>Ariary malgaxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denar</source>
        <translation>Dinar macedônio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyat</source>
        <translation>Kyat de Mianmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugrik</source>
        <translation>Tugrik mongol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pataca</source>
        <translation>Pataca de Macau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouguiya</source>
        <translation>Ouguiya mauritana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius Rupee</source>
        <translation>Rupia mauriciana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rufiyaa</source>
        <translation>Rupia maldiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi Kwacha</source>
        <translation>Kwacha malawiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexican Peso</source>
        <translation>Peso mexicano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysian Ringgit</source>
        <translation>Ringgit malaio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique Metical</source>
        <translation>Metical moçambicano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia Dollar</source>
        <translation>Dólar namibiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naira</source>
        <translation>Naira nigeriana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cordoba Oro</source>
        <translation>Córdoba nicaraguense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian Krone</source>
        <translation>Coroa norueguesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepalese Rupee</source>
        <translation>Rupia nepalesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand Dollar</source>
        <translation>Dólar neozelandês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rial Omani</source>
        <translation>Rial omanense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol</source>
        <translation>Sol peruano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kina</source>
        <translation>Kina de Papua-Nova Guiné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippine Peso</source>
        <translation>Peso filipino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan Rupee</source>
        <translation>Rupia paquistanesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zloty</source>
        <translation>Zloty polonês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarani</source>
        <translation>Guarani paraguaio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatari Rial</source>
        <translation>Rial catariano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian Leu</source>
        <translation>Leu romeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian Dinar</source>
        <translation>Dinar sérvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>Rublo russo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda Franc</source>
        <translation>Franco ruandês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Riyal</source>
        <translation>Rial saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands Dollar</source>
        <translation>Dólar das Ilhas Salomão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles Rupee</source>
        <translation>Rupia seichelense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudanese Pound</source>
        <translation>Libra sudanesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish Krona</source>
        <translation>Coroa sueca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore Dollar</source>
        <translation>Dólar de Cingapura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leone</source>
        <translation>Leone de Serra Leoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surinam Dollar</source>
        <translation>Dólar surinamês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudanese Pound</source>
        <translation>Libra sul-sudanesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dobra</source>
        <translation>Dobra de São Tomé e Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syrian Pound</source>
        <translation>Libra síria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lilangeni</source>
        <translation>Lilangeni de Essuatíni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baht</source>
        <translation>Baht tailandês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somoni</source>
        <translation>Somoni tadjique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan New Manat</source>
        <translation>Novo manat turcomeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisian Dinar</source>
        <translation>Dinar tunisiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa’anga</source>
        <translation>Pa’anga de Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>Lira turca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago Dollar</source>
        <translation>Dólar de Trinidad e Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan Dollar</source>
        <translation>Novo dólar taiwanês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzanian Shilling</source>
        <translation>Xelim tanzaniano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hryvnia</source>
        <translation>Grívnia ucraniana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda Shilling</source>
        <translation>Xelim ugandense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>Dólar americano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peso Uruguayo</source>
        <translation>Peso uruguaio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan Sum</source>
        <translation>Som uzbeque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolívar Soberano</source>
        <translation>Bolívar venezuelano</translation>
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
        <translation>Franco CFA BEAC (África Central)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East Caribbean Dollar</source>
        <translation>Dólar do Caribe Oriental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Guilder</source>
        <translation>Florim do Caribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFA Franc BCEAO</source>
        <translation>Franco CFA BCEAO (África Ocidental)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFP Franc</source>
        <translation>Franco CFP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemeni Rial</source>
        <translation>Rial iemenita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rand</source>
        <translation>Rand sul-africano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambian Kwacha</source>
        <translation>Kwacha zambiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe Gold (ZiG)</source>
        <translation>Ouro do Zimbábue (ZiG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect customers&apos; mobile numbers and SMS consent at checkout and booking</source>
        <translation>Colete o celular dos clientes e a autorização para SMS no caixa e no agendamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an SMS gateway account with prepaid credit and a ready outage message</source>
        <translation>Abra uma conta num serviço de envio de SMS, com crédito pré-pago e uma mensagem de queda pronta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare {payment} payment links to send by SMS</source>
        <translation>Prepare links de pagamento por {payment} para enviar por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the fallback phone number on the shop door, receipts and website</source>
        <translation>Divulgue o telefone alternativo na porta da loja, nos recibos e no site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up call forwarding to a second phone so that calls are answered at peak times</source>
        <translation>Configure o desvio de chamadas para um segundo telefone, para atender as ligações nos horários de pico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a phone tree: who calls whom when WhatsApp is down</source>
        <translation>Monte uma árvore de contatos: quem liga para quem quando o WhatsApp cai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect email addresses and prepare an outage notice template</source>
        <translation>Colete e-mails e prepare um modelo de aviso de queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a Telegram channel link on every receipt and order confirmation</source>
        <translation>Divulgue o link de um canal no Telegram em todo recibo e confirmação de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Telegram group for staff and drivers, everyone joined in advance</source>
        <translation>Crie um grupo no Telegram para a equipe e os entregadores, com todos já participando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Signal group for staff, everyone joined in advance</source>
        <translation>Crie um grupo no Signal para a equipe, com todos já participando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Viber community and show its QR code at the counter and on receipts</source>
        <translation>Abra uma comunidade no Viber e mostre o QR code no balcão e nos recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a LINE Official Account and show its QR code at the counter</source>
        <translation>Abra uma conta oficial no LINE e mostre o QR code no balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Kakao Talk channel and show its QR code on receipts</source>
        <translation>Abra um canal no Kakao Talk e mostre o QR code nos recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a WeChat Official Account and show its QR code at the counter</source>
        <translation>Abra uma conta oficial no WeChat e mostre o QR code no balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Zalo Official Account and show its QR code on receipts</source>
        <translation>Abra uma conta oficial no Zalo e mostre o QR code nos recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an order and booking form to your website and link it from your profiles</source>
        <translation>Coloque um formulário de pedidos e agendamentos no seu site, com link nos seus perfis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point customers to Instagram Direct as a second inbox</source>
        <translation>Indique o Instagram Direct aos clientes como segunda caixa de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link a Messenger inbox from your Facebook page</source>
        <translation>Vincule uma caixa de entrada do Messenger à sua página do Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers and consent let you text customers the moment WhatsApp fails</source>
        <translation>com os números e a autorização, você manda SMS aos clientes assim que o WhatsApp cai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a prepaid gateway sends the outage message to everyone within minutes</source>
        <translation>um serviço de SMS pré-pago envia a mensagem de queda para todos em poucos minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ready link collects the payment without WhatsApp</source>
        <translation>um link pronto recebe o pagamento sem o WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who cannot reach you on WhatsApp call instead</source>
        <translation>clientes que não conseguem falar com você pelo WhatsApp ligam em vez disso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second line keeps calls from going unanswered</source>
        <translation>uma segunda linha evita ligações sem resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone knows whom to call within minutes</source>
        <translation>em poucos minutos, todos sabem para quem ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email reaches customers who are online but cannot use WhatsApp</source>
        <translation>o e-mail alcança clientes que estão on-line mas não conseguem usar o WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who follow the channel get your updates and can message you</source>
        <translation>clientes que seguem o canal recebem suas novidades e podem mandar mensagem para você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team keeps talking as soon as WhatsApp fails</source>
        <translation>a equipe continua se falando assim que o WhatsApp cai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an end-to-end encrypted group keeps the team talking</source>
        <translation>um grupo com criptografia de ponta a ponta mantém a equipe se falando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber users follow the community and can message you</source>
        <translation>usuários do Viber seguem a comunidade e podem mandar mensagem para você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE friends of your account get messages and can book with you</source>
        <translation>amigos da sua conta no LINE recebem mensagens e podem agendar com você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KakaoTalk friends of your channel can message you</source>
        <translation>amigos do seu canal no KakaoTalk podem mandar mensagem para você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followers of your account can message and pay you</source>
        <translation>seguidores da sua conta podem mandar mensagem e fazer pagamentos para você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zalo followers can message you</source>
        <translation>seguidores no Zalo podem mandar mensagem para você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers who look for you online can still order</source>
        <translation>clientes que procuram você na internet ainda conseguem fazer pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram Direct works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>o Instagram Direct funciona quando só o WhatsApp cai, mas roda na infraestrutura da Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger works when only WhatsApp fails, but it runs on Meta&apos;s infrastructure</source>
        <translation>o Messenger funciona quando só o WhatsApp cai, mas roda na infraestrutura da Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a customer needs a private conversation</source>
        <translation>atender um cliente exige uma conversa privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business account lets several staff answer and keeps history</source>
        <translation>uma conta comercial permite que várias pessoas da equipe respondam e guarda o histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders are taken in a private conversation</source>
        <translation>os pedidos são feitos numa conversa privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogues and shared inboxes speed up order taking</source>
        <translation>catálogos e caixas de entrada compartilhadas agilizam o recebimento de pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a sale is easier where payment can follow</source>
        <translation>fechar a venda é mais fácil onde o pagamento pode vir logo em seguida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an in-app payment path collects money without another app</source>
        <translation>o pagamento dentro do app recebe o dinheiro sem precisar de outro app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment link (Pix, UPI, card) can be sent in any private message</source>
        <translation>um link de pagamento (Pix, UPI, cartão) pode ser enviado em qualquer mensagem privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team coordinates in a group large enough for all staff</source>
        <translation>a equipe se coordena num grupo que comporta todo mundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a manager also needs to reach each person directly</source>
        <translation>quem coordena também precisa falar direto com cada pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders to suppliers go person to person</source>
        <translation>os pedidos aos fornecedores são feitos de pessoa para pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some suppliers coordinate in groups</source>
        <translation>alguns fornecedores se organizam em grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broadcast reaches every follower at once</source>
        <translation>uma transmissão alcança todos os seguidores de uma vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking and reminders are private conversations</source>
        <translation>agendamentos e lembretes são conversas privadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic reminders need a business account</source>
        <translation>lembretes automáticos exigem uma conta comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers and customers confirm drop-offs one to one</source>
        <translation>entregadores e clientes confirmam as entregas em conversas individuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch groups keep drivers in step</source>
        <translation>grupos de despacho mantêm os entregadores alinhados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages a business sends to handle one interaction on a fallback channel; multiplies the channel&apos;s price per message</source>
        <translation>Mensagens que o negócio envia para resolver uma interação num canal alternativo; multiplica o preço por mensagem do canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a fallback&apos;s coverage to rise linearly from 0 to its full readiness once its activation delay has passed</source>
        <translation>Tempo para a cobertura de um canal alternativo subir linearmente de 0 até a prontidão total, depois de passado o tempo de ativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness multiplier for channels with surge_risk during the first surge_hours of an outage that fails the whatsapp or meta layer</source>
        <translation>Multiplicador da prontidão dos canais com surge_risk nas primeiras surge_hours de uma queda que derruba a camada whatsapp ou meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the surge penalty lasts after an outage of whatsapp or meta starts. Evidence: &apos;slower Telegram in the Americas&apos; on 4 Oct 2021 (+70M sign-ups in a day); Signal&apos;s outage of 15 Jan 2021 under the privacy-policy surge; Telegram&apos;s SMS-code gateways overloaded by +1.5M Brazilian sign-ups within hours on 17 Dec 2015</source>
        <translation>Quanto tempo dura a penalidade por sobrecarga depois que começa uma queda de whatsapp ou meta. Evidências: &apos;Telegram mais lento nas Américas&apos; em 4/10/2021 (+70 milhões de cadastros em um dia); a queda do Signal em 15/1/2021, no pico de cadastros causado pela mudança na política de privacidade; os serviços de envio de códigos por SMS do Telegram sobrecarregados por +1,5 milhão de cadastros brasileiros em poucas horas em 17/12/2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of log(duration) for a scenario whose category has fewer than min_duration_points usable durations in outages.csv; the median comes from the scenario</source>
        <translation>Desvio padrão de log(duração) para um cenário cuja categoria tem menos de min_duration_points durações utilizáveis em outages.csv; a mediana vem do cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest usable durations a category needs before its own log-normal spread is fitted</source>
        <translation>Número mínimo de durações utilizáveis que uma categoria precisa ter para que a sua própria dispersão log-normal seja ajustada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year of the outage-history window used for yearly frequencies</source>
        <translation>Primeiro ano do período do histórico de quedas usado para as frequências anuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year (inclusive) of the outage-history window used for yearly frequencies</source>
        <translation>Último ano (inclusive) do período do histórico de quedas usado para as frequências anuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a government shutdown or block when neither the history nor the published counts give one</source>
        <translation>Duração de um bloqueio pelo governo quando nem o histórico nem as contagens publicadas a informam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step of the impact simulation</source>
        <translation>Passo de tempo da simulação de impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon of the impact simulation (one week)</source>
        <translation>Horizonte da simulação de impacto (uma semana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in the GSM-7 alphabet</source>
        <translation>Caracteres num SMS de uma só parte no alfabeto GSM-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part GSM-7 SMS</source>
        <translation>Caracteres por parte de um SMS GSM-7 com várias partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters in a single-segment SMS in UCS-2 (any character outside GSM-7, e.g. Arabic, Hindi)</source>
        <translation>Caracteres num SMS de uma só parte em UCS-2 (qualquer caractere fora do GSM-7, por exemplo árabe, hindi ou letras como ã, ç, á)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters per segment of a multi-part UCS-2 SMS</source>
        <translation>Caracteres por parte de um SMS UCS-2 com várias partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach of any app channel among the business&apos;s own staff and drivers, who can be asked to install it</source>
        <translation>Alcance de qualquer canal por app entre a própria equipe e os entregadores do negócio, a quem se pode pedir que o instalem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years over which the one-off set-up time of a preparation step is spread when its yearly cost is computed</source>
        <translation>Anos pelos quais se divide o tempo de configuração inicial de uma medida de preparação no cálculo do seu custo anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a channel&apos;s lack of default end-to-end encryption lowers its score (0: not at all, 1: to zero)</source>
        <translation>Quanto a falta de criptografia de ponta a ponta por padrão reduz a pontuação de um canal (0: nada, 1: até zero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much a high set-up effort lowers a channel&apos;s score (medium counts half)</source>
        <translation>Quanto um esforço de configuração alto reduz a pontuação de um canal (médio conta pela metade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest bearable loss per outage given to a new plan whose functions put no revenue at stake (coordination only): one working day of the whole staff&apos;s cost, the same one-day horizon as the revenue-based tolerance</source>
        <translation>Maior perda suportável por queda atribuída a um plano novo cujas atividades não põem receita em risco (só coordenação): o custo de um dia de trabalho de toda a equipe, o mesmo horizonte de um dia da tolerância baseada na receita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the recovery tail after an outage&apos;s announced end, over which the blocked share falls linearly to zero (regions coming back one by one, queued messages delivered late)</source>
        <translation>Duração da fase de recuperação depois do fim anunciado de uma queda, durante a qual a parcela bloqueada cai linearmente até zero (regiões voltando uma a uma, mensagens na fila entregues com atraso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long after service returns customers with a same-day need who heard of the outage stay with the arrangements they made elsewhere (the rest of the day: an evening, or the afternoon after a morning outage); also the scale on which the share who heard of it grows with the outage&apos;s length (1 - e^(-length / this))</source>
        <translation>Por quanto tempo depois da volta do serviço os clientes com uma necessidade do mesmo dia que souberam da queda continuam com o que resolveram em outro lugar (o resto do dia: uma noite, ou a tarde depois de uma queda pela manhã); também é a escala em que a parte dos que souberam cresce com a duração da queda (1 - e^(-duração / este valor))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor 0..1</source>
        <translation>fator 0..1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-hours</source>
        <translation>log-horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages</source>
        <translation>quedas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>ano</translation>
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
        <translation>parcela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours per staff member</source>
        <translation>horas por pessoa da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp-only outage (like 25 Oct 2022)</source>
        <translation>Queda só do WhatsApp (como em 25/10/2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage (like 4 Oct 2021)</source>
        <translation>Queda geral da Meta (como em 4/10/2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long Meta outage (like 13 Mar 2019)</source>
        <translation>Queda longa da Meta (como em 13/3/2019)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National carrier outage (like AT&amp;T, 22 Feb 2024)</source>
        <translation>Queda de operadora nacional (como a da AT&amp;T, 22/2/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government mobile-data shutdown</source>
        <translation>Bloqueio de dados móveis pelo governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Bloqueio de internet pelo governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp bloqueado no país (Justiça ou governo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food: restaurants, bakeries, take-away, catering</source>
        <translation>Alimentação: restaurantes, padarias, comida para viagem, bufê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail: shops, fashion, pharmacies, online stores</source>
        <translation>Comércio: lojas, moda, farmácias, lojas on-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health: clinics, doctors, dentists, laboratories</source>
        <translation>Saúde: clínicas, médicos, dentistas, laboratórios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: salons, repairs, cleaning, tutoring</source>
        <translation>Serviços: salões de beleza, consertos, limpeza, aulas particulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages; Messenger, Instagram and every other channel keep working.</source>
        <translation>Só o WhatsApp para de enviar mensagens; Messenger, Instagram e todos os outros canais continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Messenger, Instagram and Facebook fail together for hours, as on 4 Oct 2021.</source>
        <translation>WhatsApp, Messenger, Instagram e Facebook caem juntos por horas, como em 4 de outubro de 2021.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Meta apps fail for most of a day, as on 13-14 Mar 2019 (about 14 h).</source>
        <translation>Todos os apps da Meta caem durante quase um dia inteiro, como em 13 e 14 de março de 2019 (cerca de 14 h).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile operator&apos;s network fails nationwide: calls, SMS and mobile data stop; apps on Wi-Fi and fixed lines keep working.</source>
        <translation>A rede de uma operadora de celular cai no país inteiro: ligações, SMS e dados móveis param; apps no Wi-Fi e em linhas fixas continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data: every messaging app stops on phones; SMS, voice and fixed internet keep working.</source>
        <translation>As autoridades cortam os dados móveis: todos os apps de mensagens param nos celulares; SMS, ligações e internet fixa continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut all internet access, mobile and fixed: every app and web channel stops; SMS and voice calls keep working.</source>
        <translation>As autoridades cortam todo o acesso à internet, móvel e fixa: todos os apps e canais da web param; SMS e ligações de voz continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court or the government orders WhatsApp blocked in one country, as in Brazil in Dec 2015, May 2016 and Jul 2016; every other app keeps working.</source>
        <translation>A Justiça ou o governo manda bloquear o WhatsApp em um país, como no Brasil em dezembro de 2015, maio de 2016 e julho de 2016; todos os outros apps continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>Atendimento ao cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and sales</source>
        <translation>Pedidos e vendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff coordination</source>
        <translation>Coordenação da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier coordination</source>
        <translation>Coordenação com fornecedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing broadcasts</source>
        <translation>Divulgação e marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Agendamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family bakery in Ramallah that takes cake and catering orders, answers customers and dispatches deliveries on WhatsApp; customers all in Palestine, prices in shekels.</source>
        <translation>Uma padaria familiar em Ramallah que recebe encomendas de bolos e buffet, atende clientes e organiza entregas pelo WhatsApp; clientes todos na Palestina, preços em shekels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A family clinic in Mumbai that books appointments, sends lab reports and collects UPI payments on WhatsApp; patients all in India, amounts in rupees.</source>
        <translation>Uma clínica familiar em Mumbai que marca consultas, envia resultados de exames e recebe pagamentos por UPI pelo WhatsApp; pacientes todos na Índia, valores em rupias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An online fashion shop in São Paulo that sells, sends Pix payment links and runs broadcast lists on WhatsApp, with Instagram as its shop window; losses counted as lost margin.</source>
        <translation>Uma loja de moda online em São Paulo que vende, envia links de pagamento Pix e usa listas de transmissão no WhatsApp, com o Instagram como vitrine; perdas contadas como margem perdida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp alone stops sending messages for about two hours, as on 25 October 2022; Instagram, Messenger and every other channel keep working.</source>
        <translation>Só o WhatsApp para de enviar mensagens por cerca de duas horas, como em 25 de outubro de 2022; Instagram, Messenger e todos os outros canais continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp stops sending</source>
        <translation>O WhatsApp para de enviar mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick; Instagram and Facebook still work. Is this our phones, our internet, or WhatsApp? Who decides to declare the outage?</source>
        <translation>As mensagens ficam com um tique só; Instagram e Facebook continuam funcionando. O problema está nos nossos celulares, na nossa internet ou no WhatsApp? Quem decide declarar a queda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers ask on Instagram</source>
        <translation>Clientes perguntam pelo Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who follow you on Instagram ask there why you do not answer on WhatsApp. Who answers them, and what do you tell the customers who are not on Instagram?</source>
        <translation>Clientes que seguem vocês no Instagram perguntam por lá por que vocês não respondem no WhatsApp. Quem responde a eles, e o que vocês dizem aos clientes que não estão no Instagram?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service restored</source>
        <translation>Serviço restabelecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp works again. Messages sent during the outage arrive in a rush. Who answers them first?</source>
        <translation>O WhatsApp volta a funcionar. As mensagens enviadas durante a queda chegam todas de uma vez. Quem responde a elas primeiro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta-wide outage, hour by hour (like 4 Oct 2021)</source>
        <translation>Queda geral da Meta, hora a hora (como em 4/10/2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram, Messenger and Facebook stop together for about six hours, as on 4 October 2021 from 15:39 UTC. Telegram slows under a sign-up surge, a customer disputes a payment, the mobile network fails too, and WhatsApp comes back partly, with messages arriving late.</source>
        <translation>WhatsApp, Instagram, Messenger e Facebook param juntos por cerca de seis horas, como em 4 de outubro de 2021 a partir das 15:39 UTC. O Telegram fica lento com um pico de cadastros, surge uma divergência sobre um pagamento, a rede de celular também cai e o WhatsApp volta em parte, com mensagens chegando atrasadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook stop</source>
        <translation>WhatsApp, Instagram e Facebook param</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages stay on one tick. Instagram and Facebook do not load either. Staff ask in the shop whether their phones are broken. Who confirms the outage, and how?</source>
        <translation>As mensagens ficam com um tique só. Instagram e Facebook também não carregam. Na loja, a equipe pergunta se os celulares estão com defeito. Quem confirma a queda, e como?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers cannot order</source>
        <translation>Clientes não conseguem fazer pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three regular customers phone the shop: their orders on WhatsApp did not go through. Who answers the phone, and where are the orders written down?</source>
        <translation>Três clientes fiéis ligam para a loja: os pedidos que mandaram pelo WhatsApp não chegaram. Quem atende o telefone, e onde os pedidos são anotados?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram slows under a sign-up surge</source>
        <translation>O Telegram fica lento com um pico de cadastros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millions of people sign up to Telegram at once, as on 4 October 2021 (70 million in one day). Verification codes arrive late; some customers cannot join your Telegram channel for an hour.</source>
        <translation>Milhões de pessoas se cadastram no Telegram ao mesmo tempo, como em 4 de outubro de 2021 (70 milhões em um dia). Os códigos de verificação chegam atrasados; alguns clientes passam uma hora sem conseguir entrar no canal de vocês no Telegram.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer disputes a payment made during the outage</source>
        <translation>Divergência sobre um pagamento feito durante a queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer says she paid by bank transfer an hour ago, but nobody can see the WhatsApp message with her receipt. How is the payment checked, and who decides whether to hand over the goods?</source>
        <translation>Uma cliente diz que pagou por transferência bancária há uma hora, mas ninguém consegue ver a mensagem de WhatsApp com o comprovante. Como o pagamento é conferido, e quem decide se a mercadoria é entregue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mobile network fails too</source>
        <translation>A rede de celular também cai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One operator&apos;s mobile network drops in your area: calls and SMS to half of your customers fail for forty minutes. Which channel still reaches them?</source>
        <translation>A rede de uma operadora de celular cai na sua região: ligações e SMS para metade dos seus clientes falham por quarenta minutos. Qual canal ainda chega até eles?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp returns partly; messages arrive late</source>
        <translation>O WhatsApp volta em parte; mensagens chegam atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some phones receive WhatsApp messages again, hours late and out of order. Customers who ordered elsewhere send the same order on WhatsApp. How are duplicate orders avoided?</source>
        <translation>Alguns celulares voltam a receber mensagens do WhatsApp, com horas de atraso e fora de ordem. Clientes que fizeram o pedido por outro canal mandam o mesmo pedido pelo WhatsApp. Como evitar pedidos em dobro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp, Instagram and Facebook work again for everyone. Who stands down, and what does the team do first?</source>
        <translation>WhatsApp, Instagram e Facebook voltam a funcionar para todo mundo. Quem declara o fim da queda, e o que a equipe faz primeiro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your customers&apos; main mobile operator fails nationwide: calls, SMS and mobile data stop, so WhatsApp stops on their phones too, as with AT&amp;T on 22 February 2024. Most phones reconnect after about two hours; congestion lasts most of the day.</source>
        <translation>A principal operadora de celular dos seus clientes cai no país inteiro: ligações, SMS e dados móveis param, e com isso o WhatsApp também para nos celulares deles, como aconteceu com a AT&amp;T em 22 de fevereiro de 2024. A maioria dos celulares volta a se conectar depois de cerca de duas horas; o congestionamento dura boa parte do dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones show no signal</source>
        <translation>Celulares sem sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff phones on one operator show SOS only; WhatsApp, calls and SMS fail on them. Phones on another operator and on Wi-Fi still work. Who has a working line?</source>
        <translation>Os celulares da equipe que são de uma operadora mostram só “SOS”; WhatsApp, ligações e SMS não funcionam neles. Celulares de outra operadora e no Wi-Fi continuam funcionando. Quem tem uma linha funcionando?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers on Wi-Fi only</source>
        <translation>Só os clientes no Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers at home on Wi-Fi still write on WhatsApp; those outside cannot. Which orders are you missing, and how will you know?</source>
        <translation>Clientes que estão em casa, no Wi-Fi, ainda escrevem pelo WhatsApp; quem está na rua não consegue. Quais pedidos vocês estão perdendo, e como vão saber?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, slowly</source>
        <translation>A maioria dos celulares volta, aos poucos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most phones reconnect, but calls drop and messages are slow for hours. Do you keep the fallback running?</source>
        <translation>A maioria dos celulares volta a se conectar, mas as ligações caem e as mensagens ficam lentas por horas. Vocês mantêm o canal alternativo funcionando?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier delivery not confirmed</source>
        <translation>Entrega do fornecedor sem confirmação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier&apos;s driver cannot confirm today&apos;s delivery time. Who decides whether to close the kitchen early?</source>
        <translation>O motorista de um fornecedor não consegue confirmar o horário da entrega de hoje. Quem decide se a cozinha fecha mais cedo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network fully restored</source>
        <translation>Rede totalmente restabelecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator announces full restoration and a credit for customers. Who stands down?</source>
        <translation>A operadora anuncia que o serviço foi totalmente restabelecido e que vai dar um crédito aos clientes. Quem declara o fim da queda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorities cut mobile data for three days: every messaging app stops on phones, while SMS, voice calls and fixed internet keep working.</source>
        <translation>As autoridades cortam os dados móveis por três dias: todos os apps de mensagens param nos celulares, enquanto SMS, ligações e internet fixa continuam funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data stops nationwide</source>
        <translation>Dados móveis param no país inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every app stops on phones; SMS and calls work; the shop&apos;s fixed internet works. Who declares the outage, and on which channel is the team told?</source>
        <translation>Todos os apps param nos celulares; SMS e ligações funcionam; a internet fixa da loja funciona. Quem declara a queda, e por qual canal a equipe é avisada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers do not know where to order</source>
        <translation>Clientes não sabem onde fazer pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular customers phone the shop, busy at peak time. How do you tell everyone at once that orders are taken by SMS and phone?</source>
        <translation>Clientes fiéis ligam para a loja em pleno horário de pico. Como avisar todo mundo de uma vez que os pedidos estão sendo recebidos por SMS e telefone?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shutdown is extended</source>
        <translation>O bloqueio é prorrogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorities say the shutdown continues for two more days. Which staff come in, and how are shifts arranged without the staff group?</source>
        <translation>As autoridades dizem que o bloqueio continua por mais dois dias. Quem da equipe vem trabalhar, e como as escalas são combinadas sem o grupo da equipe no WhatsApp?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments pile up</source>
        <translation>Pagamentos se acumulam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who usually pay with a link from WhatsApp ask how to pay. What do you accept, and how is each payment recorded?</source>
        <translation>Clientes que costumam pagar com um link enviado pelo WhatsApp perguntam como pagar. O que vocês aceitam, e como cada pagamento é registrado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data restored</source>
        <translation>Dados móveis restabelecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile data returns. Three days of WhatsApp messages arrive at once. Who answers them, and in which order?</source>
        <translation>Os dados móveis voltam. Três dias de mensagens do WhatsApp chegam de uma vez. Quem responde a elas, e em que ordem?</translation>
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
        <translation>média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium to high</source>
        <translation>média a alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low to medium</source>
        <translation>baixa a média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (no source measures it)</source>
        <translation>suposto (nenhuma fonte mede)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/reference_table.py" line="+87"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiabilidade</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../continuity_app/gui/models/refusal.py" line="+33"/>
        <source>{label}: low, likely and high must go up: you typed {typed} (for example {example}).</source>
        <translation>{label}: mínimo, provável e máximo devem ir em ordem crescente: você digitou {typed} (por exemplo {example}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} must be more than {low} and at most {high}; you typed {typed}.</source>
        <translation>{label} deve ser maior que {low} e no máximo {high}; você digitou {typed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be from {low} to {high}; you typed {typed}.</source>
        <translation>{label} deve estar entre {low} e {high}; você digitou {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be more than {low}; you typed {typed}.</source>
        <translation>{label} deve ser maior que {low}; você digitou {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {low} or more; you typed {typed}.</source>
        <translation>{label} deve ser {low} ou mais; você digitou {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be {high} or less; you typed {typed}.</source>
        <translation>{label} deve ser {high} ou menos; você digitou {typed}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} cannot be left empty: {reason}</source>
        <translation>{label} não pode ficar vazio: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{typed}” was not used: {reason}</source>
        <translation>{label}: “{typed}” não foi usado: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type one number, or low – likely – high (for example 40 – 60 – 90).</source>
        <translation>digite um número, ou mínimo – provável – máximo (por exemplo 40 – 60 – 90).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type one number.</source>
        <translation>digite um número.</translation>
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
        <translation>Se acontecer com o negócio aberto:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Cenário:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario shown in the charts and table</source>
        <translation>Cenário mostrado nos gráficos e na tabela</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact over time</source>
        <translation>Impacto ao longo do tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By function</source>
        <translation>Por atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss per year</source>
        <translation>Perda por ano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: loss over outage duration</source>
        <translation>Gráfico: perda conforme a duração da queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by function</source>
        <translation>Gráfico: perda por atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: loss by category</source>
        <translation>Gráfico: perda por categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: chance of a yearly loss</source>
        <translation>Gráfico: chance de cada perda anual</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{p50} usually, {p90} one time in 10, {p99} one time in 100</source>
        <translation>{p50} normalmente, {p90} uma vez em 10, {p99} uma vez em 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{p50} in a typical year, {p90} in a bad year (1 in 10), {p99} in a very bad year (1 in 100)</source>
        <translation>{p50} num ano típico, {p90} num ano ruim (1 em 10), {p99} num ano muito ruim (1 em 100)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Nothing to show yet: add what your customers do on WhatsApp on the Functions page, and what an outage would cost appears here.</source>
        <translation>Nada para mostrar ainda: adicione na página Atividades o que seus clientes fazem no WhatsApp, e o custo de uma queda aparece aqui.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 if it strikes while the business is open (%3, its typical length); %4 on average over every hour of the week and every length (the yearly figure is built from this average); worst if it starts on %5 at %6 (%7).</source>
        <translation>%1: %2 se acontecer com o negócio aberto (%3, a duração típica); %4 em média entre todas as horas da semana e todas as durações (o valor anual é calculado a partir desta média); pior início: %5 às %6 (%7).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>While open</source>
        <translation>Com o negócio aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average outage</source>
        <translation>Queda média</translation>
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
        <translation>Uma queda custa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year of outages costs:</source>
        <translation>Um ano de quedas custa:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export S&amp;VG…</source>
        <translation>Exportar S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss by function in the chosen scenario</source>
        <translation>Perda por atividade no cenário escolhido</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1”, of typical length (%2), striking while the business is open: the figure to plan for. Averaged over every hour of the week and every length, it costs %3.</source>
        <translation>O cenário “%1”, com a duração típica (%2), acontecendo enquanto o negócio está aberto: o valor para planejar. Na média de todas as horas da semana e de todas as durações, custa %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>After %1, “%2” striking while the business is open costs more than the %3 the business can bear.</source>
        <translation>Depois de %1, o cenário “%2”, acontecendo com o negócio aberto, custa mais do que os %3 que o negócio aguenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>simulating…</source>
        <translation>simulando…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Function</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: missed for %2</source>
        <translation>%1: não atingido por %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reached after %2</source>
        <translation>%1: atingido após %2</translation>
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
        <translation>Análise da simulação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After-action review of the outage</source>
        <translation>Análise da queda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings against the plan</source>
        <translation>Tempos em comparação com o plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan expects</source>
        <translation>O plano prevê</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It took</source>
        <translation>Levou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was not done</source>
        <translation>O que não foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up tasks for the action plan</source>
        <translation>Tarefas de acompanhamento para o plano de ação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as PDF…</source>
        <translation>Salvar o relatório em PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the follow-up tasks and the record of this run to the plan</source>
        <translation>Adicionar ao plano as tarefas de acompanhamento e o resumo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started on %1 at %2 UTC; it lasted %3.</source>
        <translation>Começou em %1 às %2 UTC; durou %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Later than the plan expects, or never done.</source>
        <translation>Mais tarde do que o plano prevê, ou não foi feito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step was done.</source>
        <translation>Nada: todos os passos foram feitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: every switch was made.</source>
        <translation>Nenhuma: todas as mudanças de canal foram feitas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the plan: the follow-up tasks (%1), the record of this run and its date as the plan&apos;s review date. Undo takes them back; save the plan to keep them.</source>
        <translation>Adicionados ao plano: as tarefas de acompanhamento (%1), o resumo do que aconteceu e a data dele como data de revisão do plano. Desfazer retira tudo isso; salve o plano para mantê-los.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Salvar o relatório em PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved: %1</source>
        <translation>Não foi possível salvar o relatório: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is saved as %1.</source>
        <translation>Relatório salvo como %1.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+74"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does during an outage.</source>
        <translation>O que esta pessoa faz durante uma queda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who normally takes this role.</source>
        <translation>Quem normalmente assume este papel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate</source>
        <translation>Substituto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who steps in when the holder cannot be reached.</source>
        <translation>Quem assume quando não se consegue falar com o titular.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s phone number (not WhatsApp).</source>
        <translation>O telefone do titular (não o WhatsApp).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alternate&apos;s phone</source>
        <translation>Telefone do substituto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alternate&apos;s phone number.</source>
        <translation>O telefone do substituto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duties</source>
        <translation>Atribuições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this role does once an outage is declared.</source>
        <translation>O que este papel faz quando uma queda é declarada.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../continuity_app/core/scenarios.py" line="+179"/>
        <source>length unknown</source>
        <translation>duração desconhecida</translation>
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
        <translation>{event_count} em {years} anos: {how_often}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Events: {events}.</source>
        <translation>Eventos: {events}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lengths from these events: {events}.</source>
        <translation>Durações tiradas destes eventos: {events}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model follows an outage for one week at most, so {hours} h are counted</source>
        <translation>O modelo acompanha uma queda por no máximo uma semana, então são contadas {hours} h</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outage history holds no event of this kind, so the app&apos;s stated defaults apply: {how_often}, {duration} h typical length (listed with their sources on the Sources page).</source>
        <translation>O histórico de quedas não tem nenhum evento deste tipo, então valem os padrões declarados do aplicativo: {how_often}, duração típica de {duration} h (listados com as fontes na página Fontes).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{country}: {event_count} from {first} to {last}: {how_often}</source>
        <translation>{country}: {event_count} de {first} a {last}: {how_often}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: no nationwide government shutdown of this kind recorded from {first} to {last}, so none is expected; change the frequency if the risk has grown</source>
        <translation>{country}: nenhum bloqueio nacional deste tipo pelo governo registrado de {first} a {last}, então nenhum é esperado; mude a frequência se o risco aumentou</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{country}: no count of its own is published, so the world rate applies: {event_count} in {years} years across {countries}, so in one country {how_often}</source>
        <translation>{country}: não há contagem própria publicada, então vale a taxa mundial: {event_count} em {years} anos em {countries}, ou seja, num país, {how_often}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Weighted by the plan&apos;s countries: {how_often}</source>
        <translation>Ponderado pelos países do plano: {how_often}</translation>
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
        <translation>Duração típica = mediana das durações conhecidas ({known}) = {duration} h; a dispersão dos logaritmos é {sigma}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical length = median of the known lengths ({known}) = {duration} h; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Duração típica = mediana das durações conhecidas ({known}) = {duration} h; poucas durações para medir a dispersão, então vale o padrão declarado {sigma}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No length is known, so the stated default of {duration} h applies; too few lengths to measure a spread, so the stated default {sigma} applies</source>
        <translation>Nenhuma duração é conhecida, então vale o padrão declarado de {duration} h; poucas durações para medir a dispersão, então vale o padrão declarado {sigma}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{country} also had {event_count} that hit only one region (regional shutdowns) from {first} to {last}; they are not counted, so raise the frequency if your region is among those affected</source>
        <translation>{country} também teve {event_count} restritos a uma só região (bloqueios regionais) de {first} a {last}; eles não são contados, então aumente a frequência se a sua região está entre as afetadas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>How often this happens depends on the business&apos;s countries: it is counted for each country when a plan gives them</source>
        <translation>A frequência depende dos países do negócio: ela é contada para cada país quando o plano os informa</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="-89"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this kind of outage.</source>
        <translation>Um nome para este tipo de queda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What fails</source>
        <translation>O que cai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The infrastructure that stops working; every channel on it fails.</source>
        <translation>A infraestrutura que para de funcionar; todo canal que depende dela cai.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration (h)</source>
        <translation>Duração (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length of one outage, hours.</source>
        <translation>Duração típica de uma queda, em horas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many such outages to expect in a year. Double-click to type it as a number per year: 0.5 is once every two years, 4 is four times a year.</source>
        <translation>Quantas quedas desse tipo esperar num ano. Clique duas vezes para digitar como número por ano: 0,5 é uma vez a cada dois anos, 4 é quatro vezes por ano.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="+134"/>
        <source>Outages per year</source>
        <translation>Quedas por ano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the scenario a name.</source>
        <translation>dê um nome ao cenário.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/tables.py" line="+13"/>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pinned start time, or any time of the week (losses averaged).</source>
        <translation>Um horário de início fixo, ou qualquer hora da semana (perdas em média).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/scenarios_model.py" line="-33"/>
        <source>Any time</source>
        <translation>Qualquer hora</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/scenarios_page.py" line="+236"/>
        <location line="+16"/>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Say how often at least one scenario happens in a year.</source>
        <translation>Diga com que frequência pelo menos um cenário acontece num ano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outages this plan prepares for. Presets take their frequency and length from the outage history below; a channel keeps working in a scenario only when nothing it depends on fails. Double-click a name, duration or frequency to change it.</source>
        <translation>As quedas para as quais este plano se prepara. Os cenários prontos tiram a frequência e a duração do histórico de quedas abaixo; um canal só continua funcionando num cenário quando nada de que ele depende cai. Clique duas vezes num nome, numa duração ou numa frequência para alterá-los.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add preset</source>
        <translation>Adicionar cenário pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an outage scenario derived from the history.</source>
        <translation>Adicionar um cenário de queda baseado no histórico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add preset scenario</source>
        <translation>Adicionar cenário pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add custom scenario</source>
        <translation>Adicionar cenário personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario whose numbers you set yourself.</source>
        <translation>Adicionar um cenário com números definidos por você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected scenario from the plan.</source>
        <translation>Remover do plano o cenário selecionado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scenario</source>
        <translation>Remover cenário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected scenario</source>
        <translation>Cenário selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What fails (hover for details):</source>
        <translation>&amp;O que cai (passe o mouse para ver detalhes):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed infrastructure layers</source>
        <translation>Camadas de infraestrutura que caem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin the start time</source>
        <translation>&amp;Fixar o horário de início</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a pinned start the loss is averaged over every hour of the week, and the worst start is reported beside it.</source>
        <translation>Sem um início fixo, a perda é a média de todas as horas da semana, e o pior horário de início aparece ao lado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start weekday</source>
        <translation>Dia de início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the numbers come from</source>
        <translation>De onde vêm os números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Histórico de quedas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What failed</source>
        <translation>O que caiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (h)</source>
        <translation>Duração (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiabilidade</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every preset is in the plan</source>
        <translation>Todos os cenários prontos já estão no plano</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only one kind of outage so far: add the others with Add preset (a Meta-wide outage, a phone network outage, a government shutdown) to see what each would cost.</source>
        <translation>Só um tipo de queda por enquanto: adicione os outros com Adicionar cenário pronto (uma queda geral da Meta, uma queda da rede telefônica, um bloqueio pelo governo) para ver quanto cada um custaria.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A custom scenario: its frequency and duration are yours. Fails: %1.</source>
        <translation>Um cenário personalizado: a frequência e a duração são definidas por você. Cai: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: {source} (confidence: {confidence}).</source>
        <translation>Fonte: {source} (confiabilidade: {confidence}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A scenario needs at least one layer that fails.</source>
        <translation>Um cenário precisa de pelo menos uma camada que cai.</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Outage history (%n event(s))</source>
        <translation>
            <numerusform>Histórico de quedas (%n evento)</numerusform>
            <numerusform>Histórico de quedas (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show outage history</source>
        <translation>Mostrar histórico de quedas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none of the modelled layers</source>
        <translation>nenhuma das camadas do modelo</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../continuity_app/selftest.py" line="+60"/>
        <source>note: no display answers at {displays}; the window is checked offscreen.</source>
        <translation>observação: nenhuma tela responde em {displays}; a janela é verificada fora da tela (offscreen).</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../continuity_app/gui/app.py" line="+115"/>
        <source>The unsaved changes could not be written to the recovery folder: the window asks whether to save them. Press Ctrl+C again to quit without them.</source>
        <translation>Não foi possível gravar as alterações não salvas na pasta de recuperação: a janela vai perguntar se você quer salvá-las. Pressione Ctrl+C de novo para sair sem elas.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_page.py" line="+91"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every figure the model uses, with where it comes from and how far it can be trusted. Figures marked &apos;default&apos; are stated assumptions, not measurements: change them in your plan where you know better. &apos;Derived&apos; figures are computed from the others (for example from the outage history).</source>
        <translation>Todos os números que o modelo usa, de onde vêm e quanto se pode confiar neles. Os números marcados como &apos;padrão&apos; são suposições declaradas, não medições: altere-os no seu plano quando souber mais. Os marcados como &apos;derivado&apos; são calculados a partir dos outros (por exemplo, do histórico de quedas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to show only matching rows in every tab</source>
        <translation>Digite para mostrar só as linhas correspondentes em todas as abas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the reference tables</source>
        <translation>Filtrar as tabelas de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the selected row</source>
        <translation>Fonte da linha selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Copy source</source>
        <translation>Copiar fonte</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Source of the selected row (confidence: %1):</source>
        <translation>Fonte da linha selecionada (confiabilidade: %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the selected row:</source>
        <translation>Fonte da linha selecionada:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage by country</source>
        <translation>Uso por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage history</source>
        <translation>Histórico de quedas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country figures</source>
        <translation>Dados por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="+274"/>
        <source>Blocked apps</source>
        <translation>Apps bloqueados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data coverage</source>
        <translation>Cobertura dos dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelling defaults</source>
        <translation>Valores padrão do modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer behaviour</source>
        <translation>Comportamento dos clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutdowns and carrier outages</source>
        <translation>Bloqueios e quedas de operadoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario presets</source>
        <translation>Cenários prontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation steps</source>
        <translation>Medidas de preparação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function needs</source>
        <translation>Necessidades das atividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure layers</source>
        <translation>Camadas de infraestrutura</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/pages/sources_tables.py" line="-213"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>em parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>médio</translation>
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
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works without mobile data</source>
        <translation>Funciona sem dados móveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end encrypted</source>
        <translation>Criptografia de ponta a ponta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per message (USD)</source>
        <translation>Custo por mensagem (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up effort</source>
        <translation>Esforço de configuração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slows under sign-up surges</source>
        <translation>Fica lento com picos de cadastros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
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
        <translation>Parcela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was measured</source>
        <translation>O que foi medido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Used by the model</source>
        <translation>Usado pelo modelo</translation>
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
        <translation>um país</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Failed layers</source>
        <translation>Camadas que caíram</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Duration (h)</source>
        <translation>Duração (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the duration</source>
        <translation>Sobre a duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Abrangência</translation>
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
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Assumption</source>
        <translation>Suposição</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>What it measures</source>
        <translation>O que mede</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>O que é bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole app</source>
        <translation>o app inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its calls</source>
        <translation>as chamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down, not blocked</source>
        <translation>com velocidade reduzida, não bloqueado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in force</source>
        <translation>em vigor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apps with a usage figure</source>
        <translation>Apps com dado de uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest figure</source>
        <translation>Dado mais antigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest figure</source>
        <translation>Dado mais recente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>disponível</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counted from the other tabs: each figure keeps its own source there.</source>
        <translation>Contado a partir das outras abas: lá, cada dado mantém a sua própria fonte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind of function</source>
        <translation>Tipo de atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Setor</translation>
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
        <translation>Quanto tempo os clientes esperam (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share who come back later</source>
        <translation>Parcela que volta depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share lost for good</source>
        <translation>Parcela perdida de vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share that cannot wait</source>
        <translation>Parcela que não pode esperar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation>Por ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical length (h)</source>
        <translation>Duração típica (h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government mobile-data shutdown</source>
        <translation>Bloqueio de dados móveis pelo governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government internet shutdown</source>
        <translation>Bloqueio de internet pelo governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps blocked by the government</source>
        <translation>Aplicativos bloqueados pelo governo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nationwide mobile-carrier outage</source>
        <translation>Queda nacional de operadora de celular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole country</source>
        <translation>país inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one region</source>
        <translation>uma região</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages at least (h)</source>
        <translation>Quedas de pelo menos (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages under (h)</source>
        <translation>Quedas de menos de (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <translation>Contatos que aderem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready after (h)</source>
        <translation>Pronto após (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up work (h)</source>
        <translation>Trabalho de configuração (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (USD)</source>
        <translation>Mensalidade (USD)</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+116"/>
        <source>Figure</source>
        <translation>Dado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all sectors</source>
        <translation>todos os setores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First year</source>
        <translation>Primeiro ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WhatsApp blocked in the country (court or government)</source>
        <translation>WhatsApp bloqueado no país (Justiça ou governo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet shutdown by the government (kind not given)</source>
        <translation>Bloqueio de internet pelo governo (tipo não informado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not stated</source>
        <translation>não informado</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>local (e.g. %1)</source>
        <translation>método local (ex.: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one-to-one chats</source>
        <translation>conversas individuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast</source>
        <translation>transmissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business account or API</source>
        <translation>conta comercial ou API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>pagamentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Precisa de</translation>
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
        <translation>serviço de um fornecedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../continuity_app/report/printed_plan/sources.py" line="+1"/>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fails with it</source>
        <translation>O que cai junto</translation>
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
        <translation>O plano ainda não tem resultados para exportar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location line="-260"/>
        <source>Import functions from a spreadsheet</source>
        <translation>Importar atividades de uma planilha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel table with one row per function. Say which column holds each value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values low – likely – high.</source>
        <translation>Uma tabela CSV ou Excel com uma linha por atividade. Diga qual coluna tem cada valor; os títulos são reconhecidos automaticamente. Parcelas podem ser 0.8 ou 80 %, valores incertos mínimo – provável – máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen table</source>
        <translation>Tabela escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV or Excel file</source>
        <translation>Escolha um arquivo CSV ou Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the plan&apos;s functions as a table…</source>
        <translation>Salvar as atividades do plano como &amp;tabela…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan&apos;s functions to a CSV or Excel file in the columns this dialog reads, to edit them in a spreadsheet and import them back.</source>
        <translation>Grava as atividades do plano num arquivo CSV ou Excel com as colunas que esta janela lê, para você editá-las numa planilha e importá-las de volta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Coluna para %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First rows:</source>
        <translation>&amp;Primeiras linhas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows of the table</source>
        <translation>Primeiras linhas da tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems:</source>
        <translation>Pro&amp;blemas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the table</source>
        <translation>Problemas na tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the plan&apos;s functions</source>
        <translation>&amp;Adicionar às atividades do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the plan&apos;s functions</source>
        <translation>&amp;Substituir as atividades do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a functions table</source>
        <translation>Escolha uma tabela de atividades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabelas (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan&apos;s functions as a table</source>
        <translation>Salvar as atividades do plano como tabela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save the table</source>
        <translation>Não foi possível salvar a tabela</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(not used)</source>
        <translation>(não usado)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Linha %1, coluna “%2”: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>&amp;Import %n function(s)</source>
        <translation>
            <numerusform>&amp;Importar %n atividade</numerusform>
            <numerusform>&amp;Importar %n atividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+105"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>linha {row}, coluna {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}: {message}</source>
        <translation>linha {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e mais %n)</numerusform>
            <numerusform>(e mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}: choose a .csv or .xlsx file</source>
        <translation>{name}: escolha um arquivo .csv ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/table_files.py" line="+65"/>
        <source>{path}: no such file</source>
        <translation>{path}: arquivo não encontrado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Não foi possível ler {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{name} is not a regular file (it is a folder, a pipe or a device). Choose the spreadsheet file itself.</source>
        <translation>{name} não é um arquivo comum (é uma pasta, um pipe ou um dispositivo). Escolha o próprio arquivo da planilha.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is {size}; a functions table file is at most {limit}. Keep only the functions table in the file and save it again.</source>
        <translation>{name} tem {size}; um arquivo de tabela de atividades tem no máximo {limit}. Deixe só a tabela de atividades no arquivo e salve-o de novo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}: the sheet has {rows} rows; a functions table has at most {limit}. Delete the rows below the table (or copy the table to a new sheet) and save it again.</source>
        <translation>{name}: a aba tem {rows} linhas; uma tabela de atividades tem no máximo {limit}. Apague as linhas abaixo da tabela (ou copie a tabela para uma aba nova) e salve o arquivo de novo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the sheet has {columns} columns; a functions table has at most {limit}. Delete the columns right of the table and save it again.</source>
        <translation>{name}: a aba tem {columns} colunas; uma tabela de atividades tem no máximo {limit}. Apague as colunas à direita da tabela e salve o arquivo de novo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {cell} holds {length} characters; a cell of a functions table holds at most {limit}. Shorten that cell and save the file again.</source>
        <translation>{name}: {cell} tem {length} caracteres; uma célula de tabela de atividades tem no máximo {limit}. Encurte essa célula e salve o arquivo de novo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: reading the table took more than {seconds} seconds, far longer than a functions table needs. Keep only the functions table in the file and save it again.</source>
        <translation>{name}: a leitura da tabela levou mais de {seconds} segundos, muito mais do que uma tabela de atividades precisa. Deixe só a tabela de atividades no arquivo e salve-o de novo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>line {line}, cell {column}</source>
        <translation>linha {line}, célula {column}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line {line}</source>
        <translation>linha {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: line {line} cannot be read as CSV ({error}). Open the file in your spreadsheet program and save it again as CSV UTF-8.</source>
        <translation>{name}: a linha {line} não pode ser lida como CSV ({error}). Abra o arquivo no seu programa de planilhas e salve-o de novo como CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than {limit}</source>
        <translation>mais de {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} contains NUL characters, so it is not a text table (perhaps a workbook or another binary file named .csv). Save the table as CSV UTF-8 or as .xlsx and try again.</source>
        <translation>{name} contém caracteres NUL, então não é uma tabela de texto (talvez seja uma pasta de trabalho ou outro arquivo binário com extensão .csv). Salve a tabela como CSV UTF-8 ou como .xlsx e tente de novo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx</source>
        <translation>{name}: não é texto UTF-8; salve a tabela como CSV UTF-8 ou como .xlsx</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is password-protected or an old-style .xls workbook. Remove the password (or save it as .xlsx) in your spreadsheet program and try again.</source>
        <translation>{name} está protegido por senha ou é uma pasta de trabalho antiga (.xls). Remova a senha (ou salve como .xlsx) no seu programa de planilhas e tente de novo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV UTF-8 and try again.</source>
        <translation>{name} não é uma pasta de trabalho do Excel (.xlsx). Salve a tabela como .xlsx ou como CSV UTF-8 e tente de novo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook is damaged and cannot be read ({detail}). Open it in your spreadsheet program and save it again, or save the table as CSV UTF-8.</source>
        <translation>{name}: a pasta de trabalho está danificada e não pode ser lida ({detail}). Abra-a no seu programa de planilhas e salve-a de novo, ou salve a tabela como CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: the workbook unpacks to more than {size}, far more than a functions table needs, so it is not opened. Copy the functions table into a new workbook and save that.</source>
        <translation>{name}: descompactada, a pasta de trabalho passa de {size}, muito mais do que uma tabela de atividades precisa, então não será aberta. Copie a tabela de atividades para uma pasta de trabalho nova e salve essa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many parts</source>
        <translation>partes demais</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is password-protected. Remove the password in your spreadsheet program and try again.</source>
        <translation>{name} está protegido por senha. Remova a senha no seu programa de planilhas e tente de novo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: the workbook holds XML declarations that spreadsheet programs never write (a way to make a small file expand without end), so it is not opened. Copy the table into a new workbook and save that.</source>
        <translation>{name}: a pasta de trabalho contém declarações XML que programas de planilhas nunca gravam (um jeito de fazer um arquivo pequeno crescer sem fim), então não será aberta. Copie a tabela para uma pasta de trabalho nova e salve essa.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no sheets</source>
        <translation>nenhuma aba</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cell {cell}</source>
        <translation>célula {cell}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+6"/>
        <location filename="../../continuity_app/io/table_files.py" line="-435"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: o arquivo está vazio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Column {number}</source>
        <translation>Coluna {number}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{text} is a formula, and formulas are not computed here; type the value itself (or paste values only) in the spreadsheet</source>
        <translation>{text} é uma fórmula, e fórmulas não são calculadas aqui; digite o próprio valor na planilha (ou cole só os valores)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is a date, not a number; {hint}</source>
        <translation>{text} é uma data, não um número; {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not a finite number; {hint}</source>
        <translation>{text} não é um número finito; {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is not a whole number of people</source>
        <translation>{text} não é um número inteiro de pessoas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: give one number</source>
        <translation>{text}: informe um único número</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}: low – likely – high must be in rising order</source>
        <translation>{text}: mínimo – provável – máximo devem estar em ordem crescente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}: give one number or low – likely – high</source>
        <translation>{text}: informe um número ou mínimo – provável – máximo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a number; {hint}</source>
        <translation>{text} não é um número; {hint}</translation>
    </message>
    <message>
        <location filename="../../continuity_app/core/fields/function.py" line="-171"/>
        <source>write interactions per open day, such as 60 or 40 – 60 – 90</source>
        <translation>escreva as interações por dia de funcionamento, como 60 ou 40 – 60 – 90</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>write a share such as 0.8 or 80 %</source>
        <translation>escreva uma porcentagem, como 0.8 ou 80%</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>write a share such as 0.5 or 50 %</source>
        <translation>escreva uma porcentagem, como 0.5 ou 50%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>write a share such as 0.05 or 5 %</source>
        <translation>escreva uma porcentagem, como 0.05 ou 5%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write a share such as 0.9 or 90 %, or leave it empty for the default</source>
        <translation>escreva uma porcentagem, como 0.9 ou 90%, ou deixe vazio para usar o padrão</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>write a share such as 0.3 or 30 %</source>
        <translation>escreva uma porcentagem, como 0.3 ou 30%</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>write an amount in the plan currency, such as 35</source>
        <translation>escreva um valor na moeda do plano, como 35</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>write an amount in the plan currency, such as 2</source>
        <translation>escreva um valor na moeda do plano, como 2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>write hours, such as 4 or 1 – 4 – 12</source>
        <translation>escreva horas, como 4 ou 1 – 4 – 12</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>write messages per interaction, such as 3</source>
        <translation>escreva as mensagens por interação, como 3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>write a number of people, such as 5</source>
        <translation>escreva um número de pessoas, como 5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/spreadsheets.py" line="+8"/>
        <source>write a number</source>
        <translation>escreva um número</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not a kind of function; use one of {kinds}</source>
        <translation>{text} não é um tipo de atividade; use um destes: {kinds}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>choose a column for {fields}</source>
        <translation>escolha uma coluna para {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such column in the table</source>
        <translation>essa coluna não existe na tabela</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty</source>
        <comment>a required cell with nothing in it</comment>
        <translation>vazia</translation>
    </message>
    <message>
        <location filename="../../continuity_app/io/sheet_writers.py" line="+117"/>
        <source>{name}: give a file name ending in .csv or .xlsx</source>
        <translation>{name}: informe um nome de arquivo terminado em .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write {path}: {error}</source>
        <translation>não foi possível gravar {path}: {error}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../continuity_app/gui/outage/start_dialog.py" line="+74"/>
        <location line="+7"/>
        <source>Start outage mode</source>
        <translation>Iniciar o modo de contingência</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which outage is it? The window then shows the plan at work: the clock since now, the checklist, the messages and the log, saved as it goes.</source>
        <translation>Qual é a queda? Em seguida, a janela mostra o plano em ação: o relógio a partir de agora, a lista de passos, as mensagens e o registro, salvo a cada alteração.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run a tabletop exercise</source>
        <translation>Fazer uma simulação de mesa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which exercise? A facilitator moves its clock on and reads out its events; the team works from the plan as in a real outage.</source>
        <translation>Qual simulação? Um facilitador adianta o relógio e lê os eventos em voz alta; a equipe segue o plano como numa queda de verdade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the exercise</source>
        <translation>Iniciar a simulação</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../continuity_app/gui/outage/status_view.py" line="+46"/>
        <source>Where the outage stands, by the plan&apos;s figures</source>
        <translation>Situação da queda, pelos números do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss so far:</source>
        <translation>Perda até agora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest outage you can bear:</source>
        <translation>Queda mais longa que você aguenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum service, served now by the switches made:</source>
        <translation>Serviço mínimo, atendido agora com as mudanças de canal já feitas:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than a week; no limit within this outage.</source>
        <translation>mais de uma semana; nenhum limite nesta queda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, reached in %2.</source>
        <translation>%1, atingida daqui a %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, passed %2 ago.</source>
        <translation>%1, ultrapassada há %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 served, %3 needed within %4: met.</source>
        <translation>%1: %2 atendido, %3 exigido em até %4: cumprido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met yet, %5 left.</source>
        <translation>%1: %2 atendido, %3 exigido em até %4: ainda não cumprido, faltam %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 served, %3 needed within %4: not met, %5 too late.</source>
        <translation>%1: %2 atendido, %3 exigido em até %4: não cumprido, %5 de atraso.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/summary_page.py" line="+128"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first three things to do</source>
        <translation>As três primeiras coisas a fazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every recommendation</source>
        <translation>Ver todas as recomendações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan…</source>
        <translation>Imprimir o plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp is down: start outage mode…</source>
        <translation>O WhatsApp caiu: iniciar o modo de contingência…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a tabletop exercise…</source>
        <translation>Fazer uma simulação de mesa…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: what a WhatsApp outage would cost</source>
        <translation>%1: quanto custaria uma queda do WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: what an outage of WhatsApp and your other apps would cost</source>
        <translation>%1: quanto custaria uma queda do WhatsApp e dos seus outros apps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out the figures…</source>
        <translation>Calculando os números…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n activities rely on typical values no source measures for your business (how long customers wait, how many come back): replace them with yours on the Functions page when you know them.</source>
        <translation>
            <numerusform>%n atividade usa valores típicos que nenhuma fonte mede para o seu negócio (quanto tempo os clientes esperam, quantos voltam): troque pelos seus na página Atividades quando souber.</numerusform>
            <numerusform>%n atividades usam valores típicos que nenhuma fonte mede para o seu negócio (quanto tempo os clientes esperam, quantos voltam): troque pelos seus na página Atividades quando souber.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>With the %n open task(s) of your action plan done, you can expect to lose about {after} a year instead of {before}, and {p90_after} instead of {p90_before} in a bad year. The figures above are for today.</source>
        <translation>
            <numerusform>Depois de concluir %n tarefa pendente do seu plano de ação: perda esperada de cerca de {after} por ano em vez de {before}, e {p90_after} em vez de {p90_before} num ano ruim. Os números acima são os de hoje.</numerusform>
            <numerusform>Depois de concluir as %n tarefas pendentes do seu plano de ação: perda esperada de cerca de {after} por ano em vez de {before}, e {p90_after} em vez de {p90_before} num ano ruim. Os números acima são os de hoje.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One outage of about %1 while you are open</source>
        <translation>Uma queda de cerca de %1 com o negócio aberto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the longest outage you can bear is worked out on this one.</source>
        <translation>%1: a queda mais longa que você aguenta é calculada sobre esta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more than a week</source>
        <translation>mais de uma semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After that, one outage costs more than the %1 you said you can bear.</source>
        <translation>Depois disso, uma queda custa mais do que os %1 que você disse que aguenta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out what to do first…</source>
        <translation>Calculando o que fazer primeiro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to add now: no step saves more than it costs. See the Recommendations page for the reasons.</source>
        <translation>Nada a acrescentar agora: nenhuma medida economiza mais do que custa. Veja os motivos na página Recomendações.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (for %3): saves about %4 a year, costs about %5 a year.</source>
        <translation>%1. %2 (para %3): economiza cerca de %4 por ano, custa cerca de %5 por ano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your action plan: %1.</source>
        <translation>No seu plano de ação: %1.</translation>
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
        <translation>Atividade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worth a year ({currency})</source>
        <translation>Valor por ano ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Data de conclusão</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Continuity plan: {business}</source>
        <translation>Plano de continuidade: {business}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function: {function}</source>
        <translation>Atividade: {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: {owner}</source>
        <translation>Responsável: {owner}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost: {once} once, then {monthly} a month</source>
        <translation>Custo: {once} uma única vez, depois {monthly} por mês</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {monthly} a month</source>
        <translation>Custo: {monthly} por mês</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost: {once} once</source>
        <translation>Custo: {once} uma única vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost: none recorded</source>
        <translation>Custo: nenhum registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When done: {channel} reaches {readiness} of this function&apos;s WhatsApp contacts, who switch to it within {delay}.</source>
        <translation>Quando concluída: {channel} alcança {readiness} dos contatos de WhatsApp desta atividade, que passam para ele em até {delay}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worth: about {amount} a year of expected outage losses avoided.</source>
        <translation>Valor: evita cerca de {amount} por ano em perdas esperadas com quedas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Observações: {notes}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparation tasks: {business}</source>
        <translation>Tarefas de preparação: {business}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} é uma pasta; informe um nome de arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>não foi possível gravar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../continuity_app/core/fields/tasks.py" line="+15"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has to be done to make the channel ready.</source>
        <translation>O que precisa ser feito para deixar o canal pronto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity the task prepares a fallback for.</source>
        <translation>A atividade para a qual a tarefa prepara um canal alternativo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fallback channel the task makes ready.</source>
        <translation>O canal alternativo que a tarefa deixa pronto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (a name, or a role of the plan).</source>
        <translation>Quem faz a tarefa (um nome ou um papel do plano).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it should be done by.</source>
        <translation>A data até a qual a tarefa deve estar concluída.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, in progress, done or dropped. Only a done task counts in how ready the business is today.</source>
        <translation>Planejada, em andamento, concluída ou descartada. Só uma tarefa concluída conta na prontidão de hoje do negócio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One-off cost (%1)</source>
        <translation>Custo único (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What setting it up costs once, staff time included.</source>
        <translation>Quanto custa colocar em prática, uma única vez, incluindo o tempo da equipe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-off</source>
        <translation>Custo único</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost (%1)</source>
        <translation>Custo mensal (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it costs each month once it runs (fees, numbers).</source>
        <translation>Quanto custa por mês depois de funcionando (tarifas, números).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready when done (%)</source>
        <translation>Prontidão ao concluir (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the activity&apos;s WhatsApp customers the channel will reach once the task is done.</source>
        <translation>A parcela dos clientes de WhatsApp da atividade que o canal vai alcançar quando a tarefa for concluída.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch within (hours)</source>
        <translation>Tempo de ativação (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until those customers actually switch, once the task is done.</source>
        <translation>Horas até esses clientes passarem de fato para o canal, depois que a tarefa for concluída.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the owner of the task should know.</source>
        <translation>Tudo o que o responsável pela tarefa precisa saber.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/tasks_model.py" line="+128"/>
        <source>Saves a year</source>
        <translation>Economia/ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much less you can expect to lose to outages each year once this task alone is done (open tasks only).</source>
        <translation>Quanto você pode esperar perder a menos com quedas por ano quando só esta tarefa for concluída (apenas tarefas pendentes).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>Atrasada: o prazo era {date}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not assigned</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>say what has to be done.</source>
        <translation>diga o que precisa ser feito.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/tasks_page.py" line="+142"/>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “%1” is overdue.</source>
        <translation>A tarefa %1 está atrasada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is past its review date.</source>
        <translation>A data de revisão do plano já passou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The steps you have decided to take, with who does them and by when. A step counts in how ready you are today only once it is marked done; until then it shows in the right-hand column, as what the plan will give.</source>
        <translation>As medidas que você decidiu tomar, com quem faz cada uma e até quando. Uma medida só conta na sua prontidão de hoje depois de marcada como concluída; até lá, ela aparece na coluna da direita, como o que o plano vai trazer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nova tarefa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>&amp;Remover tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as spreadsheet (CSV)…</source>
        <translation>Exportar como planilha (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar (.ics)…</source>
        <translation>Exportar para calendário (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the plan as reviewed today</source>
        <translation>Marcar o plano como revisado hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation tasks</source>
        <translation>Tarefas de preparação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and when the open tasks are done</source>
        <translation>Hoje e com as tarefas pendentes concluídas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bad year (1 in 10)</source>
        <translation>Ano ruim (1 em 10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum service kept</source>
        <translation>Serviço mínimo mantido</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>With %n open task(s) done</source>
        <translation>
            <numerusform>Com %n tarefa pendente concluída</numerusform>
            <numerusform>Com as %n tarefas pendentes concluídas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No tasks yet. On the Recommendations page, choose a step and press “Add this step to the action plan”, or make one here with “New task”.</source>
        <translation>Nenhuma tarefa ainda. Na página Recomendações, escolha uma medida e clique em “Adicionar esta medida ao plano de ação”, ou crie uma aqui com “Nova tarefa”.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No open task: the same</source>
        <translation>Nenhuma tarefa pendente: igual</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>more than a week</source>
        <translation>mais de uma semana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no minimum set</source>
        <translation>nenhum mínimo definido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kept} of {count} activities keep it; not kept: {names}</source>
        <translation>{kept} de {count} atividades o mantêm; não mantêm: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kept} of {count} activities keep it</source>
        <translation>{kept} de {count} atividades o mantêm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review of this plan is recorded. Review it with the people who act in it, then mark it reviewed: the next review falls due six months later.</source>
        <translation>Nenhuma revisão deste plano foi registrada. Revise o plano com as pessoas que têm um papel nele e depois marque como revisado: a próxima revisão fica para seis meses depois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was due for review on %1: review it, then mark it.</source>
        <translation>A revisão do plano estava prevista para %1: revise o plano e depois marque como revisado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review of the plan: %1.</source>
        <translation>Próxima revisão do plano: %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export the tasks as a spreadsheet</source>
        <translation>Exportar as tarefas como planilha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n task(s) written to {path}.</source>
        <translation>
            <numerusform>%n tarefa salva em {path}.</numerusform>
            <numerusform>%n tarefas salvas em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the tasks to a calendar</source>
        <translation>Exportar as tarefas para um calendário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n open task(s) written to {path} as calendar entries, each on its due date with a reminder the day before.</source>
        <translation>
            <numerusform>%n tarefa pendente salva em {path} como evento de calendário, na data do prazo, com um lembrete no dia anterior.</numerusform>
            <numerusform>%n tarefas pendentes salvas em {path} como eventos de calendário, cada uma na data do seu prazo, com um lembrete no dia anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open task(s) have no due date and were left out: give them one.</source>
        <translation>
            <numerusform>%n tarefa pendente não tem prazo e ficou de fora: defina um prazo para ela.</numerusform>
            <numerusform>%n tarefas pendentes não têm prazo e ficaram de fora: defina um prazo para elas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tasks could not be written to %1: %2. Choose another place.</source>
        <translation>Não foi possível salvar as tarefas em %1: %2. Escolha outro local.</translation>
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
        <translation>Perda esperada por ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALE (annualised loss expectancy)</source>
        <translation>ALE (expectativa de perda anualizada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what outages cost in an average year: the cost of each kind of outage times how often it happens, added up.</source>
        <translation>quanto as quedas custam num ano médio: o custo de cada tipo de queda vezes a frequência com que acontece, tudo somado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest outage you can bear</source>
        <translation>Queda mais longa que você aguenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTPD (maximum tolerable period of disruption)</source>
        <translation>MTPD (período máximo tolerável de interrupção)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long an outage can last, striking while you are open, before its cost passes the largest loss you said you can bear.</source>
        <translation>quanto tempo uma queda pode durar, acontecendo com o negócio aberto, antes que o custo dela passe da maior perda que você disse que aguenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum service</source>
        <translation>Serviço mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBCO (minimum business continuity objective)</source>
        <translation>MBCO (objetivo mínimo de continuidade de negócios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of an activity&apos;s customers you must still serve during an outage, and how soon.</source>
        <translation>a parcela dos clientes de uma atividade que você ainda precisa atender durante uma queda, e em quanto tempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest loss you can bear from one outage</source>
        <translation>Maior perda que você aguenta numa queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss tolerance</source>
        <translation>Tolerância a perdas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most one outage may cost before the business is in trouble; the longest outage you can bear is read from it.</source>
        <translation>o máximo que uma queda pode custar antes de o negócio ficar em apuros; é dela que sai a queda mais longa que você aguenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A typical year</source>
        <translation>Um ano típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 (median)</source>
        <translation>P50 (mediana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of the simulated years lose less than this, half lose more.</source>
        <translation>metade dos anos simulados perde menos do que isso, e a outra metade, mais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bad year (1 in 10)</source>
        <translation>Um ano ruim (1 em 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90 (90th percentile)</source>
        <translation>P90 (percentil 90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in ten loses more than this.</source>
        <translation>só um ano simulado em cada dez perde mais do que isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A very bad year (1 in 100)</source>
        <translation>Um ano muito ruim (1 em 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P99 (99th percentile)</source>
        <translation>P99 (percentil 99)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one simulated year in a hundred loses more than this.</source>
        <translation>só um ano simulado em cada cem perde mais do que isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated years</source>
        <translation>Anos simulados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo simulation</source>
        <translation>Simulação de Monte Carlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app plays out thousands of possible years, with outages at random times and of random lengths, to show how much the loss can vary from one year to the next.</source>
        <translation>o aplicativo simula milhares de anos possíveis, com quedas em horários e de durações aleatórias, para mostrar quanto a perda pode variar de um ano para outro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation number</source>
        <translation>Número da simulação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same number gives the same simulated years, so that a result can be repeated and checked.</source>
        <translation>o mesmo número dá os mesmos anos simulados, para que um resultado possa ser repetido e conferido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone calls and SMS network</source>
        <translation>Rede de ligações e SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSTN and cellular network</source>
        <translation>Rede telefônica pública comutada (PSTN) e rede celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mobile operator&apos;s network for ordinary calls and text messages; it works when the internet apps do not, and fails when the operator does.</source>
        <translation>a rede da operadora para ligações e mensagens de texto comuns; funciona quando os aplicativos de internet não funcionam, e cai quando a operadora cai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready today</source>
        <translation>Alcance hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fallback readiness</source>
        <translation>Prontidão do canal alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share of this activity&apos;s customers you could reach on the channel today. Channels overlap: with 40% on SMS and 60% on calls, the app counts 1 - 0.6 x 0.4 = 76% reached, not 100%, because some customers are on both.</source>
        <translation>a parcela dos clientes desta atividade que você conseguiria alcançar pelo canal hoje. Os canais se sobrepõem: com 40% no SMS e 60% em ligações, o aplicativo conta 1 - 0,6 x 0,4 = 76% alcançados, não 100%, porque alguns clientes estão nos dois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to switch</source>
        <translation>Tempo para mudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation delay</source>
        <translation>Tempo de ativação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long after an outage starts the channel is in use: noticing the outage, deciding, and telling customers where to go.</source>
        <translation>quanto tempo depois do início da queda o canal passa a ser usado: perceber a queda, decidir e avisar os clientes para onde ir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not expected (frequency 0)</source>
        <translation>não esperada (frequência 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {count} times a year</source>
        <translation>cerca de {count} vezes por ano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about once a year</source>
        <translation>cerca de uma vez por ano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about once every {years} years</source>
        <translation>cerca de uma vez a cada {years} anos</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../continuity_app/gui/pages/welcome_page.py" line="+104"/>
        <source>Welcome</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be ready when WhatsApp goes down</source>
        <translation>Esteja pronto quando o WhatsApp cair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work out what an outage of WhatsApp and the apps that fail with it would cost your business, which fallback channels to prepare, and print a continuity plan. Everything stays on this computer.</source>
        <translation>Descubra quanto uma queda do WhatsApp e dos apps que caem junto custaria ao seu negócio, quais canais alternativos preparar, e imprima um plano de continuidade. Tudo fica neste computador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explore an example</source>
        <translation>Explore um exemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a finished plan of a real-world kind of business and look around.</source>
        <translation>Abra um plano pronto de um tipo de negócio real e dê uma olhada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example plans</source>
        <translation>Planos de exemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open an example.</source>
        <translation>Clique duas vezes ou pressione Enter para abrir um exemplo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan</source>
        <translation>Comece um plano novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer a few questions an owner can answer (what customers do on WhatsApp, how many a day, what an order is worth); it takes about ten minutes.</source>
        <translation>Responda algumas perguntas que todo dono de negócio sabe responder (o que os clientes fazem no WhatsApp, quantos por dia, quanto vale um pedido); leva uns dez minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent plans (double-click to open):</source>
        <translation>Planos recentes (clique duas vezes para abrir):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent plans</source>
        <translation>Planos recentes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open a plan file…</source>
        <translation>Abra um arquivo de plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a plan saved on this computer.</source>
        <translation>Continue um plano salvo neste computador.</translation>
    </message>
</context>
<context>
    <name>_ActivitiesPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="+356"/>
        <source>What runs on WhatsApp</source>
        <translation>O que roda no WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your customers and staff do there, and how much of it.</source>
        <translation>O que seus clientes e sua equipe fazem lá, e quanto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what runs on WhatsApp. For each, count chats, orders or bookings on a normal open day (not messages), and how many of them come by WhatsApp, by Instagram and by Facebook (the rest by phone, in person or elsewhere). Leave what you are not sure of: the plan starts from typical values, marked as such.</source>
        <translation>Marque o que roda no WhatsApp. Para cada item, conte as conversas, pedidos ou agendamentos num dia normal de funcionamento (não as mensagens) e quantos deles chegam pelo WhatsApp, pelo Instagram e pelo Facebook (o resto por telefone, presencialmente ou por outros meios). Deixe em branco o que você não souber: o plano começa com valores típicos, marcados como tal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About how many a day (all channels)</source>
        <translation>Mais ou menos quantos por dia (todos os canais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By WhatsApp</source>
        <translation>Pelo WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Instagram</source>
        <translation>Pelo Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Facebook</source>
        <translation>Pelo Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one (%1)</source>
        <translation>Valor de cada um (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answering questions before and after a sale</source>
        <translation>responder dúvidas antes e depois da venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking orders and closing sales in chats</source>
        <translation>receber pedidos e fechar vendas nas conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending payment links, confirming payments</source>
        <translation>enviar links de pagamento, confirmar pagamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff groups, shifts, daily instructions</source>
        <translation>grupos da equipe, turnos, instruções do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordering stock, arranging supplies</source>
        <translation>pedir estoque, combinar entregas de fornecedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broadcast lists, offers, new products</source>
        <translation>listas de transmissão, ofertas, novidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings and reminders</source>
        <translation>agendamentos e lembretes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers, drop-off times, delivery updates</source>
        <translation>entregadores, horários de entrega, atualizações de entrega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how many a day</source>
        <translation>%1: quantos por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share by WhatsApp</source>
        <translation>%1: parcela pelo WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: share by Instagram</source>
        <translation>%1: parcela pelo Instagram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: share by Facebook</source>
        <translation>%1: parcela pelo Facebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical for this kind of activity: %1%. Change it to yours.</source>
        <translation>Típico para este tipo de atividade: %1%. Troque pelo seu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: what one is worth</source>
        <translation>%1: quanto vale cada um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sale</source>
        <translation>sem venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity brings no sale of its own.</source>
        <translation>Esta atividade não gera venda por si só.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>não sei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money one brings in (an order&apos;s value, a booking&apos;s fee). Not sure: the plan starts from %1 (about %2 hours of work), marked as a default.</source>
        <translation>O dinheiro que cada um traz (o valor de um pedido, o preço de um agendamento). Não sabe: o plano começa com %1 (cerca de %2 horas de trabalho), marcado como padrão.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one thing the business does on WhatsApp.</source>
        <translation>Marque pelo menos uma coisa que o negócio faz no WhatsApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say about how many a day for %1 (a rough count is fine).</source>
        <translation>Diga mais ou menos quantos por dia para %1 (uma conta aproximada serve).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1, the shares by WhatsApp, Instagram and Facebook add up to more than 100%; lower one of them.</source>
        <translation>Para %1, as parcelas pelo WhatsApp, pelo Instagram e pelo Facebook somam mais de 100%; diminua uma delas.</translation>
    </message>
</context>
<context>
    <name>_BearablePage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-74"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of your WhatsApp sales, %1; change it if you can bear more or less.</source>
        <translation>O máximo que uma queda pode custar antes de o negócio ficar em apuros. É daí que o plano tira a queda mais longa que você aguenta. Começamos com um dia das suas vendas pelo WhatsApp, %1; mude se você aguenta mais ou menos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most one outage may cost before the business is in trouble. The plan reads from it the longest outage you can bear. We start from one day of the sales the worst outage would cut off (WhatsApp and the other apps on Meta&apos;s infrastructure), %1; change it if you can bear more or less.</source>
        <translation>O máximo que uma queda pode custar antes de o negócio ficar em apuros. É daí que o plano tira a queda mais longa que você aguenta. Começamos com um dia das vendas que a pior queda interromperia (o WhatsApp e os outros apps da infraestrutura da Meta), %1; mude se você aguenta mais ou menos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you can bear</source>
        <translation>Quanto você aguenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss that would put the business in trouble.</source>
        <translation>A perda que deixaria o negócio em apuros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest loss you can bear from one outage (%1)</source>
        <translation>Maior perda que você aguenta numa queda (%1)</translation>
    </message>
</context>
<context>
    <name>_BusinessPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_business.py" line="-285"/>
        <source>Your business</source>
        <translation>Seu negócio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who the plan is for, where your customers are and when you are open.</source>
        <translation>Para quem é o plano, onde estão seus clientes e quando você abre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name</source>
        <translation>&amp;Nome do negócio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The business this plan is for.</source>
        <translation>O negócio para o qual é este plano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What it does</source>
        <translation>&amp;O que o negócio faz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main &amp;country</source>
        <translation>&amp;País principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where most of your customers are. Type to search.</source>
        <translation>Onde está a maioria dos seus clientes. Digite para buscar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second c&amp;ountry</source>
        <translation>Se&amp;gundo país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country where many of your customers are, and its share.</source>
        <translation>Outro país onde estão muitos dos seus clientes, e a parcela dele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every amount in the plan uses it.</source>
        <translation>Todos os valores do plano usam esta moeda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;from</source>
        <translation>Aberto &amp;das</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When customers can reach you; change it later for each day.</source>
        <translation>Quando os clientes conseguem falar com você; depois dá para mudar para cada dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The days you are open.</source>
        <translation>Os dias em que você abre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who work in the business, you included.</source>
        <translation>Pessoas que trabalham no negócio, incluindo você.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>In a few words. The app uses it to pick how customers of such a business usually behave.</source>
        <translation>Em poucas palavras. O app usa isso para escolher como os clientes de um negócio desse tipo costumam se comportar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One &amp;hour of work costs</source>
        <translation>Uma hora de &amp;trabalho custa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an hour of one person&apos;s work costs you, in the plan&apos;s currency. It prices the time lost when staff cannot coordinate.</source>
        <translation>Quanto custa para você uma hora de trabalho de uma pessoa, na moeda do plano. Serve para dar preço ao tempo perdido quando a equipe não consegue se coordenar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>Fecha às</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also</source>
        <translation>Também</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country</source>
        <translation>Segundo país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the second country</source>
        <translation>Parcela do segundo país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Al-Zaytouna Bakery</source>
        <translation>ex.: Padaria Pão Dourado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bakery, clinic, online shop</source>
        <translation>ex.: padaria, clínica, loja on-line</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the business a name.</source>
        <translation>Dê um nome ao negócio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the main country from the list.</source>
        <translation>Escolha o país principal na lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a second country other than the main one.</source>
        <translation>Escolha um segundo país diferente do principal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one day you are open.</source>
        <translation>Marque pelo menos um dia em que você abre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time must come after the opening time.</source>
        <translation>O horário de fechar deve ser depois do horário de abrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what one hour of work costs you (an estimate is fine).</source>
        <translation>Diga quanto custa para você uma hora de trabalho (uma estimativa serve).</translation>
    </message>
</context>
<context>
    <name>_CustomersPage</name>
    <message>
        <location filename="../../continuity_app/gui/new_plan_dialog.py" line="-134"/>
        <source>When WhatsApp stops</source>
        <translation>Quando o WhatsApp para</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your customers would do, as far as you know. &quot;I don&apos;t know&quot; keeps the published figures.</source>
        <translation>O que seus clientes fariam, até onde você sabe. “Não sei” mantém os números publicados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you do not answer, how long do most customers &amp;wait before they go elsewhere?</source>
        <translation>Se você não responde, quanto tempo a maioria dos clientes &amp;espera antes de procurar outro lugar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know (use the published figures)</source>
        <translation>Não sei (usar os números publicados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than an hour</source>
        <translation>Menos de uma hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A couple of hours</source>
        <translation>Umas duas horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest of the day</source>
        <translation>O resto do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the next day</source>
        <translation>Até o dia seguinte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of your customers could reach you today another way? Count only those who already have the number, address or account.</source>
        <translation>Quantos dos seus clientes conseguiriam falar com você hoje por outro meio? Conte só os que já têm o número, o endereço ou a conta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few (about 1 in 10)</source>
        <translation>Poucos (cerca de 1 em 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 1 in 4</source>
        <translation>Cerca de 1 em 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About half</source>
        <translation>Cerca de metade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most</source>
        <translation>A maioria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of each sale, how much do you &amp;keep after paying for the goods? (optional)</source>
        <translation>De cada venda, quanto &amp;sobra para você depois de pagar a mercadoria? (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure</source>
        <translation>não sei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your gross margin. If you give it, losses are counted as lost profit; if not, as lost sales.</source>
        <translation>Sua margem bruta. Se informada, as perdas contam como lucro perdido; se não, como vendas perdidas.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+21"/>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/__init__.py" line="-10"/>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <location filename="../../continuity_app/cli/argparse_texts.py" line="-4"/>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: erro: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>esperado no máximo um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>esperado pelo menos um argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor inválido para %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>valor inválido: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não foi possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
