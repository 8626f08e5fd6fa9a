"""The quality gate for common newsroom phrasings: one sentence for each way reporters write a stance.

Every sentence is written for these tests; none comes from the seeds or the development set. Each case
lists every claim the sentence must yield, so an extra claim fails as surely as a missing one, and a
sentence that yields none says what the bot must not claim (an analyst's "could", an actor outside the
taxonomy).
"""

from __future__ import annotations

import pytest

from bot.analysis import analyze, analyze_many
from bot.lexicon import Lexicon
from tests.analysis_helpers import article, claims_of

Triple = tuple[str, str, str]


PHRASINGS: list[tuple[str, set[Triple]]] = [
    # a mission named by where it goes ('a military mission in Ukraine') is the force
    (
        "Hungary will not take part in any military mission in Ukraine, Prime Minister Viktor Orban said.",
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Moscow has repeatedly said it will not accept the presence of troops from NATO countries in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin dismissed the idea of a European force in Ukraine as unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Italy has ruled out sending soldiers to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    (
        "Spain said it was too early to discuss sending troops to Ukraine.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    # equipment given for a purpose: the purpose is the topic ('naval assets to secure the Black Sea')
    (
        "Turkey has offered to contribute naval assets to secure the Black Sea.",
        {("turkey", "maritime-security", "supports")},
    ),
    (
        "Estonia said it was ready to send a company-sized unit to Ukraine.",
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        "Lavrov said any foreign troops deployed in Ukraine would be a legitimate target for the Russian army.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Zelensky called for an American backstop to any European force.", {("ukraine", "us-backstop", "supports")}),
    ("Vance ruled out sending American troops to Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Meloni proposed extending NATO's Article 5 protections to Ukraine without membership.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    (
        "Sweden's prime minister said his country did not rule out sending troops to Ukraine.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    (
        "The Netherlands is willing in principle to contribute to a security force in Ukraine, the Dutch defence"
        " minister said.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Germany has not yet decided whether to send soldiers to Ukraine, a government spokesman said.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain and France have said they are prepared to deploy troops to Ukraine after a ceasefire.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Poland will not send troops to Ukraine but will serve as a logistics hub for the mission, Tusk said.",
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    # contributing to the force is sending one's own troops
    (
        "Canada is open to contributing to a reassurance force, Carney said.",
        {("canada", "troop-contribution", "supports")},
    ),
    (
        "Peskov said the Kremlin categorically opposes the deployment of European troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Finland said it would contribute troops only if the United States provided a backstop.",
        {("finland", "troop-contribution", "conditional"), ("finland", "us-backstop", "supports")},
    ),
    (
        "Norway's government is considering whether to send troops, the foreign minister said.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    (
        "Russia will never agree to the deployment of NATO troops in Ukraine, Zakharova said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Ukraine's foreign minister welcomed the plan for a multinational force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # hosting the mission backs it; 'the mission' is the force
    (
        "Romania announced that it would host the mission's headquarters.",
        {("romania", "reassurance-force", "supports")},
    ),
    # minesweepers clear the sea lanes
    ("Belgium pledged to send minesweepers to clear the Black Sea.", {("belgium", "maritime-security", "supports")}),
    # a capitalised army ('its Self-Defense Forces') is still the holder's own troops
    (
        "Japan does not plan to send its Self-Defense Forces to Ukraine, the chief cabinet secretary said.",
        {("japan", "troop-contribution", "opposes")},
    ),
    # willing to consider is no decision yet
    (
        "Australia has indicated it is willing to consider contributing to the peacekeeping force.",
        {("australia", "troop-contribution", "noncommittal")},
    ),
    (
        "Slovakia's prime minister Robert Fico said his country would never send soldiers to Ukraine.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "The Czech government backed the idea of a reassurance force but has not committed troops.",
        {("czechia", "reassurance-force", "supports"), ("czechia", "troop-contribution", "noncommittal")},
    ),
    (
        "Lithuania stands ready to contribute troops to the mission, its defence minister said.",
        {("lithuania", "troop-contribution", "supports")},
    ),
    (
        "Denmark said it was prepared to contribute to a force in Ukraine.",
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        "The Kremlin warned that the arrival of Western troops in Ukraine would mean a direct conflict with NATO.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Medvedev said European peacekeepers in Ukraine would mean war.", {("russia", "reassurance-force", "opposes")}),
    (
        "Zelensky said Ukraine needs security guarantees from the United States.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # 'remains the best security guarantee' backs what it describes
    (
        "Kyiv insists that joining NATO remains the best security guarantee.",
        {("ukraine", "nato-membership", "supports")},
    ),
    # what is demanded is the demand's object, subject and all
    ("Moscow demands that Ukraine abandon its ambition to join NATO.", {("russia", "nato-membership", "opposes")}),
    (
        "The United States will not support Ukraine's bid to join NATO, Hegseth said.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "Rubio said Washington was committed to security guarantees for Ukraine.",
        {("united-states", "security-guarantees", "supports")},
    ),
    # leading the work on a plan backs it
    (
        "France is leading efforts to build a reassurance force for Ukraine.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "The British government has drawn up plans to send troops to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Berlin remains skeptical about sending German soldiers to Ukraine.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Greece has no intention of sending troops to Ukraine, the government said.",
        {("greece", "troop-contribution", "opposes")},
    ),
    ("Macron said European troops would not be deployed on the front line.", {("france", "tripwire", "opposes")}),
    (
        "The Kremlin said it was too early to talk about peacekeepers.",
        {("russia", "reassurance-force", "noncommittal")},
    ),
    (
        "Estonia's prime minister said his country was ready to send troops to Ukraine if a peace deal is reached.",
        {("estonia", "troop-contribution", "conditional")},
    ),
    # a noun cue under a hedged verb ('could play a role') is speculation
    ("Turkey could play a role in securing the Black Sea, analysts said.", set()),
    (
        "Zakharova described the plans to deploy Western troops as a provocation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Britain has committed to providing air policing over Ukraine.", {("united-kingdom", "air-defence", "supports")}),
    ("The White House has refused to commit to a US backstop.", {("united-states", "us-backstop", "opposes")}),
    (
        "The Pentagon has not committed to providing a backstop for the European force.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Putin rejected the presence of any foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Kyiv has welcomed the coalition's readiness to deploy a reassurance force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The Dutch prime minister said the Netherlands would consider sending troops.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    # monitoring a ceasefire is intelligence support
    (
        "The Finnish president said Finland would be ready to contribute to the monitoring of a ceasefire.",
        {("finland", "intelligence-support", "supports")},
    ),
    (
        "Moscow views any deployment of European forces in Ukraine as a threat to its security.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # policing the skies is air defence
    (
        "Sweden intends to contribute fighter jets to police Ukraine's airspace.",
        {("sweden", "air-defence", "supports")},
    ),
    (
        "Norway supports the creation of a multinational force for Ukraine.",
        {("norway", "reassurance-force", "supports")},
    ),
    (
        "The United States agreed to provide intelligence to the European force, officials said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "Poland objected to sending its own troops, saying it must protect its own border.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Germany signaled openness to sending troops to Ukraine under the right conditions.",
        {("germany", "troop-contribution", "supports")},
    ),
    (
        "Austria, Ireland and Malta have said their neutrality rules out sending soldiers.",
        {("austria", "troop-contribution", "opposes"), ("ireland", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin has made clear that it will not tolerate Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain is prepared to put British troops on the ground in Ukraine, Starmer wrote in the Telegraph.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # what a side says it could do is its own (conditional) offer; what others say it could do is speculation
    (
        "Estonia's defence minister said Tallinn could send a unit, but only with American air cover.",
        {("estonia", "troop-contribution", "conditional"), ("estonia", "us-backstop", "supports")},
    ),
    ("Macron said France could send thousands of troops to Ukraine.", {("france", "troop-contribution", "supports")}),
    ("Analysts say Britain could send 10,000 troops to Ukraine.", set()),
    ("Britain could send 10,000 troops to Ukraine, a French official said.", set()),
    (
        "Czechia will contribute to the mission only if the United States provides a backstop, Fiala said.",
        {("czechia", "troop-contribution", "conditional"), ("czechia", "us-backstop", "supports")},
    ),
    (
        "The Pentagon said the United States would not deploy troops to Ukraine under any circumstances.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Sybiha said Kyiv wants a binding security guarantee from its partners.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Zelensky urged European leaders to deploy a reassurance force as soon as a ceasefire takes hold.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Lavrov dismissed talk of a European peacekeeping force as an attempt to drag NATO into the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Turkey is willing to take part in a naval mission in the Black Sea, Fidan said.",
        {("turkey", "maritime-security", "supports")},
    ),
    ("Romania offered its airbases for the air policing mission.", {("romania", "air-defence", "supports")}),
    (
        "Finland has not ruled out contributing troops to the force.",
        {("finland", "troop-contribution", "noncommittal")},
    ),
    # a refusal 'without a mandate' is a condition, not a refusal
    (
        "Merz has said Germany will not send soldiers without a mandate from the Bundestag.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Rutte said NATO supports the coalition's efforts to provide security guarantees for Ukraine.",
        {("nato", "security-guarantees", "supports")},
    ),
    (
        "The European Union has endorsed the idea of a multinational force in Ukraine.",
        {("european-union", "reassurance-force", "supports")},
    ),
    ("Tusk said Poland had no plans to send troops to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    # a topic given up under the cue reverses it: rejecting a deal that abandons the bid backs the bid
    (
        "Kyiv has rejected any deal that would require it to give up its bid to join NATO.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Witkoff said the United States was prepared to offer Article 5-like guarantees to Ukraine.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    ("Peskov said Russia opposes any NATO membership for Ukraine.", {("russia", "nato-membership", "opposes")}),
    (
        "The Netherlands will contribute two frigates to a Black Sea mission, the defence ministry announced.",
        {("netherlands", "maritime-security", "supports")},
    ),
    (
        "Norway is ready to help with demining, its foreign minister said.",
        {("norway", "maritime-security", "supports")},
    ),
    ("Meloni reiterated that Italy will not send troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    (
        "Japan said it would consider providing non-military support to the mission.",
        {("japan", "reassurance-force", "noncommittal")},
    ),
    (
        "Canada will provide surveillance aircraft to help monitor a ceasefire, Carney announced.",
        {("canada", "intelligence-support", "supports")},
    ),
    (
        "Britain said it would lead a multinational force in Ukraine.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Orban said Hungary opposes the deployment of European troops in Ukraine.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said Moscow would consider any foreign military contingent in Ukraine a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Denmark is among the countries that have pledged troops for the force.",
        {("denmark", "troop-contribution", "supports")},
    ),
    ("Belgium has signalled it is ready to send troops to Ukraine.", {("belgium", "troop-contribution", "supports")}),
    (
        "Putin said Russia would not accept NATO troops in Ukraine in any form.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lithuania's president Gitanas Nauseda said his country is ready to send troops.",
        {("lithuania", "troop-contribution", "supports")},
    ),
    # threats against the troops oppose them
    (
        "Medvedev warned that any European troops in Ukraine would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "France, Britain and Estonia have all said they are willing to send troops.",
        {
            ("estonia", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        "The Kremlin said it saw no role for European peacekeepers in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Greece will not participate in the force, a government spokesman said.",
        {("greece", "troop-contribution", "opposes")},
    ),
    # 'must include' sets a condition
    (
        "Zelensky said any security guarantees must include the United States.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    # what nothing works without is needed; an exclusion of one's own part still refuses it
    (
        "No peacekeeping mission can succeed without American air support, Starmer said.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    ("Hegseth said the mission would go ahead without US troops.", {("united-states", "us-ground-troops", "opposes")}),
    # troops as the subject of "will not go": the speaker's side's own
    (
        "“Polish soldiers will not go to Ukraine,” the Polish defence minister said.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # undecided, conditional and reported stances
    (
        "Spain has yet to decide whether it will contribute troops, a government source said.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    ("Berlin has so far declined to commit troops to the force.", {("germany", "troop-contribution", "opposes")}),
    (
        "The Italian government said any deployment would need the approval of parliament.",
        {("italy", "troop-contribution", "conditional")},
    ),
    (
        "Canada says it is too soon to talk about deploying Canadian soldiers.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "Peskov said the Kremlin had not discussed the issue of peacekeepers.",
        {("russia", "reassurance-force", "noncommittal")},
    ),
    ("Putin told Trump that Russia could accept European peacekeepers, according to a White House official.", set()),
    (
        "Trump said Putin had agreed to security guarantees for Ukraine.",
        {("russia", "security-guarantees", "supports")},
    ),
    (
        "Zelensky said Russia would never accept foreign troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said Moscow would not agree to any NATO troops being stationed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kyiv wants the reassurance force to be deployed as soon as possible, Sybiha said.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Britain remains committed to leading the coalition, the defence secretary said.", set()),
    (
        "The Czech Republic is considering sending a small contingent.",
        {("czechia", "troop-contribution", "noncommittal")},
    ),
    (
        "Estonia will send troops to Ukraine, Prime Minister Kristen Michal said on Tuesday.",
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        "Romania does not intend to send troops, President Nicusor Dan said.",
        {("romania", "troop-contribution", "opposes")},
    ),
    (
        "Japan will not send troops but will help with demining, the foreign ministry said.",
        {("japan", "maritime-security", "supports"), ("japan", "troop-contribution", "opposes")},
    ),
    (
        "Hegseth made clear that Washington would not provide a security backstop.",
        {("united-states", "us-backstop", "opposes")},
    ),
    (
        "Witkoff said the US was ready to offer robust security guarantees.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Trump did not rule out providing air support to the European force.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    # lists and coordination: each member named holds it, "neither ... nor" refuses
    (
        "Countries including Germany, Poland and Spain have refused to send troops.",
        {
            ("germany", "troop-contribution", "opposes"),
            ("poland", "troop-contribution", "opposes"),
            ("spain", "troop-contribution", "opposes"),
        },
    ),
    (
        "Several countries, among them Finland and Sweden, have said they are willing to contribute troops.",
        {("finland", "troop-contribution", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    ("Macron said Britain was ready to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Both France and Britain have offered to lead the force.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Neither Italy nor Spain will send soldiers to Ukraine.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "Italy, like Spain, has ruled out sending troops.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "Germany and Poland, however, remain opposed to sending soldiers.",
        {("germany", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Washington has repeatedly ruled out deploying US troops to Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The Baltic states have backed the plan for a reassurance force.",
        {
            ("estonia", "reassurance-force", "supports"),
            ("latvia", "reassurance-force", "supports"),
            ("lithuania", "reassurance-force", "supports"),
        },
    ),
    (
        "The UK has been at the forefront of efforts to create a multinational force for Ukraine.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Moscow has warned that it will treat any Western troops in Ukraine as legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin has repeatedly rejected the deployment of peacekeepers from NATO countries.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "In an interview, Rutte said NATO would not be part of the reassurance force.",
        {("nato", "troop-contribution", "opposes")},  # staying out of the force is not opposing it
    ),
    # polarity: double negatives, "no longer", "far from", "nobody opposes", "not opposed to"
    (
        "Hungary will never agree to sending Hungarian soldiers to Ukraine.",
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Russia does not object to European troops in Ukraine, Putin said.",
        {("russia", "reassurance-force", "supports")},
    ),
    ("Moscow would not tolerate any foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Germany is not against sending troops, Merz said.", {("germany", "troop-contribution", "supports")}),
    (
        "No Western troops will be deployed in Ukraine without Russia's consent, Lavrov said.",
        {("russia", "reassurance-force", "conditional")},
    ),
    (
        "Far from opposing the force, Poland has offered logistical support.",
        {("poland", "reassurance-force", "supports")},
    ),
    (
        "The Kremlin refused to rule out accepting European peacekeepers.",
        {("russia", "reassurance-force", "noncommittal")},
    ),
    ("Italy is no longer willing to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Spain has stopped short of committing troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Russia denied that it had rejected a European force.", set()),
    (
        "Britain will not hesitate to send troops to Ukraine, Starmer said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Finland never ruled out sending soldiers.", {("finland", "troop-contribution", "noncommittal")}),
    (
        "Nobody in Paris opposes a reassurance force, the French minister said.",
        {("france", "reassurance-force", "supports")},
    ),
    ("Russia rejects any plan that would not include Russian interests, Lavrov said.", set()),
    ("Ukraine does not need foreign troops, the Kremlin claimed.", {("ukraine", "reassurance-force", "opposes")}),
    ("Estonia is not opposed to deploying its troops to Ukraine.", {("estonia", "troop-contribution", "supports")}),
    ("Latvia cannot rule out sending troops.", {("latvia", "troop-contribution", "noncommittal")}),
    # "not on the table" starts where "was on" would: the longer phrase wins
    ("Germany said sending troops was not on the table.", {("germany", "troop-contribution", "opposes")}),
    (
        "“Sending troops is not on the agenda for us,” the Italian foreign minister Antonio Tajani said.",
        {("italy", "troop-contribution", "opposes")},
    ),
    # "everything is on the table" is the speaker's undecided view; "said of" names what it is about
    (
        "All options remain on the table, Trudeau said of sending troops.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    # first person in quotations
    (
        "“We are not going to send our soldiers to Ukraine,” Slovak Prime Minister Robert Fico said.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "“I am not in favour of sending German soldiers to Ukraine,” Merz said.",
        {("germany", "troop-contribution", "opposes")},
    ),
    ("“There will be no NATO troops in Ukraine,” Rubio said.", {("united-states", "reassurance-force", "opposes")}),
    # "when asked about" names the topic of what is said; a country the holder speaks for is its own side
    (
        "“Everything is on the table,” the Canadian prime minister Mark Carney said when asked about sending"
        " Canadian soldiers to Ukraine.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "Asked whether Canada would send troops, Carney said: “We are prepared to do so.”",
        {("canada", "troop-contribution", "supports")},
    ),
    # what is hoped for is backed, whoever is to do it ("hopes" is "hop" to the model)
    (
        "Britain hopes the United States will share intelligence with Ukraine.",
        {("united-kingdom", "intelligence-support", "supports")},
    ),
    ("Britain will share intelligence with Ukraine.", {("united-kingdom", "intelligence-support", "supports")}),
    # a noun cue's topic on the verb it is the object of ('keeps an open mind on ...')
    (
        "Denmark is keeping an open mind on a troop contribution to the force.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    # a yes-or-no question is what a refusal to say is about, whoever its subject
    (
        "Trump declined to say whether Washington would back the reassurance force.",
        {("united-states", "reassurance-force", "noncommittal")},
    ),
    (
        "Trump was unwilling to say whether he would provide a US backstop for the force.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    # an obligation ('will have to', 'must', 'needs to') is the speaker's view; others' troops back the force
    ("Britain will have to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "The Polish foreign minister said the European Union will inevitably have to deploy forces to Ukraine.",
        {("poland", "reassurance-force", "supports")},
    ),
    (
        '"We must send troops to Ukraine," the Danish prime minister said.',
        {("denmark", "troop-contribution", "supports")},
    ),
    ("Macron said Britain should not send troops to Ukraine.", {("france", "reassurance-force", "opposes")}),
    ("Spain will not be able to send troops to Ukraine.", {("spain", "troop-contribution", "opposes")}),
    # not even weighing it is a refusal; 'could not' states an inability, it is no speculation
    (
        '"We are not considering sending troops," the Polish prime minister said.',
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Hungary could not accept the deployment of European troops in Ukraine.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    # a contribution to the force, or a part in it, is the holder's own troops unless someone else's is named
    (
        "Italy is considering a contribution to the reassurance force.",
        {("italy", "troop-contribution", "noncommittal")},
    ),
    (
        "Germany welcomed the British contribution to the reassurance force.",
        {("germany", "reassurance-force", "supports")},
    ),
    # aircraft in the sky are air defence
    (
        "Sweden is prepared to back the force with fighter jets in the air.",
        {("sweden", "air-defence", "supports"), ("sweden", "reassurance-force", "supports")},  # the force, and how
    ),
    # a gerund with its own subject is what the cue is about
    ("Germany does not support Ukraine joining NATO at this time.", {("germany", "nato-membership", "opposes")}),
    # put off the table, kept on it, left open
    (
        "The United States has taken NATO membership for Ukraine off the table.",
        {("united-states", "nato-membership", "opposes")},
    ),
    ("Kyiv insists that NATO membership must remain on the table.", {("ukraine", "nato-membership", "supports")}),
    ("Trump left open the possibility of providing air cover.", {("united-states", "us-backstop", "noncommittal")}),
    # refusals in other words: no place for, enemy combatants, boots not put on the ground
    ("Lavrov said Moscow sees no place for European troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Medvedev said European peacekeepers would be treated as enemy combatants.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The United States will not put boots on the ground in Ukraine, Hegseth said.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # what another must do, said by a speaker: not the speaker's own troops
    ("France insists that any force must be backed by Washington.", {("france", "us-backstop", "supports")}),
    # being part of the force is the holder's own troops; a leading role in it backs the force
    (
        "Hegseth said the US would not be part of any peacekeeping mission.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Britain will play a leading role in the reassurance force.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Russia rejected any role for NATO troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    # a name that is also a verb ("Trump rules out") is read as a name
    ("Trump rules out sending US troops to Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    ("Trump backs security guarantees for Ukraine.", {("united-states", "security-guarantees", "supports")}),
    # a relative clause describing a thing is the view of whoever has it, or of no one
    (
        "Politico writes that the hard part is persuading voters to back a mission that would put soldiers at risk.",
        set(),
    ),
    (
        '"We have a plan that is ready to go once a ceasefire is agreed," Macron said of the reassurance force.',
        {("france", "reassurance-force", "supports")},
    ),
    # "our soldiers" are the speaker's side's
    (
        '"Our soldiers will not go to Ukraine," the Hungarian foreign minister said.',
        {("hungary", "troop-contribution", "opposes")},
    ),
    # "X's position is that ..." reports X; a backing asked of another actor is that actor's part
    (
        "The Kremlin's position is that any Western troops in Ukraine would be legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain's view is that the force must be backed by the United States.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    # undecided in other words; joining the force is the holder's own troops
    (
        "The Netherlands is still assessing whether to join the force.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    (
        "Canada has yet to make a decision on whether to send troops.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "France said the question of sending troops would be decided later.",
        {("france", "troop-contribution", "noncommittal")},
    ),
    # a thing that does something, or a clause describing where troops are, is no one's view
    ("Politico notes that such a deployment would not provide Ukraine with an Article 5 guarantee.", set()),
    (
        "According to Politico, the mission would back forces in Poland, where 5,000 American troops are deployed.",
        set(),
    ),
    ("According to a professor of military studies, the force needs 100,000 troops.", set()),
    # what a plan is for, hung on the verb by the parser; a plan to thwart something opposes it
    (
        "Japan is working on a framework to strengthen Ukraine's security after a ceasefire.",
        {("japan", "security-guarantees", "supports")},
    ),
    ("Russia is working on a plan to undermine the reassurance force.", {("russia", "reassurance-force", "opposes")}),
    ("Germany is drafting proposals for security guarantees.", {("germany", "security-guarantees", "supports")}),
    (
        "Britain and France remain hopeful the US will continue to provide intelligence to Ukraine.",
        {("united-kingdom", "intelligence-support", "supports"), ("france", "intelligence-support", "supports")},
    ),
    # a relative clause the parser hangs on the last noun is about the noun that noun qualifies
    (
        "Europe is drafting frameworks for security guarantees for Kyiv, which Trump has expressed openness towards.",
        {("united-states", "security-guarantees", "supports")},
    ),
    # reluctance as a noun, held by its possessor
    ("Spain's reluctance to commit troops has frustrated Paris.", {("spain", "troop-contribution", "noncommittal")}),
    # clearing sea mines is maritime security; mines on land are not
    ("Britain will help clear mines from Ukraine's ports.", {("united-kingdom", "maritime-security", "supports")}),
    ("Britain will help clear mines in the Donbas.", set()),
    # what is refused for lacking something is wanted; what is wanted absent is opposed
    (
        "The Ukrainian president rejected any agreement that would not include security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Kyiv will never accept a truce that lacks security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Ukraine rejects any peace deal without security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Kyiv turned down a peace plan with no security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Moscow wants no NATO soldiers in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Warsaw backs a multinational force that would not include American troops.",
        {("poland", "us-ground-troops", "opposes")},
    ),
    # a negation the cue's subject carries is read once
    ("Rubio said no American troops would be deployed to Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    # a decision not to act refuses; a decision not taken is undecided
    ("Belgium has decided not to send soldiers to Ukraine.", {("belgium", "troop-contribution", "opposes")}),
    ("Belgium has not decided whether to send troops.", {("belgium", "troop-contribution", "noncommittal")}),
    # refusals in phrasal verbs and their cousins; preferring and approving back what they name
    ("The Kremlin brushed aside proposals for a reassurance force.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow spurned the idea of European peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    ("Budapest pushed back against sending EU troops to Ukraine.", {("hungary", "reassurance-force", "opposes")}),
    ("Rome prefers an Article 5-style guarantee for Ukraine.", {("italy", "article-5-guarantee", "supports")}),
    (
        "The coalition of the willing has approved plans for a multinational force.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    ("Budapest will block Ukraine's accession to NATO.", {("hungary", "nato-membership", "opposes")}),
    # NATO as "the alliance"; guarantees "of its security"; the line of contact
    (
        "Moscow demands that Kyiv renounce its ambitions to join the alliance.",
        {("russia", "nato-membership", "opposes")},
    ),
    ("Kyiv wants guarantees of its security before any ceasefire.", {("ukraine", "security-guarantees", "supports")}),
    (
        "London opposes any deployment along the line of contact.",
        {("united-kingdom", "tripwire", "opposes")},
    ),
    # what is needed, subject and all; trainers are troops
    (
        "Paris said the force would need American support to be credible.",
        {("france", "us-backstop", "supports")},
    ),
    ("Ottawa will send military instructors to Ukraine.", {("canada", "troop-contribution", "supports")}),
    # what serves as a guarantee is what is backed; troops serving as a tripwire back the tripwire
    (
        "Trump said the rare earths agreement would serve as a security guarantee for Ukraine.",
        {("united-states", "minerals-deal", "supports")},
    ),
    # troops of the holder's own nation are its own part, with or without a verb sending them
    (
        "Oslo has not ruled out the possibility of Norwegian soldiers in Ukraine.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    # sending troops as the subject of a judgement the speaker passes
    (
        "Meloni has said repeatedly that sending Italian soldiers is not on the table.",
        {("italy", "troop-contribution", "opposes")},
    ),
    # "play its part in": the parser hangs "in" on the verb
    (
        "The Finnish president said Finland was ready to play its part in the reassurance force.",
        {("finland", "troop-contribution", "supports")},
    ),
    # "provided (that) ...", "only as part of": conditions; "provided" as a verb is none
    (
        "Latvia is ready to send troops provided other allies do the same.",
        {("latvia", "troop-contribution", "conditional")},
    ),
    ("Britain will send troops and has provided weapons.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Warsaw would send troops only as part of a NATO operation.",
        {("poland", "troop-contribution", "conditional")},
    ),
    # "neither ... nor" negates both verbs
    (
        "Belgium has neither ruled out nor committed to sending troops.",
        {("belgium", "troop-contribution", "noncommittal")},
    ),
    # a noun cue as the passive subject: the verb's "on" says what it is about
    (
        "The Czech defence minister said no decision had been taken on sending troops.",
        {("czechia", "troop-contribution", "noncommittal")},
    ),
    # troops named under a subject are whose troops, not who holds the judgement
    (
        "The Kremlin said the presence of NATO soldiers in Ukraine is a red line.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The presence of NATO soldiers in Ukraine is a red line.", set()),
    # what Moscow calls joining the war, a ploy, unrealistic; what it will not allow
    (
        "Zakharova said sending Western contingents would amount to direct involvement in the conflict.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov called the idea of peacekeepers a ploy to prolong the war.", {("russia", "reassurance-force", "opposes")}),
    (
        "The Pentagon chief told allies that Ukraine's membership in NATO was unrealistic.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "The ambassador said Moscow would not allow a European contingent on Ukrainian soil.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # help from the air, from Washington, is the backstop
    (
        "Trump said he would not send American soldiers but would help from the air.",
        {("united-states", "us-ground-troops", "opposes"), ("united-states", "us-backstop", "supports")},
    ),
    # troops placed in another country or on NATO's borders are not sent to Ukraine
    ("German troops are stationed in Lithuania.", set()),
    ("Polish soldiers are stationed on the border with Belarus.", set()),
    ("British soldiers will be deployed to Estonia next year.", set()),
    (
        "The British contingent will be based in western Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # troops and support with no stance on the force
    ("Russian troops remain in eastern Ukraine.", set()),
    ("Ukraine's army has 800,000 troops.", set()),
    ("Moscow accused London of planning to send troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    # "I don't think ..." denies what is thought; "did not say that ..." asserts nothing
    (
        '"I don\'t think American troops will be needed," Trump said.',
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("Macron does not expect that France will send troops.", {("france", "troop-contribution", "opposes")}),
    ("Macron did not say that France will send troops.", set()),
    ("The Kremlin denied that Putin had agreed to European troops in Ukraine.", set()),
    ("Macron said Russia had no right to veto a European force.", set()),
    # a clause ruled out as a whole: "it is unthinkable that", "there is no way", "zero troops"
    (
        "It is unthinkable that Slovakia would send troops, Fico said.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "There is no way Russia will accept NATO troops, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Zero American troops will be deployed, Vance said.", {("united-states", "us-ground-troops", "opposes")}),
    # "nobody in Moscow": Moscow, denying it; "will not be sending"
    ("Nobody in Moscow supports the idea of a European force.", {("russia", "reassurance-force", "opposes")}),
    ("Denmark will not be sending troops for now.", {("denmark", "troop-contribution", "opposes")}),
    # a conjunct denied is no member of the group
    (
        "Estonia and Latvia, but not Lithuania, have offered troops.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    # NATO membership as a path; air defence as shooting down drones; intelligence shared on and on
    ("The Dutch prime minister backs Ukraine's path to NATO.", {("netherlands", "nato-membership", "supports")}),
    ("Berlin opposes inviting Kyiv into NATO.", {("germany", "nato-membership", "opposes")}),
    ("Warsaw rejected shooting down Russian drones over Ukraine.", {("poland", "air-defence", "opposes")}),
    (
        "Washington will keep sharing intelligence with Kyiv after a ceasefire.",
        {("united-states", "intelligence-support", "supports")},
    ),
    # "X, whose government has said it ...": the government of X
    (
        "Frederiksen, whose government has said it is open to sending troops, urged others to follow.",
        {("denmark", "troop-contribution", "supports")},
    ),
    # troops that are the subject, denied ("no Spanish soldiers will go"), unless a condition holds
    (
        "Unless there is a ceasefire, no Spanish soldiers will go to Ukraine.",
        {("spain", "troop-contribution", "conditional")},
    ),
    # joining a mission is taking part with one's own troops; "but only with" still conditions it
    (
        "Ankara is open to joining a peacekeeping mission, but only with Moscow's consent.",
        {("turkey", "troop-contribution", "conditional")},
    ),
    # what depends on something is the subject, not the condition; one's own part is one's troops
    (
        "Any British deployment would depend on American support, Starmer said.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    ("Sweden's contribution is conditional on a lasting ceasefire.", {("sweden", "troop-contribution", "conditional")}),
    (
        "American participation will depend on how many troops Europe commits.",
        {("united-states", "us-backstop", "conditional")},
    ),
    # the force as military hubs
    (
        "Britain and France pledged to set up military hubs across Ukraine after a ceasefire.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    # more ways of being ready, of refusing and of weighing
    ("London is poised to send troops to Ukraine.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Belgium would be happy to contribute troops.", {("belgium", "troop-contribution", "supports")}),
    ("Budapest has no intention of sending troops to Ukraine.", {("hungary", "troop-contribution", "opposes")}),
    (
        "Bratislava wants nothing to do with a Western force in Ukraine.",
        {("slovakia", "reassurance-force", "opposes")},
    ),
    ("Rome said no to sending troops.", {("italy", "troop-contribution", "opposes")}),
    ("Ottawa is looking at sending troops.", {("canada", "troop-contribution", "noncommittal")}),
    ("Helsinki has expressed interest in joining the force.", {("finland", "troop-contribution", "supports")}),
    ("The Czech government has signed up to the reassurance force.", {("czechia", "troop-contribution", "supports")}),
    ("Leaders are set to meet to discuss sending troops.", set()),
    # leading or driving the plans; being a contributor
    (
        "Denmark and Norway are spearheading work on a Nordic contingent for the peacekeeping mission.",
        {("denmark", "reassurance-force", "supports"), ("norway", "reassurance-force", "supports")},
    ),
    ("Sweden will be a major contributor to the reassurance force.", {("sweden", "reassurance-force", "supports")}),
    # whose a proposal is ("by X"), and who backs or criticises it from outside ("drew criticism from X")
    (
        "A proposal by Helsinki to station peacekeepers in Ukraine drew fierce criticism from the Kremlin.",
        {("finland", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "The plan for a multinational force has won backing from Canada.",
        {("canada", "reassurance-force", "supports")},
    ),
    # "Franco-", "Anglo-": France and Britain in a compound
    (
        "The Anglo-French initiative for a stabilisation force was welcomed in Kyiv.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    # "no concrete plans" is undecided; "no plans" is a refusal
    (
        "Latvia has no immediate plans to deploy soldiers to Ukraine.",
        {("latvia", "troop-contribution", "noncommittal")},
    ),
    ("Latvia has no plans to deploy soldiers to Ukraine.", {("latvia", "troop-contribution", "opposes")}),
    # neutrality named: backing it opposes Ukraine joining NATO, refusing it backs membership
    ("The Kremlin is pushing for a neutral status for Ukraine.", {("russia", "nato-membership", "opposes")}),
    ("Kyiv has refused to accept neutrality.", {("ukraine", "nato-membership", "supports")}),
    # a number or a unit of troops is troops
    ("Tallinn is ready to send a company of infantry soldiers.", {("estonia", "troop-contribution", "supports")}),
    # the group a cue describes, and the members it "includes"
    (
        "The countries willing to send troops include Sweden, Finland and Denmark.",
        {
            ("sweden", "troop-contribution", "supports"),
            ("finland", "troop-contribution", "supports"),
            ("denmark", "troop-contribution", "supports"),
        },
    ),
    # wishing that the US back the force is backing the US backstop
    (
        "Berlin hopes Washington will provide air support for the mission.",
        {("germany", "us-backstop", "supports")},
    ),
    ("Rome wants the Americans to back a European force.", {("italy", "us-backstop", "supports")}),
    # backing away from a pledge is a refusal, not a backing; distancing, cautioning against
    ("Oslo backed away from its promise to deploy soldiers.", {("norway", "troop-contribution", "opposes")}),
    (
        "Madrid distanced itself from the plan to send European troops to Ukraine.",
        {("spain", "reassurance-force", "opposes")},
    ),
    (
        "Finland cautioned against a Western military presence in Ukraine.",
        {("finland", "reassurance-force", "opposes")},
    ),
    # approving and proposing in other words
    (
        "The Czech government gave the go-ahead for sending soldiers to Ukraine.",
        {("czechia", "troop-contribution", "supports")},
    ),
    ("Latvia floated the idea of a tripwire force.", {("latvia", "tripwire", "supports")}),
    # one's own involvement made to depend on something, in the cue's own words
    ("Warsaw conditioned its involvement on a ceasefire deal.", {("poland", "troop-contribution", "conditional")}),
    # another's plan to send troops, criticised: their troops, the force, not the critic's own; the plan is
    # Britain's, named by its adjective as by "Britain's"
    (
        "Peskov criticised the British plan to send troops.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # "shy away from" refuses; not shying away, or not standing in the way, accepts ("away from" is the cue's own)
    ("Slovakia shies away from sending soldiers.", {("slovakia", "troop-contribution", "opposes")}),
    ("Denmark will not shy away from sending soldiers.", {("denmark", "troop-contribution", "supports")}),
    (
        "Spain would not stand in the way of a multinational force for Ukraine.",
        {("spain", "reassurance-force", "supports")},
    ),
    # a declaration of intent signed is a commitment
    (
        "Finland signed a letter of intent to deploy soldiers to Ukraine once the fighting stops.",
        {("finland", "troop-contribution", "supports")},
    ),
    # a supporter or critic of something, a door closed or left open, holding back from committing
    (
        "Sweden is a firm supporter of a European reassurance force in Ukraine.",
        {("sweden", "reassurance-force", "supports")},
    ),
    (
        "Slovakia's prime minister is a vocal critic of the plan to send troops to Ukraine.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    ("Russia has closed the door on any foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow poured scorn on the idea of a European force in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Norway has refrained from committing soldiers to a future mission in Ukraine.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    (
        "Belgium has not closed the door to sending troops to Ukraine.",
        {("belgium", "troop-contribution", "noncommittal")},
    ),
    # a noun cue with its own object: the predicate judges that stance, it does not add a second topic
    (
        "Finland's support for the reassurance force is conditional on a US backstop.",
        {("finland", "reassurance-force", "conditional"), ("finland", "us-backstop", "supports")},
    ),
    # what the reporter expects or hears said is speculation; a relative clause inside it still asserts
    ("Germany is expected to endorse the plan for a European force.", set()),
    ("Spain is thought to favour sending troops.", set()),
    ("Poland will probably send troops to Ukraine.", set()),
    (
        "France is expected to command the mission, which Moscow has rejected.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # being adamant that ... reports what the holder says
    (
        "Russia is adamant that no NATO troops can be stationed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # counting or banking on something is wanting it; doubting one can rely on it refuses nothing
    (
        "Ukraine is counting on American air power as a backstop for the force.",
        {("ukraine", "us-backstop", "supports")},
    ),
    ("Britain is banking on Washington to provide a backstop.", {("united-kingdom", "us-backstop", "supports")}),
    ("Kyiv cannot rely on security guarantees from its allies, Zelensky said.", set()),
    # the names acting with the holder hold the stance too; whose soldiers serve alongside does not
    (
        "France, together with Britain, proposed a reassurance force for Ukraine.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Paris is working on plans for a reassurance force with London.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Italy backs the reassurance force along with Spain.",
        {("italy", "reassurance-force", "supports"), ("spain", "reassurance-force", "supports")},
    ),
    (
        "France will send troops to Ukraine alongside British soldiers.",
        {("france", "troop-contribution", "supports")},
    ),
    ("Macron discussed the reassurance force with Starmer.", set()),
    # a restrictive relative clause narrows the noun to what it names; after a comma it adds to it
    (
        "Moscow rejects security guarantees that involve Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow rejects security guarantees, which would involve Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes"), ("russia", "security-guarantees", "opposes")},
    ),
    (
        "France supports a reassurance force that would be backed by US air power.",
        {("france", "reassurance-force", "supports"), ("france", "us-backstop", "supports")},
    ),
    # what is set against a refusal with "but" is not refused with it
    (
        "Trump has ruled out American troops on the ground but backed air support for a European force.",
        {("united-states", "us-ground-troops", "opposes"), ("united-states", "us-backstop", "supports")},
    ),
    ("Russia rejects European troops but not UN peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    # "it" in a coordinated clause is the name that heads the first
    (
        "Washington will not join the force, but it will provide air support.",
        {("united-states", "us-ground-troops", "opposes"), ("united-states", "us-backstop", "supports")},
    ),
    # what is asked in "whether ... would be sent" includes its subject
    (
        "Merz declined to say whether European troops would be sent to Ukraine.",
        {("germany", "reassurance-force", "noncommittal")},
    ),
    # the subject of a passive is what is deployed; "as part of" names what it belongs to
    (
        "Hegseth said no US troops would be deployed to Ukraine as part of any security guarantee.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # a mandate the mission would need, however it is qualified, is a condition
    ("Fiala said any mission would need a UN mandate.", {("czechia", "reassurance-force", "conditional")}),
    # "but only if ..." is a condition even where the parser hangs it beside the reporting verb
    (
        "The Kremlin said it was ready to discuss security guarantees for Ukraine, but only if its own security "
        "concerns were addressed.",
        {("russia", "security-guarantees", "conditional")},
    ),
    # what a signed declaration commits to is its signers' stance
    (
        "Britain and France signed a declaration committing to deploy troops in Ukraine after a ceasefire.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    # playing or doing one's part in a mission is taking part; playing no part refuses it
    ("Canada would play its part in a reassurance force, Carney said.", {("canada", "troop-contribution", "supports")}),
    ("Hungary will play no part in a peacekeeping mission.", {("hungary", "troop-contribution", "opposes")}),
    # whether the holder's soldiers would be deployed is its own contribution
    (
        "Swedish defence minister Pal Jonson said it was too early to say whether Swedish soldiers would be deployed.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    # wariness, doubts and reservations refuse; having none accepts
    ("The Netherlands is wary of committing soldiers to Ukraine.", {("netherlands", "troop-contribution", "opposes")}),
    ("Hungary has doubts about the reassurance force.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Washington has no reservations about supporting the force.",
        {("united-states", "reassurance-force", "supports")},
    ),
    ("Fico said there can be no talk of sending Slovak troops.", {("slovakia", "troop-contribution", "opposes")}),
    # dismissing a criticism of a topic is no refusal of the topic
    ("Trump dismissed concerns about the US backstop.", set()),
    ("Macron rejected criticism of the reassurance force.", set()),
    # what a suggestion says, subject and all, is what is rejected
    (
        "Moscow rejected suggestions that European peacekeepers could be deployed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # contributing to peacekeeping, without naming the force, is taking part in it
    (
        "Australian Prime Minister Anthony Albanese said Australia was open to contributing to peacekeeping.",
        {("australia", "troop-contribution", "supports")},
    ),
    # establishing one's own military hubs in the country is stationing one's own forces there
    (
        "Britain and France will establish military hubs across Ukraine after a ceasefire, Starmer said.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    # wanting to be a guarantor of Ukraine's security
    (
        "Russia wants to be one of the guarantors of Ukraine's security.",
        {("russia", "security-guarantees", "supports")},
    ),
    # giving something up refuses it; not giving it up keeps backing it; a demand that another give it up refuses it
    ("Ukraine has abandoned its NATO ambitions, Zelensky said.", {("ukraine", "nato-membership", "opposes")}),
    ("Kyiv will never give up on NATO membership, Zelensky said.", {("ukraine", "nato-membership", "supports")}),
    ("Ukraine will not abandon its bid to join NATO.", {("ukraine", "nato-membership", "supports")}),
    ("Trump wants Ukraine to give up its bid to join NATO.", {("united-states", "nato-membership", "opposes")}),
    ("Britain has abandoned plans to send troops to Ukraine.", {("united-kingdom", "troop-contribution", "opposes")}),
    # refusing a deal until Kyiv renounces membership opposes it (the cue inside "unless" is no claim of its own)
    (
        "Moscow will not accept a deal unless Kyiv renounces NATO membership.",
        {("russia", "nato-membership", "opposes")},
    ),
    # refusing a deal that is no topic until a topic is given backs that topic
    (
        "Kyiv will not agree to any ceasefire unless the allies provide binding security guarantees, Sybiha said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # "under discussion" says which draft, not anyone's doubt
    ("The foreign minister said the draft under discussion provides for security guarantees for Ukraine.", set()),
    # a supporting verb whose object is described by a judgement keeps its own stance, negated here
    (
        "Moscow will not tolerate Western soldiers in Ukraine, even under the guise of peacekeepers, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a possessive "their" belongs to the subject of its clause, here no actor, not to the one reporting it
    ("Sybiha said European partners had confirmed their readiness to send troops after a ceasefire.", set()),
    # judgements without an article or with a word between
    (
        "Any Western contingent in Ukraine would be seen as foreign intervention, the Russian embassy said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Western peacekeepers in Ukraine would become legitimate military targets, Zakharova said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # "has never accepted" refuses, where "has not committed" is undecided
    (
        "Russia has never accepted the presence of NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # Moscow's judgements and warnings
    (
        "Any such deployment would be considered an act of aggression, Zakharova said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said plans for a European force were aimed at prolonging the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia warned Britain against sending troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "The deployment of Western troops would lead to a direct clash between Russia and NATO, Medvedev warned.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova described the plans to deploy troops as dangerous.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # what one helps or allows another to do includes who does it
    (
        "Rubio said Washington was committed to helping Europe deter Russia with a backstop.",
        {("united-states", "us-backstop", "supports")},
    ),
    # "its": the clause's subject when a country, else the country named just before
    (
        "Zelensky thanked France for its readiness to send troops.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Turkey, in talks with Ukraine and Russia, indicated its openness to deploying its troops in Ukraine.",
        {("turkey", "troop-contribution", "supports")},
    ),
    # "called on", "counted on": the one called or counted on does what follows
    ("Macron called on Germany to send troops to Ukraine.", {("france", "reassurance-force", "supports")}),
    ("Kyiv counted on partners to deploy a reassurance force.", {("ukraine", "reassurance-force", "supports")}),
    # what is essential is the subject, not what it is essential for
    (
        "Macron said a US backstop would be essential for any European force.",
        {("france", "us-backstop", "supports")},
    ),
    ("Ukraine considers a US backstop essential.", {("ukraine", "us-backstop", "supports")}),
    # a priority for a country is its wish; "support for" names what is supported, not who supports it
    ("Security guarantees are a priority for Germany, Merz said.", {("germany", "security-guarantees", "supports")}),
    ("Britain will command the reassurance force.", {("united-kingdom", "reassurance-force", "supports")}),
    # an undecided cue with nothing after it is about what the sentence was discussing: for a force, taking part
    (
        "Sweden said it was prepared to contribute soldiers to a European-led force, while Norway said it had not "
        "yet decided.",
        {("sweden", "troop-contribution", "supports"), ("norway", "troop-contribution", "noncommittal")},
    ),
    # an "it" standing for the clause that follows is the speaker's view; the holder's own named troops are its own
    (
        "Danish Prime Minister Mette Frederiksen said it was premature to discuss Danish troops.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    # what the holder will contribute, asked about, is its own part; a cue inside "what ..." asserts nothing
    (
        "Norwegian defence minister Tore Sandvik said it was too early to say what Norway would contribute to the "
        "reassurance force.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    # contingents "of" NATO countries in Ukraine are the force
    (
        "Russia will regard the appearance of any military contingents of NATO countries in Ukraine as a direct "
        "threat, Lavrov told reporters.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # not insisting on something presses for nothing; it refuses nothing either
    ("Washington does not insist on the deployment of a reassurance force.", set()),
    # a cue inside "once ..." asserts nothing; a participle after a comma is a stance of its own, not the object
    (
        "Merz said a decision on German soldiers could only be taken once the Bundestag had approved it.",
        set(),
    ),
    (
        "Meloni has ruled out Italian participation, favouring instead an extension of NATO's Article 5 to Ukraine.",
        {("italy", "troop-contribution", "opposes"), ("italy", "article-5-guarantee", "supports")},
    ),
    # an apposition describing a named holder names no one else
    (
        "Poland, Ukraine's largest neighbour, has said it will not deploy soldiers.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # what one guesses another will do is no one's stated stance; one's own side's doing is one's own
    ("Berlin expects Washington to back the force.", set()),
    ("Macron believes Britain will send troops.", set()),
    # a stance given up ("dropped its opposition", "lifted its veto", "withdrew its support") is its reverse
    (
        "Reuters reported that Germany had dropped its opposition to sending troops.",
        {("germany", "troop-contribution", "supports")},
    ),
    ("Hungary lifted its veto on security guarantees for Ukraine.", {("hungary", "security-guarantees", "supports")}),
    ("Washington withdrew its support for the reassurance force.", {("united-states", "reassurance-force", "opposes")}),
    # a negated hesitation, doubt or stop affirms what it governs
    ("Denmark did not hesitate to offer troops.", {("denmark", "troop-contribution", "supports")}),
    ("Finland never doubted the need for a US backstop.", {("finland", "us-backstop", "supports")}),
    (
        "Russia has not stopped opposing the deployment of European troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # "not a single official" negates the subject's stance: it does not back the plan
    (
        "Not a single Russian official has endorsed the plan for a European force.",
        {("russia", "reassurance-force", "noncommittal")},
    ),
    # a named owner's stance inside another cue's object is its own; criticising a refusal refuses nothing
    (
        "Poland's president welcomed Germany's readiness to send troops.",
        {("poland", "reassurance-force", "supports"), ("germany", "troop-contribution", "supports")},
    ),
    # criticising a named side's refusal backs what it refuses; welcoming it refuses too
    (
        "Macron criticised Berlin's refusal to send troops.",
        {("germany", "troop-contribution", "opposes"), ("france", "reassurance-force", "supports")},
    ),
    (
        "Zelensky slammed Hungary's veto on security guarantees.",
        {("hungary", "security-guarantees", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Moscow welcomed Slovakia's refusal to send troops to Ukraine.",
        {("slovakia", "troop-contribution", "opposes"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Warsaw was disappointed by Washington's refusal to offer a backstop.",
        {("united-states", "us-backstop", "opposes"), ("poland", "us-backstop", "supports")},
    ),
    (
        "Kyiv was frustrated by Berlin's reluctance to send troops.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain deplored Hungary's veto of the security guarantees.",
        {("hungary", "security-guarantees", "opposes"), ("united-kingdom", "security-guarantees", "supports")},
    ),
    (
        "The Kremlin hailed the collapse of talks on a reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # what a speaker says another should do: another's troops, and the US backing asked for
    ("Zelensky said Germany should join the force.", {("ukraine", "reassurance-force", "supports")}),
    ("Rutte said the US should back any European force.", {("nato", "us-backstop", "supports")}),
    ("Orban said Hungary must stay out of any mission in Ukraine.", {("hungary", "troop-contribution", "opposes")}),
    # one joined "in" doing something does it too; a relative clause with no pronoun stands for its noun
    (
        "Italy joined Germany in rejecting the deployment of European troops.",
        {("italy", "reassurance-force", "opposes"), ("germany", "reassurance-force", "opposes")},
    ),
    (
        "France backed the force, a move Russia condemned.",
        {("france", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # a subject the parser hangs on the auxiliary ("are leading") is the verb's
    (
        "Poland and Finland are leading efforts to build a reassurance force.",
        {("poland", "reassurance-force", "supports"), ("finland", "reassurance-force", "supports")},
    ),
    (
        "Sweden and Norway were spearheading the planning for a peacekeeping mission.",
        {("sweden", "reassurance-force", "supports"), ("norway", "reassurance-force", "supports")},
    ),
    # "the initiative of X": its named authors
    (
        "The initiative of Paris and Berlin to create a reassurance force faces resistance.",
        {("france", "reassurance-force", "supports"), ("germany", "reassurance-force", "supports")},
    ),
    ("The idea of a peacekeeping mission has little support.", set()),
    # what a thing that is no topic must include is wanted; a topic that must include something is conditional on
    # it, and what it must include is wanted
    (
        "Kyiv says any peace deal must include binding security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Any peacekeeping mission must include a US backstop, Warsaw said.",
        {("poland", "reassurance-force", "conditional"), ("poland", "us-backstop", "supports")},
    ),
    # inability, and a refused act that waits for something
    ("Tokyo says it is unable to send troops to Ukraine.", {("japan", "troop-contribution", "opposes")}),
    (
        "The Dutch government is unable to deploy soldiers without a vote in parliament.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    ("Italy refuses to send troops without a UN mandate.", {("italy", "troop-contribution", "conditional")}),
    ("Kyiv rejected any deal without security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    # refusing to be drawn is not refusing
    ("Berlin refused to be drawn on sending German troops.", {("germany", "troop-contribution", "noncommittal")}),
    (
        "Ankara declined to be drawn on a possible troop contribution.",
        {("turkey", "troop-contribution", "noncommittal")},
    ),
    # a condition the parser hangs on the verb the cue governs
    (
        "Estonia is prepared to send a battalion if others do the same.",
        {("estonia", "troop-contribution", "conditional")},
    ),
    # troops stationed in another country are not sent to Ukraine
    ("Germany is prepared to station troops in Lithuania.", set()),
    ("Germany is prepared to station troops in neighbouring countries.", set()),
    # new words: praise, occupiers, troops from partner countries
    ("Trump praised the European plan for a reassurance force.", {("united-states", "reassurance-force", "supports")}),
    ("Moscow warned that foreign troops would be treated as occupiers.", {("russia", "reassurance-force", "opposes")}),
    (
        "Kyiv wants troops from partner countries on its soil after the war.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # a mandate asked for the topic is a condition on it
    (
        "The Czech president called for a clear UN mandate for any mission.",
        {("czechia", "reassurance-force", "conditional")},
    ),
    # the one praised, thanked or blamed "for its" readiness holds it
    ("Kyiv thanked Norway for its offer to send soldiers.", {("norway", "troop-contribution", "supports")}),
    (
        "Orban criticised Poland for its readiness to send troops.",
        {("hungary", "reassurance-force", "opposes"), ("poland", "troop-contribution", "supports")},
    ),
    # a group's name is each of its members
    (
        "The Baltic states are among the strongest backers of the force.",
        {
            ("estonia", "reassurance-force", "supports"),
            ("latvia", "reassurance-force", "supports"),
            ("lithuania", "reassurance-force", "supports"),
        },
    ),
    (
        "The Nordic countries are ready to send troops.",
        {
            ("denmark", "troop-contribution", "supports"),
            ("finland", "troop-contribution", "supports"),
            ("norway", "troop-contribution", "supports"),
            ("sweden", "troop-contribution", "supports"),
        },
    ),
    # whose position a "that" clause states
    (
        "Lavrov restated Moscow's position that Western troops in Ukraine were unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # "their countries", said by the ministers of two countries: each of them
    (
        "The foreign ministers of Estonia and Finland said their countries would contribute troops.",
        {("estonia", "troop-contribution", "supports"), ("finland", "troop-contribution", "supports")},
    ),
    # new words: earmarking troops, avoiding a commitment, an escalation, a key part of
    (
        "Britain has earmarked several thousand troops for the force.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The Spanish government has so far avoided committing troops.", {("spain", "troop-contribution", "noncommittal")}),
    (
        "Moscow considers the deployment of any Western troops an escalation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Kyiv sees the European force as a key part of any settlement.", {("ukraine", "reassurance-force", "supports")}),
    (
        "An essential part of the plan is a European force, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # a company or a regiment is troops
    (
        "Speaking in Kyiv, the Estonian prime minister said his country was ready to send a company.",
        {("estonia", "troop-contribution", "supports")},
    ),
    # "provided there is a ceasefire", "only once a deal is signed": peace first, insisted on, is a condition
    (
        "The Czech Republic is willing to send soldiers, its prime minister said, provided there is a ceasefire.",
        {("czechia", "troop-contribution", "conditional")},
    ),
    ("Sweden will send troops only once a peace deal is signed.", {("sweden", "troop-contribution", "conditional")}),
    # an "if" clause naming only the end of the war the force is for is part of the plan; a peace deal signed first,
    # or a backstop, is a condition
    ("Sweden will send troops if a peace deal is signed.", {("sweden", "troop-contribution", "conditional")}),
    (
        "Sweden will send troops if a peace deal includes a US backstop.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    # a clause set against the one before with "but" keeps its own topic ...
    (
        "Japan has ruled out sending its Self-Defense Forces but is considering other forms of support.",
        {("japan", "troop-contribution", "opposes")},
    ),
    # ... unless it leaves out its noun
    (
        "Britain will send troops, but Italy will not send any.",
        {("united-kingdom", "troop-contribution", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        "While Paris and London have offered troops, Berlin has so far refused to commit any.",
        {
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("germany", "troop-contribution", "opposes"),
        },
    ),
    # a parliament that must approve is a condition, on the deployment of its side's own troops
    (
        "The Dutch parliament must approve any deployment, the Dutch prime minister said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    # the US backing European efforts is the backstop; focusing on air defence backs it
    (
        "The US will not take part in the force, Hegseth said, but it will back European efforts.",
        {("united-states", "us-ground-troops", "opposes"), ("united-states", "us-backstop", "supports")},
    ),
    (
        "Norway will send troops, while Finland has said it will focus on air defence.",
        {("norway", "troop-contribution", "supports"), ("finland", "air-defence", "supports")},
    ),
    (
        "Ankara is ready to play a role in the Black Sea, the Turkish defence ministry said.",
        {("turkey", "maritime-security", "supports")},
    ),
    # asked whether countries in general would send troops, a country answers for its own
    (
        'On whether allied countries could send soldiers to a peacekeeping mission, a Polish official said: "If the '
        'mandate is clear, Poland will not shy away."',
        {("poland", "troop-contribution", "conditional")},
    ),
    # "is not going to make guarantees"; "will never give up on" stays a refusal to give up
    (
        '"We are not going to make security guarantees for Kyiv," the US vice president said.',
        {("united-states", "security-guarantees", "opposes")},
    ),
    (
        "Kyiv will never give up on NATO membership, its foreign minister said.",
        {("ukraine", "nato-membership", "supports")},
    ),
    # new speech verbs
    (
        "The German chancellor clarified that Berlin would not send troops.",
        {("germany", "troop-contribution", "opposes")},
    ),
    # a deal reached "with" others is theirs too, and what it is "to" do is its object
    (
        "Washington has reached separate deals with Moscow and Kyiv to secure shipping in the Black Sea.",
        {
            ("united-states", "maritime-security", "supports"),
            ("russia", "maritime-security", "supports"),
            ("ukraine", "maritime-security", "supports"),
        },
    ),
    (
        "Turkey agreed with Romania to clear mines in the Black Sea.",
        {("turkey", "maritime-security", "supports"), ("romania", "maritime-security", "supports")},
    ),
    (
        "France struck an agreement with Britain on a reassurance force.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    # a relative clause in which the holder states something of its own is its own claim, not the object of the
    # cue before it (the doubts are about the compromise, the safety net is what they ask for)
    (
        "Germany and Italy had reservations about a compromise, which they conditioned on a safety net from "
        "Washington.",
        {("germany", "us-backstop", "supports"), ("italy", "us-backstop", "supports")},
    ),
    (
        "Germany, Italy and Poland were important contributors to the force, Macron said.",
        {
            ("germany", "reassurance-force", "supports"),
            ("italy", "reassurance-force", "supports"),
            ("poland", "reassurance-force", "supports"),
        },
    ),
    # a subject the parser hangs as an apposition at the end of an opening phrase is the verb's
    (
        "Despite doubts about the offer, Britain and France remain hopeful the US will provide intelligence.",
        {("united-kingdom", "intelligence-support", "supports"), ("france", "intelligence-support", "supports")},
    ),
    # a proposal someone reacts to is not theirs
    ("Moscow has not yet responded to the proposal for a reassurance force.", set()),
    ("Berlin reacted coolly to the plan for a European force.", set()),
    # what guarantees must be
    ("Zelensky said the guarantees must be legally binding.", {("ukraine", "security-guarantees", "supports")}),
    (
        "Ukraine insists that the guarantees be ratified before it signs any peace deal.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # "that" the parser tags as a question word opens no question
    (
        "Sweden's defence minister told the newspaper that Stockholm was prepared to send fighter jets to police "
        "Ukrainian airspace.",
        {("sweden", "air-defence", "supports")},
    ),
    # a government asking parliament to approve holds what it asks for
    (
        "The Estonian prime minister said his government would ask parliament to approve sending troops.",
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        "The Czech defence ministry said it was analysing the possibility of sending troops.",
        {("czechia", "troop-contribution", "noncommittal")},
    ),
    # a subject that names an actor among others is no "thing" whose requirements are backed
    (
        "Countries like Denmark would require parliamentary approval to send troops.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    # judgements: a mistake, a bad or good idea, the right approach, making sense, no substitute
    (
        "Sending European troops to Ukraine would be a mistake, the Hungarian prime minister said.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "The Slovak prime minister called the deployment of Western troops a bad idea.",
        {("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "A reassurance force is a good idea, the Dutch prime minister said.",
        {("netherlands", "reassurance-force", "supports")},
    ),
    ("Polish officials said a US backstop made sense.", {("poland", "us-backstop", "supports")}),
    ("Macron said the force was the right approach.", {("france", "reassurance-force", "supports")}),
    (
        "Kyiv says security guarantees are no substitute for NATO membership.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Lavrov called the idea of European peacekeepers counterproductive.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Kremlin described the plan for a Western force as naive.", {("russia", "reassurance-force", "opposes")}),
    # how Moscow's statements often put it
    (
        "Peskov said the Kremlin views the plans for a Western force negatively.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow has a negative attitude towards the idea of European peacekeepers, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "According to Ryabkov, the appearance of Western troops in Ukraine would mean a direct clash with Russia.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said it regarded the idea of a reassurance force with deep suspicion.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow reacted sharply to the British proposal to deploy troops.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # air cover for a mission is no cover for something else
    (
        "The Pentagon has told allies it will not provide air cover for a European mission.",
        {("united-states", "us-backstop", "opposes")},
    ),
    # partners described by what they are ready to do hold it themselves, not the one who thanks them
    ("Zelensky thanked the partners who are ready to send troops.", set()),
    # what it is judged naive or an illusion to expect is denied
    (
        "Lavrov said it would be naive to expect Russia to accept foreign troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "It is an illusion to think that Moscow will accept Western peacekeepers, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # an adverb cue is negated through its verb
    (
        "Berlin does not view the plan for a European force negatively.",
        {("germany", "reassurance-force", "noncommittal")},
    ),
    # reacting sharply to threats against the force is no stance against it
    ("Kyiv reacted sharply to Moscow's threats against the peacekeepers.", set()),
    # a negation hung on the auxiliary, "far from", having stopped: each turns the stance round
    ("Germany is no longer opposed to a European force.", {("germany", "reassurance-force", "supports")}),
    ("The US has stopped opposing a European force.", {("united-states", "reassurance-force", "supports")}),
    ("The UK is far from ready to send troops.", {("united-kingdom", "troop-contribution", "opposes")}),
    # what is set aside "rather than" or "instead of" is not what is offered; sending one's troops is refused
    ("Rather than sending troops, Japan will provide funding.", {("japan", "troop-contribution", "opposes")}),
    ("Instead of troops, Canada will offer training.", set()),
    # a denial covers everything below it
    ("Russia denied plans to oppose the reassurance force.", set()),
    ("Washington dismissed reports that it would withdraw support for the force.", set()),
    # refusing a refusal: not ruling out leaves it open, opposing a veto or a block backs the topic
    ("Britain rejected calls to rule out sending troops.", {("united-kingdom", "troop-contribution", "noncommittal")}),
    ("Poland opposed any move to block the reassurance force.", {("poland", "reassurance-force", "supports")}),
    ("Hungary opposed any attempt to veto the reassurance force.", {("hungary", "reassurance-force", "supports")}),
    # two judgements are no double negative; turning down criticism of a refusal keeps nothing reversed
    (
        "Zakharova said Western troops would be a pretext for a direct clash with NATO.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Poland rejected criticism of its refusal to send troops.", set()),
    # doubting the need, casting doubt
    ("Rome questioned the need for a reassurance force.", {("italy", "reassurance-force", "opposes")}),
    ("Slovakia cast doubt on the plan for a European force.", {("slovakia", "reassurance-force", "opposes")}),
    # "there will be no ..." below another cue is read once
    (
        "Russia wants guarantees that there will be no Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a fronted "like": a partner, whose own troops these are too
    (
        "Like Italy, Spain has ruled out sending troops.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    # a group acting alongside the holder
    (
        "Poland, along with the Baltic states, is ready to send troops.",
        {
            ("poland", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
        },
    ),
    # "no troops could be stationed": an impossibility, not speculation
    (
        "Peskov said no troops from NATO countries could be stationed in Ukraine under any circumstances.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("No country has yet committed troops, Rutte said.", set()),
    # a logistics hub for the force backs it; "its decision" is the holder's own part
    (
        "Romania's president said his country would be the logistics hub for the force.",
        {("romania", "reassurance-force", "supports")},
    ),
    (
        "Lithuania said its decision would depend on the size of the force.",
        {("lithuania", "troop-contribution", "conditional")},
    ),
    # not even weighed
    (
        "Merz said sending Bundeswehr units into Ukraine was not under consideration.",
        {("germany", "troop-contribution", "opposes")},
    ),
    # refusing to spell out what support means leaves it undecided
    (
        'The White House has said it supports "the European effort" but has refused to spell out what that means.',
        {("united-states", "us-backstop", "noncommittal")},  # one stance a sentence: the more qualified
    ),
    # regarded as an intervention, meaning their participation in the conflict
    (
        "Russia will regard the deployment of British and French troops in Ukraine as a direct intervention, "
        "Grushko said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The appearance of any contingents of NATO countries would mean their participation in the conflict, "
        "the Russian diplomat said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a condition insisted on with "only" is no speculation, even after "would consider"
    (
        "Peskov said Russia would consider security guarantees for Ukraine only as part of a comprehensive settlement.",
        {("russia", "security-guarantees", "conditional")},
    ),
    # what is a question of principle for someone is what they insist on
    (
        'Sybiha said that the presence of partner troops in Ukraine after the war was "a question of principle" '
        "for Kyiv.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # the present progressive commits
    (
        '"We are not putting boots on the ground," Trump told reporters.',
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Britain is sending several hundred troops to the mission, the defence secretary said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # a phrase of time or place between a noun cue and its infinitive ("signed a letter of intent on Friday to send")
    (
        "Norway signed a letter of intent on Friday to send soldiers to Ukraine.",
        {("norway", "troop-contribution", "supports")},
    ),
    # a mission on Ukrainian soil is the force
    (
        "Spanish troops will not take part in any mission on Ukrainian soil, Sanchez said.",
        {("spain", "troop-contribution", "opposes")},
    ),
    # refusing to sign what would allow the troops refuses the troops
    (
        "Hungary will not sign any agreement that allows Western troops in Ukraine.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    # a plan one receives, reads or studies is another's; one unveiled or presented is one's own
    ("The Kremlin has received a proposal that envisages a European force.", set()),
    ("Moscow has studied a document which calls for Western peacekeepers in Ukraine.", set()),
    (
        "Finland unveiled a plan that envisages a European force.",
        {("finland", "reassurance-force", "supports")},
    ),
    # the one asked in the passive holds nothing; the asker, when named, holds the support
    ("Portugal was urged to send more soldiers to the mission.", set()),
    ("Canada was urged by Zelensky to send troops.", {("ukraine", "reassurance-force", "supports")}),
    # planning a force backs it; plans for a force that another judges are what is judged
    (
        "Sweden and Denmark are planning a joint contingent for the reassurance force.",
        {("sweden", "reassurance-force", "supports"), ("denmark", "reassurance-force", "supports")},
    ),
    (
        "The Kremlin said the plans for a European force in Ukraine were provocative.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a side saying what it could do, framed by its own name
    (
        "Belgium said it could provide minehunters for demining operations in the Black Sea.",
        {("belgium", "maritime-security", "supports")},
    ),
    # the backstop a condition asks for is wanted; the troops stay conditional
    (
        "The Netherlands is willing to send troops, provided there is a US backstop.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    # contributors with nothing after them are contributors to what was just discussed
    ("Macron said Germany and Poland were important contributors.", set()),
    (
        "Britain has earmarked up to 10,000 troops for the mission, the Times reported.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Moscow considers any foreign military presence in Ukraine a direct threat.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Turkey offered to take on a role in securing the Black Sea.", {("turkey", "maritime-security", "supports")}),
    ("Romania is prepared to host a coordination hub for the mission.", {("romania", "reassurance-force", "supports")}),
    ("Sweden does not exclude sending troops.", {("sweden", "troop-contribution", "noncommittal")}),
    # mocking a plan opposes it
    (
        "Lavrov mocked the idea of peacekeepers as a fig leaf for occupation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # undecided about troops, its own unless another's are named
    (
        "No decision on troops will be taken before a ceasefire, the German government spokesman said.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    # support gained in capitals is those capitals' support
    (
        "The idea of a European force has gained support in Paris and London.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    # a future mission is the force
    ("Ankara has not ruled out a role in a future mission.", {("turkey", "reassurance-force", "noncommittal")}),
    # what no actor holds stays unclaimed
    ("A poll found that most Britons support sending troops.", set()),
    ("Critics say the plan to send troops is reckless.", set()),
    ("The summit ended without agreement on security guarantees.", set()),
    # a reply with no object of its own answers the request it is coordinated with
    (
        "The Polish president said that Poland had been asked to send troops but had refused.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Norway was invited to join the mission and agreed.", {("norway", "troop-contribution", "supports")}),
    # what a conditional stance depends on, when a topic, is wanted (not what is named inside it)
    (
        "Any Danish deployment would depend on a US security guarantee, Frederiksen said.",
        {("denmark", "troop-contribution", "conditional"), ("denmark", "us-backstop", "supports")},
    ),
    (
        "Finland's contribution will depend on the mandate of the mission.",
        {("finland", "troop-contribution", "conditional")},
    ),
    # "any contribution", said by a side, is that side's own
    (
        "Australia has said any contribution would be conditional on a ceasefire holding.",
        {("australia", "troop-contribution", "conditional")},
    ),
    # a plan or document credited to its authors by the participle describing it
    (
        "The proposal put forward by Britain and France envisages a European force.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    # a document binding named sides to something: they hold it
    (
        "The joint declaration signed in Paris commits Canada and Norway to deploying troops after a ceasefire.",
        {("canada", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    # refusing a deal that bars the troops backs them; welcoming a plan that excludes membership opposes it once
    (
        "Kyiv has rejected any deal that would bar foreign troops from Ukraine.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The Kremlin welcomed the fact that the plan excludes NATO membership for Ukraine.",
        {("russia", "nato-membership", "opposes")},
    ),
    # plans judged by someone: the judge holds the judgement, not the plans' authors
    (
        "Zakharova said the plans of Britain and France to send troops to Ukraine were dangerous.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # preparation for war is a judgement of what is prepared
    (
        "Medvedev said the plans for a European force in Ukraine were preparation for war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a document described as binding a side names its content; the side does not hold it, those who want it do
    (
        "A signed document committing Kyiv to neutrality remains the main goal, Lavrov said.",
        {("russia", "nato-membership", "opposes")},
    ),
    # members listed for an unnamed group, before or after its stance
    (
        "Among the governments that have refused to send troops are Spain and Belgium.",
        {("spain", "troop-contribution", "opposes"), ("belgium", "troop-contribution", "opposes")},
    ),
    (
        "Several nations have pledged soldiers for the mission, including Norway and Denmark.",
        {("norway", "troop-contribution", "supports"), ("denmark", "troop-contribution", "supports")},
    ),
    # blame and credit: the one blamed for an act did it; a blame with no one named to blame is no one's stance
    (
        "Norway was criticised for refusing to send soldiers.",
        {("norway", "troop-contribution", "opposes")},
    ),
    (
        "Belgium was criticised for its plan to deploy soldiers to Ukraine.",
        {("belgium", "troop-contribution", "supports")},
    ),
    (
        "Kyiv criticised the Kremlin for rejecting any security guarantees for Ukraine.",
        {("ukraine", "security-guarantees", "supports"), ("russia", "security-guarantees", "opposes")},
    ),
    (
        "Norway was condemned by the Kremlin for offering to send soldiers.",
        {("russia", "reassurance-force", "opposes"), ("norway", "troop-contribution", "supports")},
    ),
    # an accusation is the accuser's opposition; what the accused is said to plan is alleged, not their stance
    (
        "Medvedev accused Sweden and Norway of plotting to deploy soldiers in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Belgium was accused of preparing to send soldiers to Ukraine.", set()),
    ("Kyiv accused Moscow of sabotaging the ceasefire talks.", set()),
    # a decision on a deployment owned by no one named is on the side's own troops
    (
        '"We have not yet decided on a deployment to Ukraine," the Norwegian prime minister said.',
        {("norway", "troop-contribution", "noncommittal")},
    ),
    # not committing to something leaves it open; not committing troops refuses them
    ("Washington would not commit to a backstop for the force.", {("united-states", "us-backstop", "noncommittal")}),
    ("Spain will not commit soldiers to the mission.", {("spain", "troop-contribution", "opposes")}),
    # standing behind something, taking the lead in it
    ("Oslo stands firmly behind the security guarantees for Ukraine.", {("norway", "security-guarantees", "supports")}),
    (
        "Washington will take the lead in monitoring the ceasefire, the State Department said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    # a deployment judged as the way to war
    (
        "Sending Western soldiers to Ukraine would be a sure road to a wider war, Medvedev said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Any foreign military contingents in Ukraine would be a recipe for disaster, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a call coordinated with a refusal says what it urges; it does not share the refusal's topic
    (
        "Bratislava will not take part in any mission in Ukraine and urged Brussels to stop financing the war.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    # "no" on the subject of a clause below the cue denies the topic; a second "that" clause is demanded too
    ("Moscow demanded that no Western soldiers be stationed in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Moscow demanded that Kyiv drop its bid to join NATO and that no foreign soldiers be stationed in Ukraine.",
        {("russia", "nato-membership", "opposes"), ("russia", "reassurance-force", "opposes")},
    ),
    # a plan that requires giving something up, or bars it, opposes it for those who drew it up
    (
        "A framework drawn up by US negotiators would require Kyiv to give up its ambition to join NATO.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "The proposal drafted by US negotiators would bar NATO from deploying soldiers in Ukraine.",
        {("united-states", "reassurance-force", "opposes")},
    ),
    # "neither ... nor" on the object denies the cue; a denial of a denial backs the topic
    ("Belgium will send neither soldiers nor money.", {("belgium", "troop-contribution", "opposes")}),
    ("Paris wants to stop Moscow from blocking the force.", {("france", "reassurance-force", "supports")}),
    ("The Kremlin said there can be no Western soldiers in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    # a refusal given up is a refusal no more; plans put on hold are undecided
    ("Oslo has abandoned its opposition to a US backstop.", {("norway", "us-backstop", "supports")}),
    ("Madrid dropped its resistance to security guarantees for Kyiv.", {("spain", "security-guarantees", "supports")}),
    ("Belgium's resistance to sending soldiers has not changed.", {("belgium", "troop-contribution", "opposes")}),
    ("Norway has put its plans to send soldiers on hold.", {("norway", "troop-contribution", "noncommittal")}),
    # "he" in a quotation: a person of another side named outside it, reported by the speaker
    (
        '"He will never accept foreign soldiers in Ukraine," Zelensky said of Putin.',
        {("russia", "reassurance-force", "opposes")},
    ),
    ('"He told me he would not send soldiers," Trump said.', set()),
    # "each" beside a named subject is no subject of its own; a side's own parliament approving its deployment
    (
        "Sweden and Norway have each said they would send soldiers.",
        {("sweden", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    ("Belgium's parliament would need to approve any deployment.", {("belgium", "troop-contribution", "conditional")}),
    # names after a fronted phrase the parser took in as its conjuncts are the subject
    (
        "Outside Europe, Canada and Australia have signalled that they are open to taking part in the force.",
        {("canada", "troop-contribution", "supports"), ("australia", "troop-contribution", "supports")},
    ),
    # creating, leading or joining the coalition of the willing backs the force, scare quotes or not
    ("Canberra is ready to join the coalition of the willing.", {("australia", "reassurance-force", "supports")}),
    (
        "Budapest refused to join the coalition of the willing, Orban said.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "The initiative of Oslo and Stockholm to build a 'coalition of the willing' has divided Europe.",
        {("norway", "reassurance-force", "supports"), ("sweden", "reassurance-force", "supports")},
    ),
    ("Leaders of the coalition of the willing met in Rome.", set()),
    # eleventh round: a group's state, means of backing, ratifying, leading, "among the first", undisclosed plans
    (
        "There is still no consensus among EU members on sending troops to Ukraine.",
        {("european-union", "troop-contribution", "noncommittal")},
    ),
    (
        "There is no unanimity yet on sending troops, the Belgian foreign minister said.",
        set(),  # a lack of consensus is a group's state: with no group named, it is no one's stance
    ),
    (
        "Washington would support any European-led force with air defence systems.",
        {("united-states", "air-defence", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    (
        "The Pentagon is prepared to back the mission with intelligence.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    (
        "Washington endorsed the mission, with the exception of any role for American soldiers.",
        {("united-states", "reassurance-force", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The Czech parliament must ratify the security guarantees, the Czech foreign minister insisted.",
        {("czechia", "security-guarantees", "conditional")},
    ),
    (
        "Slovakia refused to ratify the security guarantees for Ukraine.",
        {("slovakia", "security-guarantees", "opposes")},
    ),
    (
        "The reassurance force would be led by Britain and France.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        "The Netherlands will not lead any peacekeeping mission in Ukraine, Schoof said.",
        {("netherlands", "reassurance-force", "opposes")},
    ),
    (
        "Danish soldiers would be among the first to deploy to Ukraine, Frederiksen said.",
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        "Norway has not said whether it would send troops to Ukraine.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    # "their troops" are the sender's: the holder's own only when the holder sends them
    (
        '"The Europeans are dreaming of sending their troops under the guise of peacekeepers," Lavrov said.',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kyiv welcomed the readiness of European countries to send their troops.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The Spanish defence minister said the country would not send its soldiers to Ukraine.",
        {("spain", "troop-contribution", "opposes")},
    ),
    # someone who speaks for no side (an analyst, a former official) gives a view, not a side's stance
    (
        "An analyst at a Warsaw think tank said Poland would never send troops to Ukraine.",
        set(),
    ),
    (
        "John Ellis, a former British general, said Britain would not send troops without a US backstop.",
        set(),
    ),
    (
        '"We are ready to send troops," Lars Holm, the Danish defence minister, told reporters.',
        {("denmark", "troop-contribution", "supports")},
    ),
    # a dependence denied: the thing stands on no condition; a requirement denied: what must be left out
    (
        "Sybiha said the deployment of a multinational contingent in Ukraine cannot depend on Russia's consent.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Britain's participation in the force does not depend on a US backstop, Healey said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Any settlement must not include foreign troops in Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The United States will help monitor a future ceasefire.",
        {("united-states", "intelligence-support", "supports")},
    ),
    # an outcome others decide: a forecast of it is the forecaster's stance
    (
        "Trump said Ukraine will never join NATO.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "Zelensky said Ukraine wants to join NATO.",
        {("ukraine", "nato-membership", "supports")},
    ),
    # the one a relative clause describes, named by the copula; a cleft names the holder
    (
        "Hungary is the only EU member that opposes the security guarantees.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    (
        "It is Russia that rejects the reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a side denying it would do something refuses it; denying another's words asserts nothing of them
    (
        "Berlin denied that it would send troops to Ukraine.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Peskov denied that Russia would accept European peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin denied that Britain would send troops.",
        set(),
    ),
    # a document providing for something backs it for its authors; a force's size names no troops of the holder
    (
        "The American draft provides for security guarantees modelled on Article 5.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    (
        "The plan drawn up by Britain provides for a reassurance force of 20,000 troops.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # a plan another side made is not the holder's own unless the verb makes, holds or gives it up; criticisms
    (
        "The Kremlin discussed the plan to station Western troops in Ukraine.",
        set(),
    ),
    (
        "Moscow was informed of the proposal for a European force in Ukraine.",
        set(),
    ),
    (
        "Britain unveiled a plan to deploy troops to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Sweden has shelved plans to send troops to Ukraine.",
        {("sweden", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin blasted the plan to station Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow lashed out at the idea of a reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia bristled at the deployment of Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin took issue with the deployment of British troops to Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Germany has thrown its full weight behind the reassurance force.",
        {("germany", "reassurance-force", "supports")},
    ),
    (
        "Rome has warmed to the idea of a US backstop.",
        {("italy", "us-backstop", "supports")},
    ),
    (
        "Madrid has been cool to the idea of sending troops.",
        {("spain", "troop-contribution", "opposes")},
    ),
    (
        "Warsaw insists any reassurance force must have a UN mandate.",
        {("poland", "reassurance-force", "conditional")},
    ),
    # a support cue whose object acts against the topic (target, strike troops, keep out, free of, withdrawal)
    (
        "The Kremlin vowed to target any Western troops stationed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow promised to destroy any foreign troops deployed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia is ready to strike any British troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain is ready to strike a deal on security guarantees.",
        {("united-kingdom", "security-guarantees", "supports")},
    ),
    (
        "Russia intends to keep Western troops out of Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin backs a Ukraine free of NATO troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow insists on the withdrawal of all foreign forces from Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia called for the removal of any Western troops from Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia is determined to stop European troops from entering Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow will do everything to prevent Western troops from being deployed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain is determined to send troops to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # what a refusal waits for on the cue's own words; a bare infinitive relative for the member named; not deterred
    (
        '"Nobody is going to deploy soldiers without American air cover," the Dutch premier Schoof said.',
        {("netherlands", "reassurance-force", "conditional")},
    ),
    (
        "Slovakia is the only country not to back the reassurance force.",
        {("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "Denmark will not be deterred from sending troops to Ukraine.",
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        "Norway was dissuaded from sending troops to Ukraine.",
        {("norway", "troop-contribution", "opposes")},
    ),
    # what follows a "but" is not under the refusal before it, even where the parser hangs it there
    (
        "Sanchez said Spain would not send troops but backs extending NATO-style protection to Ukraine.",
        {("spain", "troop-contribution", "opposes"), ("spain", "article-5-guarantee", "supports")},
    ),
    (
        "The Dutch premier said the Netherlands would not send soldiers but backs extending Article 5-style protection"
        " to Kyiv.",
        {("netherlands", "troop-contribution", "opposes"), ("netherlands", "article-5-guarantee", "supports")},
    ),
    # "its" for a body named by common nouns; each side of a coordinated speaker; a passive subject is not the
    # topic of a verb joined to it
    (
        "Lavrov mocked the coalition of the willing, saying its plans to deploy troops in Ukraine amounted to"
        " an occupation.",
        {("russia", "reassurance-force", "opposes"), ("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    (
        "Italy and Spain have argued that Europe must put soldiers on the ground in Ukraine.",
        {("italy", "reassurance-force", "supports"), ("spain", "reassurance-force", "supports")},
    ),
    (
        "Peskov stressed that any guarantees must be agreed with Moscow and exclude Western troops.",
        {("russia", "security-guarantees", "conditional"), ("russia", "reassurance-force", "opposes")},
    ),
    # a clause that repeats the verb as a bare auxiliary ("as will France", "and nor will Hungary") gives its names
    # the same stance; "ready to contribute" is one's own troops
    (
        "Denmark will send troops to Ukraine, as will Norway.",
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    (
        "Belgium will deploy soldiers to Ukraine; so will the Netherlands.",
        {("belgium", "troop-contribution", "supports"), ("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Slovakia will not send troops, and nor will Hungary.",
        {("slovakia", "troop-contribution", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Sweden has not ruled out sending troops, and neither has Finland.",
        {("sweden", "troop-contribution", "noncommittal"), ("finland", "troop-contribution", "noncommittal")},
    ),
    (
        "Spain rejects the reassurance force, as does Italy.",
        {("spain", "reassurance-force", "opposes"), ("italy", "reassurance-force", "opposes")},
    ),
    (
        "Britain will send troops, and Canada will too.",
        {("united-kingdom", "troop-contribution", "supports"), ("canada", "troop-contribution", "supports")},
    ),
    (
        "Hungary has ruled out sending troops, while Latvia and Estonia have said they are ready to contribute.",
        {
            ("hungary", "troop-contribution", "opposes"),
            ("latvia", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
        },
    ),
    (
        "Britain will send troops to Ukraine, as France did in Mali.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Germany will not send troops, as Merz has made clear.",
        {("germany", "troop-contribution", "opposes")},
    ),
    # names excepted from a subject that names no one do what the verb says ("nobody but Slovakia opposes")
    (
        "Apart from Britain and France, no country has offered troops.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "No European country except Hungary opposes the security guarantees.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    (
        "Nobody but Slovakia opposes the reassurance force.",
        {("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "Besides Canada, no country outside Europe has pledged troops.",
        {("canada", "troop-contribution", "supports")},
    ),
    (
        "Nobody in Paris opposes the reassurance force.",
        {("france", "reassurance-force", "supports")},
    ),
    # a title of the opposition, or a former one, anywhere in the words before the name: no side's voice
    (
        "Opposition leader Jan Novak said Czechia would never send troops to Ukraine.",
        set(),
    ),
    (
        "Former defence minister Anna Berg said Sweden should send troops to Ukraine.",
        set(),
    ),
    # a determination to act is a commitment
    (
        '"We reaffirm our determination to deploy a reassurance force," Starmer said.',
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # what is left unsaid ("without commenting on") is no object of the cue before it
    (
        "Beijing opposed bloc confrontation, without commenting on the reassurance force.",
        set(),
    ),
    (
        "New Delhi rejected military blocs without mentioning the reassurance force.",
        set(),
    ),
    # backing something without sending troops, or rather than sending them, refuses one's own troops
    (
        "Norway will back the reassurance force without sending troops.",
        {("norway", "reassurance-force", "supports"), ("norway", "troop-contribution", "opposes")},
    ),
    (
        "Denmark is ready to send troops even without a US backstop.",
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        "Spain prefers training Ukrainian soldiers at home rather than sending troops.",
        {("spain", "troop-contribution", "opposes")},
    ),
    # "but not without" sets a condition, and what it names is wanted; "not without reservations" is no condition
    (
        "Warsaw supports the reassurance force, but not without a US backstop.",
        {("poland", "reassurance-force", "conditional"), ("poland", "us-backstop", "supports")},
    ),
    (
        "Denmark will send troops, but not without a UN mandate.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    (
        "Norway backs the reassurance force, but not without reservations.",
        {("norway", "reassurance-force", "supports")},
    ),
    # a short answer to the question the cue stands in ("Asked whether ..., Tusk said no"); a condition opened by
    # its auxiliary ("Had Washington offered ...")
    (
        "Asked whether Poland would send troops, Tusk said no.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        'Asked if Spain would join the force, Sanchez replied: "Absolutely not."',
        {("spain", "troop-contribution", "opposes")},
    ),
    (
        'Asked whether Britain would send troops, Starmer said: "Yes, we will."',
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Asked whether Germany would send troops, Merz said Berlin had not yet decided.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Had Washington offered a backstop, Berlin would have sent troops.",
        set(),
    ),
    # news idioms: the brakes on plans refuse them ("put forward" still owns them), greenlit, dragged its feet,
    # on the fence, dug in its heels, cold water
    (
        "Rome has put the brakes on plans to send troops.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Britain put forward plans to deploy troops to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "The Belgian government has greenlit a contribution of troops to the reassurance force.",
        {("belgium", "troop-contribution", "supports")},
    ),
    (
        "Washington has dragged its feet on a backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    (
        "Madrid is sitting on the fence over sending troops.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Budapest has dug in its heels against the security guarantees.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    (
        "Warsaw has thrown cold water on sending troops.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # a parliament's approval named after the cue makes a deployment the side's own; naval capacity, Black Sea shipping
    (
        "Kristersson said any deployment would need the approval of parliament.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    (
        "Norway said it would contribute naval capacity to secure Black Sea shipping.",
        {("norway", "maritime-security", "supports")},
    ),
    # Members an unnamed group lists: after 'including' when the group said 'they', after 'namely'
    (
        "Several countries, including France and Britain, have said they are ready to send troops to Ukraine.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Some countries, including Hungary and Slovakia, said they opposed the reassurance force.",
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "Only a handful of countries are ready to deploy troops, namely Britain, France and Estonia.",
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
        },
    ),
    (
        "Few countries, namely Britain and France, are ready to deploy troops.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Britain is ready to station troops in two regions: Odesa and Kharkiv.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Several countries said they were ready to send troops.",
        set(),
    ),
    # What a side asks 'in exchange for' or 'in return for' what it gives is wanted; an offer on those terms is
    # conditional
    (
        "Zelensky said Ukraine was prepared to drop its bid to join NATO in exchange for security guarantees from the"
        " United States.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Kyiv would give up its NATO bid in return for binding security guarantees.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Britain offered to send troops in exchange for an American backstop.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "Russia demanded that Ukraine abandon its NATO ambitions in exchange for a ceasefire.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Kyiv is ready to make territorial concessions in return for binding security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Moscow said it would never trade its security in exchange for Western promises.",
        set(),
    ),
    # A plan or document someone is said to own speaks for its authors when it 'provides', 'stipulates' or
    # 'requires' that
    (
        "The plan, drafted by Washington, provides that Ukraine will never join NATO.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "Moscow's proposal stipulates that Ukraine will not join NATO.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "The draft requires that no Western troops be deployed in Ukraine, Russian officials said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain provides training, and Ukraine will not join NATO soon, analysts said.",
        set(),
    ),
    # 'Under the plan drafted by X': the plan's authors hold what it provides; the words describing it hold nothing
    (
        "Under the 28-point plan drafted by Washington, NATO troops would not be stationed in Ukraine.",
        {("united-states", "reassurance-force", "opposes")},
    ),
    (
        "Under Moscow's proposal, no Western troops would be deployed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Under the plan championed by France, European troops would be deployed in Ukraine after a ceasefire.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Under the plan, no Western troops would be deployed in Ukraine.",
        set(),
    ),
    (
        "Under pressure from Washington, Britain agreed to send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # A 'military role' is a side's own troops (not 'a military role for' another side); 'in the Black Sea' stays
    # maritime
    (
        "Japan has ruled out any military role in Ukraine.",
        {("japan", "troop-contribution", "opposes")},
    ),
    (
        "Japan has ruled out a military role in the force.",
        {("japan", "troop-contribution", "opposes")},
    ),
    (
        "Spain has not ruled out a military role in the mission.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Washington has ruled out a US military role on the ground in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Britain wants a military role for the United States in the force.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Italy's military contribution will be limited to training outside Ukraine, Meloni said.",
        {("italy", "troop-contribution", "supports")},
    ),
    (
        "Turkey is ready to play a military role in the Black Sea.",
        {("turkey", "maritime-security", "supports")},
    ),
    (
        "Germany said a military role in Ukraine was out of the question.",
        {("germany", "troop-contribution", "opposes")},
    ),
    # A veto someone has, gets or lacks is a power to block, not a stance (read before as the holder undecided)
    (
        "Starmer said Russia does not get a veto over the deployment of European troops.",
        set(),
    ),
    (
        "Starmer said Russia will not have a veto on the reassurance force.",
        set(),
    ),
    (
        "Russia has no veto over the reassurance force, Macron said.",
        set(),
    ),
    (
        "Russia wants a veto over the reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Hungary has a veto over the security guarantees.",
        set(),
    ),
    # Nobody in a capital wants its own named troops sent: that side's own troops; troops not said to be its own stay
    # anyone's
    (
        "Nobody in Berlin wants to send German troops to Ukraine, a minister said.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Nobody in Warsaw wants to send Polish soldiers to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Nobody in Berlin wants to send troops to Ukraine.",
        {("germany", "reassurance-force", "opposes")},
    ),
    # 'X, not Y': the 'not' denies what follows it, not the cue it hangs on (read before as undecided)
    (
        "Russia would view the deployment of Western troops as an escalation, not a peace measure.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow called the force a provocation, not a guarantee of peace.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Poland will send equipment, not troops.",
        {("poland", "troop-contribution", "opposes")},  # the troops set apart are refused (round 19; nothing before)
    ),
    # 'Insists that' with a bare verb is a demand, its subject's (read before as the stance of the one told to act);
    # with a tense it reports
    (
        "Russia insists that Ukraine renounce NATO membership.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "The Kremlin insisted that no Western troops be deployed in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain insisted that the United States provide a backstop.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "Peskov insisted that Russia would never accept foreign troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky insisted that Ukraine will join NATO one day.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Starmer insisted that British troops were ready to deploy.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Kyiv insists that the security guarantees be legally binding.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # A precondition is wanted, an irreversible path backed, an invitation into NATO is membership
    (
        "Rutte said Ukraine's path to NATO was irreversible.",
        {("nato", "nato-membership", "supports")},
    ),
    (
        "The Kremlin said neutrality for Ukraine was a precondition for any deal.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Lithuania called for Ukraine to be invited into NATO.",
        {("lithuania", "nato-membership", "supports")},
    ),
    (
        "Britain said a US backstop was a precondition for deploying troops.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    # 'In the words of X' frames a clause as 'according to X' does; 'in other words' frames nothing
    (
        "In the words of Lavrov, any foreign contingent would become a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "In other words, Britain is ready to send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # A judgement the parser hangs inside a named side's plan belongs to the verb reacting to it; the plan stays its
    # owner's (read backwards before: Britain refusing its own troops)
    (
        "Lavrov mocked Britain's plan to deploy troops as a fantasy.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Moscow described the French plans to send troops as dangerous.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin described the plans to deploy troops as dangerous.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Hungary's plan to block the security guarantees angered Kyiv.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    # A short answer quoted before 'when asked whether' gives the question's cue its stance; a longer one says nothing
    # of the question
    (
        '"Never," Orban said when asked whether Hungary would send troops.',
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        '"Absolutely," Starmer replied when asked if Britain would put boots on the ground.',
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        '"We will decide that in due course with our partners," Merz said when asked whether Germany would send'
        " troops.",
        set(),
    ),
    # '..., X said, referring to the force': what the words are about, as 'said of' names it
    (
        '"This would be a provocation," Peskov said, referring to the deployment of Western troops.',
        {("russia", "reassurance-force", "opposes")},
    ),
    # 'Even if' concedes, it sets no condition; what a cue does 'regardless of' is no object of it
    (
        "Even if the US does not help, France will send troops.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Britain will deploy troops regardless of whether the US provides a backstop.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Estonia will send soldiers irrespective of what Moscow says about the force.",
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        "France will send troops if the US provides a backstop.",
        {("france", "troop-contribution", "conditional")},
    ),
    # Restraint: who is held back from doing something holds what it does once restraint is denied ("nothing will stop
    # us from"); affirmed, it is the restrainer's stance; a restraint on no topic (deterring an attack) is none
    (
        "Nothing will stop us from sending troops to Ukraine, Starmer said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Russian threats will not deter France from deploying troops to Ukraine.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Washington prevented Kyiv from joining NATO.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "Moscow has tried to discourage Finland from joining the reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "A US backstop is essential to deter Russia from attacking Ukraine again, Starmer said.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "The force would stop Russia from attacking again, Macron said.",
        set(),
    ),
    (
        '"We must stop the war first," Peskov said.',
        set(),
    ),
    # A colon spells out the view it follows ("Moscow's position is clear: it rejects ..."): the view's owner holds it
    (
        "The Kremlin's position is well known: it rejects any deployment of Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Warsaw's answer was clear: we will not send soldiers to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "The position of the Kremlin is unchanged: it will never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The problem is clear: it rejects any deployment of Western troops.",
        set(),
    ),
    # "In no hurry to" is undecided; volunteering troops is sending them
    (
        "Rome is in no hurry to send troops to Ukraine.",
        {("italy", "troop-contribution", "noncommittal")},
    ),
    (
        "Finland volunteered troops for the mission.",
        {("finland", "troop-contribution", "supports")},
    ),
    # A reason given for a judgement of a thing ("the plan was unacceptable because it provided for foreign troops"):
    # "it" is the thing, not the speaker's side, and what it provides for is what the judgement is about
    (
        'Peskov said the plan was "unacceptable" because it provided for foreign troops.',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said the proposal was dangerous since it would put NATO soldiers on Ukrainian soil.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said the talks were useless because they ignored Russia's interests.",
        set(),
    ),
    (
        "Lavrov said the plan had been drafted in haste because it provided for foreign troops.",
        set(),
    ),
    # The nearest verb with auxiliaries of its own sets the aspect ("had not been consulted and would not accept"
    # refuses); "units" of foreign armies are troops
    (
        "The Kremlin said it had not been consulted and would not accept any such deployment.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Berlin has not committed to sending troops.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Moscow will regard any Western units in Ukraine as legitimate targets, Zakharova warned.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # Denials through a noun: dismissing or rejecting reports that it would send troops reads like "denied that it
    # would" (its own refusal); denying any plans to send troops refuses them; another's plans or a criticism
    # dismissed are no stance
    (
        "Denmark dismissed reports that it would send troops to Ukraine.",
        {("denmark", "troop-contribution", "opposes")},
    ),
    (
        "Berlin rejected speculation that it would send soldiers to Ukraine.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Paris dismissed concerns about the force.",
        set(),
    ),
    (
        "Italy denied any plans to send troops to Ukraine.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Russia denied Britain's plans to send troops.",
        set(),
    ),
    # Read backwards before: a refusal denied below a supporting frame ("urged Germany not to rule out") backs the
    # topic; a thing judged pointless without something needs it
    (
        "Britain urged Germany not to rule out sending troops.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Macron urged partners not to reject the reassurance force.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Meloni said the force would be pointless without a US backstop.",
        {("italy", "us-backstop", "supports")},
    ),
    (
        "Peskov said the force would be unacceptable without Moscow's consent.",
        {("russia", "reassurance-force", "conditional")},
    ),
    # Whose stance: a clause as subject ("Ukraine joining NATO was out of the question") is an event the speaker
    # judges, not the stance of the side it names (that had been Ukraine refusing NATO); those counted on to send
    # troops send them; an angry reaction to reports of a deployment opposes it
    (
        "Putin said Ukraine joining NATO was out of the question.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Lavrov said Western troops entering Ukraine would be unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Ukraine is counting on its partners to send troops.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The Kremlin reacted angrily to reports that Britain would send troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow slammed reports that France was ready to deploy soldiers to Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # A question answered "No." asserts the answer, whatever "could" the question holds
    (
        'Asked whether Russia could accept European peacekeepers, Peskov said: "No. This question is closed."',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Asked whether Germany would send troops, Merz said no.",
        {("germany", "troop-contribution", "opposes")},
    ),
    # Treating a deployment "as foreign intervention" opposes it; waiting "once" or "when" for something other than
    # peace (a US backstop, a vote) is a condition
    (
        "Russia will treat any deployment of Western troops in Ukraine as foreign intervention.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain sees the force as an intervention for peace.",
        set(),
    ),
    (
        "Berlin would be ready to contribute to the force once Washington's backstop was in place.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Poland will join the mission when parliament gives its approval.",
        {("poland", "troop-contribution", "conditional")},
    ),
    (
        "Britain will send troops once a ceasefire is agreed.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # A verb coordinated with a commitment, sharing its subject and auxiliaries, commits the same way to its own
    # object ("will lead the force and provide the bulk of its troops"), negation included
    (
        "Britain and France will lead the force and provide the bulk of its troops.",
        {
            ("united-kingdom", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
        },
    ),
    (
        "The US will back the force and provide air cover.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Canada will join the coalition and send troops to Ukraine.",
        {("canada", "troop-contribution", "supports")},
    ),
    (
        "Germany will not join the mission or send troops.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Germany will not lead the force or send troops.",
        {("germany", "reassurance-force", "opposes"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Britain will send troops and Russia will object.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Spain is ready to join the mission and send a battalion.",
        {("spain", "troop-contribution", "supports")},
    ),
    # A side's own role made conditional is its own part ("any Italian role conditional on a UN mandate")
    (
        "Italy has made any Italian role conditional on a United Nations mandate.",
        {("italy", "troop-contribution", "conditional")},
    ),
    # Conditions: a "provided that" clause asserts nothing of its own (it had given the US backing the mission);
    # considering a step "only if" something holds is conditional; "it was not the time" is undecided
    (
        "Lithuania is ready to send troops provided that the United States backs the mission.",
        {("lithuania", "troop-contribution", "conditional")},
    ),
    (
        "Poland would consider sending troops only if NATO allies did the same.",
        {("poland", "troop-contribution", "conditional")},
    ),
    (
        "Poland would consider sending troops if NATO allies did the same.",
        {("poland", "troop-contribution", "noncommittal")},
    ),
    (
        "Tusk said it was not the time to talk about Polish troops in Ukraine.",
        {("poland", "troop-contribution", "noncommittal")},
    ),
    # "As long as" sets a condition and asserts nothing of its own (it had given the US backing the mission); "on
    # condition that Washington ..." is no place the troops go (the troops had been read as sent elsewhere)
    (
        "Britain will send troops as long as the United States backs the mission.",
        {("united-kingdom", "troop-contribution", "conditional")},
    ),
    (
        "France will deploy soldiers on condition that Washington provides air cover.",
        {("france", "troop-contribution", "conditional"), ("france", "us-backstop", "supports")},
    ),
    (
        "Germany will station troops in Lithuania.",
        set(),
    ),
    # A condition without "if" ("Should the US back the force, ...", "Assuming the US provides a backstop, ...") makes
    # the commitment conditional and asserts nothing of its own
    (
        "Should the US back the force, Germany would send troops.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Assuming the US provides a backstop, Denmark will contribute troops.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    # What there is "no reason why" is not asserted (it had given the US refusing a backstop); said plainly, it is
    (
        "Britain said it saw no reason why the US could not provide a backstop.",
        set(),
    ),
    (
        "The US could not provide a backstop, Vance said.",
        {("united-states", "us-backstop", "opposes")},
    ),
    # Not yet at the stage where a side can act: what the stage would allow is undecided, not pledged (a point now
    # reached is a pledge).
    (
        '"We are not yet at a stage where we can commit troops," the Japanese defence minister said.',
        {("japan", "troop-contribution", "noncommittal")},
    ),
    (
        "Tokyo said it was not in a phase where it could send troops.",
        {("japan", "troop-contribution", "noncommittal")},
    ),
    (
        "Japan is now at the point where it can send troops.",
        {("japan", "troop-contribution", "supports")},
    ),
    # Praise or blame for troop pledges is about the force the others' troops make up (not 'welcomed Britain's troop
    # pledge', for Britain); 'condemned the troop pledges' had been Russia refusing its own troops.
    (
        "Zelensky welcomed the troop pledges.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Starmer praised the troop contributions of Finland and Sweden.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Peskov condemned the troop pledges.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Starmer welcomed Britain's troop pledge.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # Troops that would 'become targets' are threatened; a side's 'proposal of' a guarantee, the 'three objectives' it
    # outlines for a force and the timing of a deployment it discusses are its own plans.
    (
        "Moscow has warned that European peacekeepers would become targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Medvedev said any British troops in Ukraine would become targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Meloni repeated her proposal of an Article 5-like guarantee.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    (
        "Starmer outlined three objectives for the reassurance force.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Britain is discussing the timing of deploying peacekeepers to Ukraine.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # A power denied ('Russia cannot veto the force', said by another side) is no stance of the side denied it; had
    # been that side undecided. Restraint denied ('can't stop us from deploying') still lets the one held back go
    # ahead.
    (
        "Russia cannot veto a reassurance force, the British defence secretary said.",
        set(),
    ),
    (
        "Moscow cannot block the security guarantees, Macron said.",
        set(),
    ),
    (
        "Hungary can block any guarantees, Orban said.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    (
        "Moscow can't stop us from deploying troops, Macron said.",
        {("france", "troop-contribution", "supports")},
    ),
    # Judged doomed or delusional: 'Peskov said plans for a European reassurance force were doomed' had been Russia
    # backing the force (the plans' own cue).
    (
        "Peskov said plans for a European reassurance force were doomed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov called the idea of peacekeepers delusional.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # A plan whose authors no word names, as the subject of what a speaker says of it, is not the speaker's plan:
    # 'Peskov said plans for a European reassurance force were interesting' had been Russia backing the force (and so
    # had any judgement the lists lack). 'European plans ... are mature' names its authors.
    (
        "Peskov said plans for a European reassurance force were interesting.",
        set(),
    ),
    (
        "Peskov said plans for a European reassurance force were being discussed.",
        set(),
    ),
    (
        "Lavrov said plans for a European reassurance force were ridiculous.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said plans for a European reassurance force were a bluff.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "European plans for a peacekeeping force are now mature, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # People a relative clause describes under a pronoun ('those who want to send troops') are no one named: 'Peskov
    # said those who want to send troops should think twice' had been Russia pledging troops ('the ones who will send
    # troops' still points to the speaker).
    (
        "Peskov said those who want to send troops should think twice.",
        set(),
    ),
    (
        '"We are the ones who will send troops," Macron said.',
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Lavrov said those who dream of deploying troops in Ukraine were deluding themselves.",
        set(),
    ),
    # A threat taking up with 'they' or 'it' what an 'if' clause named: 'if Western troops appear, they will be
    # legitimate targets' judges the troops.
    (
        "Putin said that if Western troops appear in Ukraine, they will be legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "If NATO troops are deployed, it would be a dangerous escalation, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # A refusal to rule out is a door left open: 'Russia denounced Britain's refusal to rule out sending troops' had
    # been Britain refusing troops and Russia pledging its own.
    (
        "Russia denounced Britain's refusal to rule out sending troops.",
        {("united-kingdom", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain's unwillingness to rule out sending troops angered Moscow.",
        {("united-kingdom", "troop-contribution", "noncommittal")},
    ),
    # A gerund after a preposition names what it is about with its own subject: 'no question of [US soldiers going to
    # Ukraine]'.
    (
        "Hegseth said there was no question of US soldiers going to Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Lavrov ruled out any talk of Western troops staying in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # 'In Moscow's view', 'in Warsaw's opinion' name who speaks the clause, as 'in X's words' does ('in view of the
    # threat' names no one).
    (
        "In Moscow's view, a European force would be an occupation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "In Warsaw's opinion, the force needs an American backstop.",
        {("poland", "us-backstop", "supports")},
    ),
    (
        "Tusk said that in view of the threat, Poland would not send troops.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # 'None of X' denies what X would do, and X says whose troops they are: 'None of our soldiers will be deployed on
    # the front line' had found no holder (countries left unnamed still name no one).
    (
        '"None of our soldiers will be deployed on the front line," Macron said.',
        {("france", "tripwire", "opposes")},
    ),
    (
        "Rome said none of the Italian troops would be sent to Ukraine.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Macron said none of the countries had ruled out sending troops.",
        set(),
    ),
    # Sixteenth round: an office of a side named with 'its' or 'the country's' speaks for it; 'according to' the
    # side's own official; 'only' with what must come first or go with it; a group of speakers; 'do so'; 'whether X'
    # as a subject; positions not taken; approval needed.
    (
        "Denmark could send a small unit to Ukraine, its foreign minister said.",
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        "Finland could contribute a battalion to the mission, the country's president said.",
        {("finland", "troop-contribution", "supports")},
    ),
    (
        "Norway could provide minehunters for the Black Sea, according to the Norwegian defence minister.",
        {("norway", "maritime-security", "supports")},
    ),
    (
        "Spain could send troops, according to a report in a Madrid newspaper.",
        set(),
    ),
    (
        "Rome said the mission would only deploy after a peace agreement is signed.",
        {("italy", "reassurance-force", "conditional")},
    ),
    (
        "Lithuania would only send troops once a ceasefire is signed, Vilnius said.",
        {("lithuania", "troop-contribution", "conditional")},
    ),
    (
        "Berlin said a European force would only be acceptable with a UN mandate.",
        {("germany", "reassurance-force", "conditional")},
    ),
    (
        "The Kremlin said foreign peacekeepers would only be conceivable with Russia's agreement.",
        {("russia", "reassurance-force", "conditional")},
    ),
    (
        "Oslo and Stockholm say a reassurance force is necessary.",
        {("norway", "reassurance-force", "supports"), ("sweden", "reassurance-force", "supports")},
    ),
    (
        "Budapest has made its hostility toward a European force in Ukraine clear.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "Asked to send soldiers to Ukraine, Slovakia said it would not do so.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "As it has done so far, Romania will support the mission with its bases.",
        {("romania", "reassurance-force", "supports")},
    ),
    (
        "Dutch jets will take part in an air mission over Ukraine, Brekelmans said.",
        {("netherlands", "air-defence", "supports")},
    ),
    (
        "Whether Sweden sends soldiers will depend on the mission's mandate, Kristersson said.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    (
        "Romania has not taken a formal position on sending troops, its president said.",
        {("romania", "troop-contribution", "noncommittal")},
    ),
    (
        "Any Dutch deployment would need the blessing of parliament, Brekelmans said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    (
        "Washington is ready to take on a supporting role, Hegseth said.",
        {("united-states", "us-backstop", "supports")},
    ),
    # Sixteenth round: troops 'from' or 'of' other countries are theirs, whoever speaks (not the speaker's own);
    # judgements of a force as a fig leaf or a step towards war.
    (
        "Moscow cautioned against any plan to send soldiers from Western countries.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin objects to deploying troops of European states in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Sweden will deploy soldiers from Sweden to Ukraine, Kristersson said.",
        {("sweden", "troop-contribution", "supports")},
    ),
    (
        "Peskov called the proposed force a fig leaf for NATO expansion.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said sending Western troops would be a step towards open war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky opposes any deal that would keep foreign soldiers out of Ukraine.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # Sixteenth round: a refusal until something comes first is a condition (not a date); 'not going to happen'; a
    # deal that must come with guarantees backs them; no firm commitment on.
    (
        "Warsaw will not deploy soldiers before a ceasefire is agreed, Tusk said.",
        {("poland", "troop-contribution", "conditional")},
    ),
    (
        "Norway would not commit troops until a peace agreement is in force, Store said.",
        {("norway", "troop-contribution", "conditional")},
    ),
    (
        "Slovakia will not send troops before next year, Fico said.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Vance said Ukraine joining NATO was not going to happen.",
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        "Zakharova said a Western force in Ukraine would never happen.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Merz said any settlement must come with firm security guarantees.",
        {("germany", "security-guarantees", "supports")},
    ),
    (
        "The Pentagon has made no firm commitment on a backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    # Sixteenth round: command and control, provided by the United States, is its backstop.
    (
        "Washington is prepared to provide command and control to support any European-led deployment, officials said.",
        {("united-states", "us-backstop", "supports")},
    ),
    # Sixteenth round: a force kept far from the front line is backed, and the tripwire refused; the topics a colon
    # spells out after a force do not replace it.
    (
        "Starmer said Western troops would be based in cities far away from the front line.",
        {("united-kingdom", "reassurance-force", "supports"), ("united-kingdom", "tripwire", "opposes")},
    ),
    (
        "The coalition of the willing has outlined three main objectives for the reassurance force: safe skies, "
        "safe seas and peace on land.",
        {
            ("coalition-of-the-willing", "reassurance-force", "supports"),
            ("coalition-of-the-willing", "air-defence", "supports"),
            ("coalition-of-the-willing", "maritime-security", "supports"),
        },
    ),
    # Sixteenth round: a speech verb the parser hangs beside the clause it reports ('..., its minister said, and ...')
    # frames it; 'do so' after troops were sent in the same sentence repeats the sending (not a frigate's deployment).
    (
        "Lithuania could send a platoon of engineers, its defence minister said, and Latvia said it would do so too.",
        {("lithuania", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Norway could deploy a frigate near Ukraine, its prime minister said, and Denmark said it would do so as well.",
        set(),
    ),
    # Seventeenth round: ', subject to a vote' after a supporting cue qualifies it; 'but wants X first' waits for X;
    # 'declined to commit to' leaves it open; rejecting calls or resisting pressure to do something opposes doing it;
    # 'lead a force' names the force.
    (
        "The Netherlands was willing in principle to take part in the force, subject to a parliamentary vote.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    (
        "Rome is ready to send troops, contingent on a US backstop.",
        {("italy", "troop-contribution", "conditional"), ("italy", "us-backstop", "supports")},
    ),
    (
        "Its participation is subject to parliamentary approval, the Danish government said.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    (
        "Norway's involvement in the force would be contingent on a clear UN mandate, Store said.",
        {("norway", "troop-contribution", "conditional")},
    ),
    (
        "Belgium is prepared to deploy soldiers, subject to approval by its parliament.",
        {("belgium", "troop-contribution", "conditional")},
    ),
    (
        "Spain backs the reassurance force, subject to a ceasefire being agreed first.",
        {("spain", "reassurance-force", "conditional")},
    ),
    (
        "The White House has declined to commit to a backstop for the European mission.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Berlin refused to commit troops to the mission.", {("germany", "troop-contribution", "opposes")}),
    ("Rome has refused to commit itself to sending soldiers.", {("italy", "troop-contribution", "opposes")}),
    ("Paris declined to commit to a specific number of troops.", {("france", "troop-contribution", "noncommittal")}),
    (
        "Finland is open to contributing to the force but wants a strong American backstop first, President "
        "Alexander Stubb said.",
        {("finland", "troop-contribution", "conditional"), ("finland", "us-backstop", "supports")},
    ),
    ("Sweden supports the mission but insists on a ceasefire first.", {("sweden", "reassurance-force", "conditional")}),
    (
        "Italy backs the guarantees but wants a US commitment first and foremost.",
        {("italy", "security-guarantees", "supports"), ("italy", "us-backstop", "supports")},
    ),
    ("Poland backs the force but wants to see a peace deal.", {("poland", "reassurance-force", "supports")}),
    (
        "Germany joined Poland in rejecting calls to send soldiers.",
        {("germany", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    ("Italy resisted pressure to deploy troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    (
        "Macron and Starmer said their countries were ready to lead a force of several thousand troops.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Britain has offered to lead a multinational force in Ukraine.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("The US-led force in Iraq was withdrawn years ago.", set()),
    (
        "Washington will lead a ceasefire monitoring mission, Rubio said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("France would lead the force, Macron said.", {("france", "reassurance-force", "supports")}),
    ("Russia's forces led an offensive near Pokrovsk.", set()),
    ("Poland will not lead any force in Ukraine, Tusk said.", {("poland", "reassurance-force", "opposes")}),
    ("The Kremlin rebuffed demands to accept European peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    # A second verb of what is demanded is demanded too ('that Kyiv stay neutral and never join NATO'); 'them' after the
    # sentence named a topic is that topic; what another's plan obliges a side to give up is no stance of that side;
    # 'under no circumstances' before the verb negates it.
    (
        "The Kremlin said Moscow had not been consulted on the guarantees and would not accept them.",
        {("russia", "security-guarantees", "opposes")},
    ),
    (
        "Kyiv has asked for Patriot systems and air defence, and Germany has promised to supply them.",
        {("germany", "air-defence", "supports"), ("ukraine", "air-defence", "supports")},
    ),
    (
        "Zelensky met European leaders in London and urged them to send troops.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("The leaders discussed peacekeepers, and Hungary criticised them.", {("hungary", "reassurance-force", "opposes")}),
    ("Orban met the other leaders and criticised them for their stance.", set()),
    ("Russia demands that Ukraine remain neutral and never join NATO.", {("russia", "nato-membership", "opposes")}),
    (
        "Moscow insists that Kyiv drop its NATO ambitions and accept neutrality.",
        {("russia", "nato-membership", "opposes")},
    ),
    ("Under the US plan, Ukraine would have to abandon its NATO bid.", set()),
    ("Under the proposal, Ukraine would have to give up its NATO ambitions.", set()),
    ("Under the plan, Ukraine would renounce NATO membership.", set()),
    (
        "Under Britain's plan, Britain would send troops to western Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Under the plan drafted by Washington, no US troops would be sent to Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Under the draft, Russia would accept a European force in Ukraine, Witkoff said.",
        {("russia", "reassurance-force", "supports")},
    ),
    ("Under the deal, Ukraine would keep the right to join the EU but not NATO.", set()),
    (
        "Zelensky said that under no circumstances would Ukraine give up its NATO aspirations.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("At no point has Germany offered to send troops.", {("germany", "troop-contribution", "noncommittal")}),
    (
        "With no US backstop, Britain will not send troops.",
        {("united-kingdom", "troop-contribution", "opposes"), ("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "Under no conditions would Moscow accept NATO troops in Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # A pronoun subject after an opening 'although' or 'while' clause is that clause's named subject; a judgement's
    # 'to' or 'for' is looked for in its own clause, not in one coordinated before it; negations and contrasts.
    ("Far from backing the force, Hungary has tried to block it.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Not only does France support the force, it is also ready to lead it.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Although Germany backs security guarantees, it will not send troops.",
        {("germany", "security-guarantees", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Despite Russian objections, Britain remains committed to the reassurance force.",
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "While Paris and London back the force, Rome and Warsaw have refused to take part.",
        {
            ("france", "reassurance-force", "supports"),
            ("italy", "troop-contribution", "opposes"),
            ("poland", "troop-contribution", "opposes"),
            ("united-kingdom", "reassurance-force", "supports"),
        },
    ),
    (
        "Instead of sending troops, Italy will provide training and equipment.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Rather than deploying soldiers, Poland will offer its airports and roads.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Moscow has never objected to Ukraine joining the EU, but NATO membership is a red line.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Russia does not oppose a ceasefire monitoring mission run by the UN, Peskov said.",
        {("russia", "intelligence-support", "supports")},
    ),
    ("It is not true that Germany opposes sending troops, the chancellor's spokesman said.", set()),
    (
        "Britain is not against the idea of a US backstop, but wants more detail.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    ("Few in Berlin would object to a reassurance force.", set()),
    ("No European leader has ruled out a reassurance force.", set()),
    (
        "Nobody in Moscow supports the idea of Western peacekeepers, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Washington refuses to rule out sending air support to back the force.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Spain has not said no to sending troops.", {("spain", "troop-contribution", "noncommittal")}),
    (
        "The Kremlin said it saw no need for any foreign peacekeepers in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Moscow sees no role for NATO troops in any settlement.", {("russia", "reassurance-force", "opposes")}),
    ("Sweden does not exclude joining the force.", {("sweden", "troop-contribution", "noncommittal")}),
    (
        "Although Germany backs security guarantees, it will not send troops.",
        {("germany", "security-guarantees", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    ("While Italy supports Ukraine, it has ruled out sending soldiers.", {("italy", "troop-contribution", "opposes")}),
    (
        "After Britain offered troops, it also pledged air support for the mission.",
        {("united-kingdom", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "When Trump met Zelensky, he said the US would back the force.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Although France and Britain have offered troops, they want a US backstop first.",
        {
            ("france", "troop-contribution", "supports"),
            ("france", "us-backstop", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("united-kingdom", "us-backstop", "supports"),
        },
    ),
    # 'would give Ukraine guarantees' commits; a supporting verb with a particle of another meaning ('give up', 'back
    # down') is no support; not backing down from, or refusing to back down from, a plan holds to it.
    (
        "Trump said the United States would give Ukraine very strong security guarantees.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Britain is ready to give the force air cover, Healey said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Moscow would give nothing in return, Peskov said.", set()),
    (
        "Washington will not give Kyiv a NATO-style guarantee, Vance said.",
        {("united-states", "article-5-guarantee", "opposes")},
    ),
    ("Kyiv will never give up on NATO membership, Zelensky said.", {("ukraine", "nato-membership", "supports")}),
    (
        "Kyiv would give up its NATO bid in return for binding security guarantees.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Britain would back down from its offer of troops if the US refused a backstop.",
        {("united-kingdom", "troop-contribution", "conditional")},
    ),
    (
        "Paris will not back down on its plan to send troops, Macron said.",
        {("france", "troop-contribution", "supports")},
    ),
    ("Italy did not back the plan to send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Britain refuses to back down from its pledge to deploy troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # Members named by their organisation ('NATO countries have pledged') are not the organisation; a judgement the
    # parser
    # hangs on the judged object ('called the deployment of troops in Ukraine a red line') is still passed by its verb;
    # state-media and wire phrasings.
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova stated that the deployment of any Western "
        "military contingents to Ukraine is categorically unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The diplomat stressed that Moscow would regard such units as legitimate military targets.", set()),
    (
        "According to Peskov, the presence of European troops near Russia's borders poses a threat.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The head of state emphasized that Ukraine needs reliable security guarantees from its partners.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The minister noted that Lithuania is ready to send its soldiers as part of the coalition.",
        {("lithuania", "troop-contribution", "supports")},
    ),
    (
        "In an interview with TASS, Lavrov reiterated Moscow's opposition to any foreign military presence in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kremlin spokesman Dmitry Peskov told reporters that Russia had a negative attitude towards the idea "
        "of deploying European troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Ukraine's Foreign Minister Andrii Sybiha said Kyiv counted on partners to provide a strong air "
        "defence shield.",
        {("ukraine", "air-defence", "supports")},
    ),
    (
        "Medvedev wrote on Telegram that European peacekeepers would mean war with NATO.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Moscow views the coalition of the willing as a war party, Zakharova said.", set()),
    (
        "The Russian side categorically rejects the deployment of troops from NATO countries in Ukraine, "
        "Lavrov stated.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Grushko said the EU and NATO countries' plans to send peacekeepers were aimed at escalation.", set()),
    ("NATO countries have pledged to support the reassurance force.", set()),
    ("EU member states backed the plan for a reassurance force.", set()),
    ("Britain and other NATO allies are ready to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Ukraine's allies have offered security guarantees.", set()),
    ("NATO has backed the plan for a reassurance force, Rutte said.", {("nato", "reassurance-force", "supports")}),
    (
        "The EU backs security guarantees for Ukraine, Kallas said.",
        {("european-union", "security-guarantees", "supports")},
    ),
    (
        "Putin has called the possible deployment of Western troops in Ukraine a red line.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov described the plan for a reassurance force, a British idea, as a provocation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # The sides at war send no troops to the force: Moscow or Kyiv on 'sending troops' is on the force others send
    # (topics.yml 'instead_for').
    ("Russia opposes sending troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("The Kremlin said talk of sending troops was irresponsible.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow criticised plans to send troops.", {("russia", "reassurance-force", "opposes")}),
    ("Kyiv welcomed the plans to send troops.", {("ukraine", "reassurance-force", "supports")}),
    ("Britain opposes sending troops to Ukraine.", {("united-kingdom", "troop-contribution", "opposes")}),
    # 'will send weapons but no troops' withholds the troops; 'will send no troops' refuses them (was read as support).
    (
        "Macron, who hosted the summit, said France was ready to deploy troops as soon as a ceasefire was signed.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Lavrov, in an interview with a Russian newspaper, said the presence of European troops would be unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Countries including Sweden, Denmark and the Netherlands have said they are ready to contribute troops.",
        {
            ("denmark", "troop-contribution", "supports"),
            ("netherlands", "troop-contribution", "supports"),
            ("sweden", "troop-contribution", "supports"),
        },
    ),
    (
        "Medvedev posted on Telegram that any European peacekeepers would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Czech president, Petr Pavel, said his country could send soldiers.",
        {("czechia", "troop-contribution", "supports")},
    ),
    (
        "Germany's new chancellor has not ruled out German participation in a peacekeeping force.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "A spokesperson for the Spanish defence ministry said it was premature to talk about sending troops.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Norway's prime minister told parliament that Norway would consider contributing to the force.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain said on Thursday that it was prepared to send troops to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("It was not immediately clear whether Italy would take part.", set()),
    (
        "The Kremlin has repeatedly said that it would not accept the deployment of troops from NATO countries.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Romania will provide logistical support but no troops, President Nicusor Dan said.",
        {("romania", "troop-contribution", "opposes")},
    ),
    (
        "Romania will provide logistical support but no troops, President Nicusor Dan said.",
        {("romania", "troop-contribution", "opposes")},
    ),
    ("Italy will send weapons, but not troops.", {("italy", "troop-contribution", "opposes")}),
    ("Poland will offer airports but not soldiers.", {("poland", "troop-contribution", "opposes")}),
    (
        "Germany will provide air defence and training, but no ground troops.",
        {("germany", "air-defence", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Washington will provide intelligence but no troops, Vance said.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    ("Britain will send troops and no tanks.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Britain will send no troops, Starmer said.", {("united-kingdom", "troop-contribution", "opposes")}),
    ("Poland will deploy zero soldiers to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("France will send no fewer than 2,000 troops.", {("france", "troop-contribution", "supports")}),
    # Backtracking on, reneging on or retracting a pledge gives it up (backtracking read as support); negated refusals.
    (
        "Britain will not send a single soldier to Ukraine without a US backstop.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    ("Italy scrapped plans to send troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    ("France backtracked on its pledge to deploy troops.", {("france", "troop-contribution", "opposes")}),
    ("The Netherlands pulled out of the reassurance force.", {("netherlands", "troop-contribution", "opposes")}),
    ("Canada stopped short of committing troops.", {("canada", "troop-contribution", "noncommittal")}),
    ("Japan refrained from pledging troops.", {("japan", "troop-contribution", "noncommittal")}),
    ("No country has so far offered to lead the force.", set()),
    ("Not one European country is ready to send troops without American support, Sikorski said.", set()),
    ("Denmark has no intention of sending troops to Ukraine.", {("denmark", "troop-contribution", "opposes")}),
    ("Sweden has no objection to sending troops.", {("sweden", "troop-contribution", "supports")}),
    ("Estonia has no doubt that troops will be needed.", set()),
    ("Lithuania has never opposed sending troops.", {("lithuania", "troop-contribution", "supports")}),
    ("Hungary has never supported sending troops.", {("hungary", "troop-contribution", "opposes")}),
    ("Norway is no longer willing to send troops.", {("norway", "troop-contribution", "opposes")}),
    ("Belgium is still willing to send troops.", {("belgium", "troop-contribution", "supports")}),
    ("Latvia is not unwilling to send troops.", {("latvia", "troop-contribution", "noncommittal")}),
    ("Rome reneged on its promise to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Paris has retracted its support for a reassurance force.", {("france", "reassurance-force", "opposes")}),
    # 'confirmed its participation in the mission' takes part; 'the coalition's force' names the force; readiness,
    # reservations and wariness.
    ("Sweden signalled its readiness to contribute troops.", {("sweden", "troop-contribution", "supports")}),
    ("Croatia voiced support for a reassurance force.", {("croatia", "reassurance-force", "supports")}),
    ("Britain reiterated its support for a reassurance force.", {("united-kingdom", "reassurance-force", "supports")}),
    ("France reaffirmed its commitment to the multinational force.", {("france", "reassurance-force", "supports")}),
    ("Belgium stands ready to participate in the mission.", {("belgium", "troop-contribution", "supports")}),
    ("Canada is willing to play a role in the force.", {("canada", "reassurance-force", "supports")}),
    ("Germany would not object to a European reassurance force.", {("germany", "reassurance-force", "supports")}),
    ("Estonia is committed to sending troops if needed.", {("estonia", "troop-contribution", "supports")}),
    ("Poland is skeptical about sending troops.", {("poland", "troop-contribution", "opposes")}),
    ("Italy has expressed reservations about a European force.", {("italy", "reassurance-force", "opposes")}),
    ("Germany cautioned against sending troops prematurely.", {("germany", "troop-contribution", "opposes")}),
    ("Spain balked at sending soldiers.", {("spain", "troop-contribution", "opposes")}),
    ("Hungary is wary of any Western troop presence in Ukraine.", {("hungary", "reassurance-force", "opposes")}),
    ("Latvia is determined to take part in the force.", {("latvia", "troop-contribution", "supports")}),
    ("Denmark will participate in the reassurance force.", {("denmark", "troop-contribution", "supports")}),
    ("Lithuania confirmed its participation in the mission.", {("lithuania", "troop-contribution", "supports")}),
    ("Norway announced it would join the coalition's force.", {("norway", "troop-contribution", "supports")}),
    ("The US has doubts about a European force.", {("united-states", "reassurance-force", "opposes")}),
    ("Finland has expressed interest in joining the force.", {("finland", "troop-contribution", "supports")}),
    ("Turkey is keen to play a leading role in Black Sea security.", {("turkey", "maritime-security", "supports")}),
    ("Germany confirmed its participation in talks on the coalition's plans.", set()),
    (
        "Britain confirmed its contribution to the multinational force.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # Conditions: 'with American backing' asks for the backing (the name inside the cue no longer set it aside); an
    # 'unless' clause names what another side must give; 'provided there is' after a noun; 'would require parliamentary
    # approval' is the side's own deployment.
    (
        "Sweden would send troops only if the United Nations gave the force a mandate.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    (
        "Poland's participation depends on guarantees from Washington, Tusk said.",
        {("poland", "troop-contribution", "conditional"), ("poland", "us-backstop", "supports")},
    ),
    (
        "Britain is ready to deploy troops on condition that a ceasefire is in place.",
        {("united-kingdom", "troop-contribution", "conditional")},
    ),
    (
        "A European force can only work with American backing, Macron said.",
        {("france", "reassurance-force", "conditional"), ("france", "us-backstop", "supports")},
    ),
    (
        "Finland would join a peacekeeping mission provided there is a peace agreement.",
        {("finland", "troop-contribution", "conditional")},
    ),
    (
        "Any deployment would require parliamentary approval, the Czech defence minister said.",
        {("czechia", "troop-contribution", "conditional")},
    ),
    ("Spain would only send troops under a UN flag.", {("spain", "troop-contribution", "conditional")}),
    ("Canada said it would be part of the force if asked.", {("canada", "troop-contribution", "supports")}),
    ("Belgium will send troops once the fighting stops.", {("belgium", "troop-contribution", "supports")}),
    ("Lithuania will deploy troops after a ceasefire is agreed.", {("lithuania", "troop-contribution", "supports")}),
    (
        "Estonia's contribution is conditional on a US backstop, Tallinn said.",
        {("estonia", "troop-contribution", "conditional"), ("estonia", "us-backstop", "supports")},
    ),
    (
        "The UK would not deploy troops unless there was a US backstop.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "Unless Washington provides a backstop, France will not send troops.",
        {("france", "troop-contribution", "conditional"), ("france", "us-backstop", "supports")},
    ),
    # US phrasings; 'will lead', 'will coordinate', 'will oversee' commit (not 'would only lead to' a wider war).
    (
        "Trump ruled out sending American troops but said the US would provide air support.",
        {("united-states", "us-backstop", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Vance said there would be no US boots on the ground in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Hegseth told allies the US would not take part in any peacekeeping mission.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The Pentagon is prepared to offer intelligence, surveillance and air defence to support a European force.",
        {("united-states", "air-defence", "supports")},
    ),
    ("Trump has not committed to a US backstop, officials said.", {("united-states", "us-backstop", "noncommittal")}),
    ("The White House said a backstop was still under discussion.", {("united-states", "us-backstop", "noncommittal")}),
    (
        "Witkoff said the US was open to providing a backstop for the coalition.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Rubio said Washington would support the reassurance force with logistics and intelligence.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Trump said American troops would not be needed because Europe would do it.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The US will coordinate the ceasefire monitoring, using satellites and drones.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ('Asked whether US jets would patrol Ukrainian skies, Trump said: "Probably, yes."', set()),
    (
        "Trump said he would not rule out US air support for a European deployment.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Washington remains reluctant to commit to a backstop.", {("united-states", "us-backstop", "noncommittal")}),
    (
        "The United States backs the idea of European troops in Ukraine, Hegseth said.",
        {("united-states", "reassurance-force", "supports")},
    ),
    ("France will lead the multinational force, Macron said.", {("france", "reassurance-force", "supports")}),
    ("Britain would oversee the air mission over Ukraine.", {("united-kingdom", "air-defence", "supports")}),
    ("Turkey will coordinate demining in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    ("Such a force would lead to escalation, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    # No side speaks in analysts, polls, critics or retired officials; a share of a public or group ('a majority of
    # Britons', 'half of NATO's members') speaks for no state; doubting that another will act is a guess.
    ("Analysts say Germany is unlikely to send troops before its elections.", set()),
    ("A former British defence secretary said the UK should send troops.", set()),
    ("Experts warn that a European force without US backing would be a bluff.", set()),
    ("According to a poll, most Germans oppose sending troops to Ukraine.", set()),
    ("Critics in the opposition said Italy must not send soldiers.", set()),
    ("Michael Kofman, an analyst at the Carnegie Endowment, said a reassurance force would be too small.", set()),
    ("Officials privately doubt that the US will provide a backstop.", set()),
    (
        "The Institute for the Study of War said Russia would never accept Western troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Opposition leader Friedrich Merz called on Scholz to consider sending troops.", set()),
    ("The Greens urged the government to back the reassurance force.", set()),
    ("Polls show that a majority of Britons support sending peacekeepers.", set()),
    ("Some lawmakers in Washington want the US to provide a backstop.", set()),
    ("A Kremlin-linked commentator said Russia would target any foreign troops.", set()),
    ("Retired generals have criticised the plan for a reassurance force.", set()),
    ("A majority of EU countries back the reassurance force.", set()),
    ("Half of NATO's members are ready to send troops.", set()),
    ("A third of the coalition's members have offered troops.", set()),
    ("Berlin doubts that Washington will provide a backstop.", set()),
    # Ellipsis: 'while Italy has declined' and '; Spain has refused' share the clause before; 'and Latvia would too'
    # repeats it; 'would each send' is 'would send'.
    (
        "Britain and France have offered troops, while Germany and Italy have declined.",
        {
            ("france", "troop-contribution", "supports"),
            ("germany", "troop-contribution", "opposes"),
            ("italy", "troop-contribution", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    ("Unlike France, Germany has ruled out sending troops.", {("germany", "troop-contribution", "opposes")}),
    (
        "Poland, like Italy, will not send soldiers to Ukraine.",
        {("italy", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Estonia and Latvia said they would each send a company of soldiers.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Sweden said it was open to sending troops, whereas Norway said it had not decided.",
        {("norway", "troop-contribution", "noncommittal"), ("sweden", "troop-contribution", "supports")},
    ),
    (
        "The UK has pledged troops; Spain, on the other hand, has refused.",
        {("spain", "troop-contribution", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Neither Washington nor Berlin has committed troops.",
        {("germany", "troop-contribution", "noncommittal"), ("united-states", "us-ground-troops", "noncommittal")},
    ),
    (
        "Macron said France would send troops, and Starmer said Britain would too.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Russia, which opposes any Western troops in Ukraine, said the plan was a provocation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Estonia will send a company of troops, and Latvia will as well.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    ("Norway would also contribute troops.", {("norway", "troop-contribution", "supports")}),
    (
        "Poland is not sending troops, and it is not clear that Italy would too.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # 'It is possible that ...' is speculation; 'did not say whether' leaves it open; the narrower topics in varied
    # words.
    (
        "Britain and France proposed an air mission to protect Ukraine's skies.",
        {("france", "air-defence", "supports"), ("united-kingdom", "air-defence", "supports")},
    ),
    (
        "Poland is ready to help police Ukrainian airspace from its own territory.",
        {("poland", "air-defence", "supports")},
    ),
    ("A no-fly zone over western Ukraine would be unacceptable, Moscow said.", {("russia", "air-defence", "opposes")}),
    ("Turkey has offered to secure shipping lanes in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    (
        "Romania and Bulgaria would lead demining operations off the coast.",
        {("romania", "maritime-security", "supports"), ("bulgaria", "maritime-security", "supports")},
    ),
    (
        "The Netherlands will send minesweepers to clear the Black Sea.",
        {("netherlands", "maritime-security", "supports")},
    ),
    (
        "Kyiv wants Western partners to monitor the ceasefire with satellites.",
        {("ukraine", "intelligence-support", "supports")},
    ),
    (
        "The US will share intelligence with the European force, Rubio said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("Estonia opposes using the force as a tripwire.", {("estonia", "tripwire", "opposes")}),
    ("The force would act as a tripwire, Macron said.", {("france", "tripwire", "supports")}),
    ("Zelensky said the minerals deal was not a security guarantee.", {("ukraine", "minerals-deal", "opposes")}),
    (
        "Trump said the minerals deal would serve as a security guarantee for Ukraine.",
        {("united-states", "minerals-deal", "supports")},
    ),
    ("Ukraine wants an Article 5-style commitment from its allies.", {("ukraine", "article-5-guarantee", "supports")}),
    (
        "Italy proposed extending NATO's Article 5 to Ukraine without membership.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    (
        "Germany is skeptical of an Article 5-like guarantee outside NATO.",
        {("germany", "article-5-guarantee", "opposes")},
    ),
    ("The Kremlin said it would never accept Ukraine in NATO.", {("russia", "nato-membership", "opposes")}),
    ("NATO membership for Ukraine is off the table, Hegseth said.", {("united-states", "nato-membership", "opposes")}),
    ("Rutte said Ukraine's path to NATO was irreversible.", {("nato", "nato-membership", "supports")}),
    ("Britain could send troops, Starmer said on Monday.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Britain could send troops, a think tank said.", set()),
    ("Britain may send troops, reports suggest.", set()),
    ("Britain is expected to send troops, officials said.", set()),
    ("It is possible that Britain will send troops.", set()),
    ("Britain is likely to send troops.", set()),
    ("If a ceasefire is agreed, Britain will send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Would Britain send troops?", set()),
    ("Starmer was asked whether Britain would send troops.", set()),
    (
        "Starmer did not say whether Britain would send troops.",
        {("united-kingdom", "troop-contribution", "noncommittal")},
    ),
    (
        "Starmer refused to say whether Britain would send troops.",
        {("united-kingdom", "troop-contribution", "noncommittal")},
    ),
    ("Britain had offered troops in 2023.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Britain previously opposed sending troops.", set()),
    ("In the past, Germany rejected any deployment.", set()),
    ("It is possible that the force would only deploy after a ceasefire.", set()),
    ("The Kremlin said it was likely that Western troops would be targeted.", set()),
    ("It is likely that France will lead the force, diplomats said.", set()),
    # A named side's refusal, offer or plan that a passive verb acts on stays that side's, and the side holds nothing of
    # the verb ('Washington's refusal to rule out a backstop was welcomed' read as US support); unnamed sources; vetoes.
    ("Former NATO Secretary General Anders Fogh Rasmussen said Europe should send troops now.", set()),
    ("A senior European diplomat said Germany would not send troops.", {("germany", "troop-contribution", "opposes")}),
    (
        "A source close to the Elysee said France was ready to deploy thousands of soldiers.",
        {("france", "troop-contribution", "supports")},
    ),
    ("Sources said the US would not provide a backstop.", {("united-states", "us-backstop", "opposes")}),
    ("Former British prime minister Boris Johnson said the UK must send troops.", set()),
    ("Retired US general Ben Hodges said American troops should not go.", set()),
    ("The former Polish president said Poland would never send soldiers.", set()),
    ("Ukraine's former foreign minister Dmytro Kuleba said Kyiv needs Western troops.", set()),
    ("Zelensky's chief of staff said Ukraine wanted a US backstop.", {("ukraine", "us-backstop", "supports")}),
    (
        "A Kremlin source told Reuters that Moscow would never accept NATO troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("German opposition leader said Berlin should send troops.", set()),
    ("Hungary threatened to veto any EU mission in Ukraine.", {("hungary", "reassurance-force", "opposes")}),
    ("Hungary vetoed the EU statement backing security guarantees.", {("hungary", "security-guarantees", "opposes")}),
    ("Moscow's opposition to a European force is well known.", {("russia", "reassurance-force", "opposes")}),
    ("Poland's refusal to send troops angered Paris.", {("poland", "troop-contribution", "opposes")}),
    ("Germany dropped its opposition to sending troops.", {("germany", "troop-contribution", "supports")}),
    ("Turkey lifted its veto on the naval mission.", {("turkey", "maritime-security", "supports")}),
    ("Slovakia blocked a joint statement on a reassurance force.", {("slovakia", "reassurance-force", "opposes")}),
    ("Russia's rejection of any peacekeepers complicates the talks.", {("russia", "reassurance-force", "opposes")}),
    ("France's offer to send troops still stands.", {("france", "troop-contribution", "supports")}),
    ("Britain's backing for the force has not wavered.", {("united-kingdom", "reassurance-force", "supports")}),
    (
        "Berlin's reluctance to send troops has frustrated its allies.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Washington's refusal to rule out a backstop was welcomed in Europe.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    (
        "Italy criticised France's plan to send troops.",
        {("france", "troop-contribution", "supports"), ("italy", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky praised Britain's readiness to send troops.",
        {("ukraine", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Britain's plan to send troops was welcomed by Kyiv.",
        {("ukraine", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Hungary's veto was criticised in Brussels.", set()),
    ("Washington's role would be limited to air support, Vance said.", {("united-states", "us-backstop", "supports")}),
    # Questions, 'whether' clauses and 'even if' assert nothing; 'Asked if ..., X said no' answers for X.
    ("Should Europe send troops to Ukraine?", set()),
    (
        "Photo: French soldiers during an exercise. France has offered troops.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "If Russia attacks again, Britain would send troops, Starmer said.",
        {("united-kingdom", "troop-contribution", "conditional")},
    ),
    ("Even if a ceasefire is agreed, Italy will not send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Whether Germany will send troops remains unclear.", set()),
    ("What happens if the US refuses a backstop?", set()),
    ("Britain, for its part, is ready to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("The question is whether Poland would take part in the force.", set()),
    ("Asked if Spain would send troops, Sanchez said no.", {("spain", "troop-contribution", "opposes")}),
    (
        "Asked if Spain would send troops, Sanchez said it was too early.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    ("Asked whether Norway would join the force, Store said yes.", {("norway", "troop-contribution", "supports")}),
    # 'would rather provide logistics than (send) troops' refuses the troops; reported speech of another side.
    (
        "Trump said Putin had agreed to accept European peacekeepers in Ukraine.",
        {("russia", "reassurance-force", "supports")},
    ),
    ("Macron said Putin had rejected any Western troops.", {("russia", "reassurance-force", "opposes")}),
    ("Zelensky told Macron that Ukraine needed European troops.", {("ukraine", "reassurance-force", "supports")}),
    ("Starmer told Zelensky that Britain would send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Putin told Trump that Moscow would never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Peskov said Europe's plans to send troops were dangerous.", {("russia", "reassurance-force", "opposes")}),
    ("Kellogg said Russia could accept a European force.", set()),
    ("According to Kellogg, Moscow is ready to accept European troops.", {("russia", "reassurance-force", "supports")}),
    ("Trump claimed that Putin would accept peacekeepers.", {("russia", "reassurance-force", "supports")}),
    ("Italy would rather provide logistics than troops.", {("italy", "troop-contribution", "opposes")}),
    ("Italy would rather provide logistics than send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Poland would rather host a logistics hub than deploy soldiers, Tusk said.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Britain would rather send troops than stand aside.", {("united-kingdom", "troop-contribution", "supports")}),
    # Not ruling out something 'but only under' or 'only with' a condition is conditional, and what another side must
    # give in it is wanted.
    (
        "Spain has not ruled out sending troops, but only under a UN flag.",
        {("spain", "troop-contribution", "conditional")},
    ),
    ("Germany has not excluded taking part, but only if the Bundestag agrees.", set()),
    ("Italy has not ruled out sending troops; only time will tell.", {("italy", "troop-contribution", "noncommittal")}),
    (
        "Norway does not rule out joining the force, but only with a US backstop.",
        {("norway", "troop-contribution", "conditional"), ("norway", "us-backstop", "supports")},
    ),
    # A cue ending in a preposition whose object is a side's own topic phrase ('no firm commitment on air cover', from
    # Washington) is about that topic.
    ("Washington has made no firm commitment on air cover.", {("united-states", "us-backstop", "noncommittal")}),
    ("Paris took part in a meeting of the coalition.", set()),
    ("Poland has made no commitment on air cover.", set()),
    # Joint statements and declarations: a declaration 'committing them to deploy troops' binds its signers' own troops.
    (
        "In a joint statement, France and Britain said they were ready to deploy a reassurance force.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "France and Britain signed a declaration committing them to deploy troops after a ceasefire.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The G7 foreign ministers endorsed security guarantees for Ukraine.", set()),
    (
        "Macron and Merz jointly called for a European force in Ukraine.",
        {("france", "reassurance-force", "supports"), ("germany", "reassurance-force", "supports")},
    ),
    (
        "The declaration, signed by 26 countries, commits them to a reassurance force.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "Britain, together with France, will lead the force.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    # Russian positions in varied words; 'would be considered a hostile act' judges; having seen no proposals for a
    # force
    # is no refusal of it.
    (
        "Moscow has made clear it will not tolerate foreign troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia will not allow NATO troops to be stationed in Ukraine, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Any such deployment would mean war with Russia, Medvedev said.", {("russia", "reassurance-force", "opposes")}),
    (
        "The deployment of Western troops would be considered a hostile act, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia warned against sending peacekeepers to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Lavrov did not rule out unarmed observers in Ukraine.", set()),
    ("Putin said Russia could agree to a ceasefire monitored by neutral countries.", set()),
    ("Russia does not object to Ukraine joining the EU, Peskov said.", set()),
    (
        "The Kremlin dismissed the idea of Western peacekeepers as unrealistic.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Kremlin said it had seen no proposals for a reassurance force.", set()),
    (
        "Moscow would consider the presence of any Western soldiers an escalation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia has nothing against security guarantees for Ukraine as long as they do not threaten Russia, "
        "Peskov said.",
        {("russia", "security-guarantees", "conditional")},
    ),
    ("Moscow sees the plans for a reassurance force as a provocation.", {("russia", "reassurance-force", "opposes")}),
    ("Kyiv has received proposals for a reassurance force from its partners.", set()),
    # Ukrainian, EU and NATO positions in varied words.
    (
        "Zelensky insisted that any ceasefire must be backed by Western troops on the ground.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Kyiv would welcome a European contingent in Ukraine, Sybiha said.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Ukraine does not need foreign troops, Zelensky said, but it needs air defence.",
        {("ukraine", "air-defence", "supports"), ("ukraine", "reassurance-force", "opposes")},
    ),
    ("Zelensky said 30,000 European soldiers would not be enough.", set()),
    (
        "Yermak said Ukraine wanted the coalition to deploy troops as soon as possible.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Rutte said NATO would not be part of the reassurance force.", {("nato", "troop-contribution", "opposes")}),
    (
        "Von der Leyen said the EU was ready to help finance the multinational force.",
        {("european-union", "reassurance-force", "supports")},
    ),
    (
        "Kallas said European troops in Ukraine would be the best security guarantee.",
        {("european-union", "reassurance-force", "supports")},
    ),
    (
        "The EU is not a military alliance and will not send troops, Kallas said.",
        {("european-union", "troop-contribution", "opposes")},
    ),
    ("Rutte welcomed the coalition's plans for a reassurance force.", {("nato", "reassurance-force", "supports")}),
    ("Kyiv rejected any deal that would bar it from joining NATO.", {("ukraine", "nato-membership", "supports")}),
    # 'Latvia will do the same' repeats the troops just sent (not a frigate).
    (
        "Estonia will send a company of soldiers, and Latvia will do the same.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    ("Norway deployed a frigate near Ukraine, and Denmark said it would do the same.", set()),
    # A side's own troops or deployment as the subject ('Polish troops will not be deployed', 'Sending Italian
    # soldiers is
    # out of the question').
    (
        "Germany is prepared to take on responsibility in a reassurance force, Merz said.",
        {("germany", "reassurance-force", "supports")},
    ),
    (
        "Spain is open to taking part in a future peacekeeping mission under a UN mandate.",
        {("spain", "troop-contribution", "supports")},
    ),
    ("Portugal will consider participating in the force.", {("portugal", "troop-contribution", "noncommittal")}),
    (
        "Greece has said it will not send troops but is willing to help with training.",
        {("greece", "troop-contribution", "opposes")},
    ),
    ("Britain would put boots on the ground, Starmer said.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Sending Italian soldiers is out of the question, Crosetto said.", {("italy", "troop-contribution", "opposes")}),
    ("Polish troops will not be deployed to Ukraine, Tusk said.", {("poland", "troop-contribution", "opposes")}),
    ("No Japanese troops will take part in the mission, Tokyo said.", {("japan", "troop-contribution", "opposes")}),
    (
        "Swedish troops could be part of the force, Swedish Defence Minister Pal Jonson said.",
        {("sweden", "troop-contribution", "supports")},
    ),
    # Outlets reporting a side's position: the side's claim.
    (
        "Britain is prepared to send troops, the Financial Times reported.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("According to Bloomberg, about ten European countries are ready to send troops.", set()),
    (
        "Germany will not send troops, Der Spiegel reported, citing government sources.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "The Washington Post reported that the Pentagon had offered air support for the mission.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Politico wrote that Washington's role would be limited to intelligence sharing.",
        {("united-states", "intelligence-support", "supports")},
    ),
    # Negated readiness, plans and refusals.
    ("Britain is not ready to send troops yet.", {("united-kingdom", "troop-contribution", "opposes")}),
    ("France is not yet ready to commit troops.", {("france", "troop-contribution", "opposes")}),
    ("Italy has no plans to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Spain has no immediate plans to send troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Poland currently has no plans to deploy soldiers.", {("poland", "troop-contribution", "opposes")}),
    ("Canada is not currently considering sending troops.", {("canada", "troop-contribution", "opposes")}),
    ("Japan is not considering sending troops.", {("japan", "troop-contribution", "opposes")}),
    ("The Netherlands is not against sending troops.", {("netherlands", "troop-contribution", "supports")}),
    ("Belgium is not opposed to a reassurance force.", {("belgium", "reassurance-force", "supports")}),
    ("Denmark is not excluding sending troops.", {("denmark", "troop-contribution", "noncommittal")}),
    ("Norway is not ruling anything out.", set()),
    # Security guarantees in other words ('long-term security arrangements', 'security pledges for Kyiv'); Russia's own
    # security guarantees are no guarantees for Ukraine.
    (
        "Britain backs long-term security arrangements for Ukraine.",
        {("united-kingdom", "security-guarantees", "supports")},
    ),
    ("France supports security commitments for Kyiv.", {("france", "security-guarantees", "supports")}),
    ("Germany wants safety guarantees for Ukraine.", {("germany", "security-guarantees", "supports")}),
    (
        "Zelensky called for reliable guarantees of Ukraine's security.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Russia opposes any Western security guarantees for Ukraine.", {("russia", "security-guarantees", "opposes")}),
    ("Moscow demands security guarantees for itself.", set()),
    ("Italy backs binding security pledges for Kyiv.", {("italy", "security-guarantees", "supports")}),
    ("Russia wants security guarantees for Russia as part of any deal.", set()),
    ("Lavrov said the West must offer security guarantees of Russia's own security.", set()),
    # Refusals of refusals: 'has not abandoned its opposition' keeps it (it read as support); 'is against ruling out'
    # leaves
    # it open (it read as a refusal).
    ("Germany no longer rules out sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Poland has never ruled out sending troops.", {("poland", "troop-contribution", "noncommittal")}),
    ("Italy is against ruling out a European force.", {("italy", "reassurance-force", "noncommittal")}),
    ("France has not given up on the idea of a reassurance force.", {("france", "reassurance-force", "supports")}),
    ("Spain has not abandoned its opposition to sending troops.", {("spain", "troop-contribution", "opposes")}),
    (
        "The Netherlands has ended its opposition to sending troops.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    ("Russia has softened its opposition to European peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    ("Belgium has withdrawn its objection to the force.", {("belgium", "reassurance-force", "supports")}),
    ("Hungary has no problem with a European force.", {("hungary", "reassurance-force", "supports")}),
    # a present-tense verb the parser hung on a past reporting verb continues the reported clause
    (
        "Trump said Putin is ready to make peace, but rejects any European troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The envoy noted that Kyiv is open to talks but wants binding security guarantees first.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Trump said Putin was ready to make peace, but rejected any European troops in Ukraine.",
        {("united-states", "reassurance-force", "opposes")},
    ),
    (
        "Macron said he is ready to send troops but wants a US backstop first.",
        {("france", "troop-contribution", "conditional"), ("france", "us-backstop", "supports")},
    ),
    (
        "The spokesman said Moscow is ready for dialogue but will never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Starmer said Britain will lead the force and backs a US backstop.",
        {("united-kingdom", "reassurance-force", "supports"), ("united-kingdom", "us-backstop", "supports")},
    ),
    # late-2025 wire phrasings; a condition set on the guarantees themselves ('must take into account', 'must be based
    # on'); a condition on another thing or side is no condition on what was discussed
    (
        "Peskov said it was too early to talk about security guarantees for Ukraine.",
        {("russia", "security-guarantees", "noncommittal")},
    ),
    ("Germany will not send troops to Ukraine for now, Merz said.", {("germany", "troop-contribution", "opposes")}),
    ("Merz did not rule out a German contribution to the force.", {("germany", "troop-contribution", "noncommittal")}),
    (
        "Sweden said it could contribute air policing and naval assets to the mission.",
        {("sweden", "air-defence", "supports"), ("sweden", "maritime-security", "supports")},
    ),
    ("Belgium has offered F-16 jets for air policing over Ukraine.", {("belgium", "air-defence", "supports")}),
    (
        "Australia said it would consider contributing to the force.",
        {("australia", "troop-contribution", "noncommittal")},
    ),
    (
        "Sanchez said it was premature to talk about sending Spanish troops.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "The Kremlin dismissed the Paris declaration on deploying troops to Ukraine as militarist.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kyiv welcomed the declaration on a multinational force, calling it a real step toward security guarantees.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Zelensky said Ukraine would not accept any deal without security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Norway said it would take part in the maritime component of the mission.",
        {("norway", "maritime-security", "supports")},
    ),
    (
        "Washington has agreed to lead a ceasefire monitoring mechanism using satellites and drones.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "Romania will host a logistics hub for the force but will not send troops into Ukraine.",
        {("romania", "reassurance-force", "supports"), ("romania", "troop-contribution", "opposes")},
    ),
    (
        "The Netherlands has not yet decided whether to send troops, Schoof said.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain is prepared to put boots on the ground in Ukraine, Starmer said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Medvedev said foreign troops in Ukraine would mean war with Russia.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Czech government said it would not send soldiers but would train Ukrainian troops.",
        {("czechia", "troop-contribution", "opposes")},
    ),
    (
        "Estonia is ready to send a company-sized unit, the Estonian defence minister said.",
        {("estonia", "troop-contribution", "supports")},
    ),
    ("Zelensky called for US participation in the security guarantees.", {("ukraine", "us-backstop", "supports")}),
    (
        "The Kremlin said any security guarantees for Ukraine must take into account Russia's security interests.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Moscow insists that security guarantees must be based on the principle of indivisible security.",
        {("russia", "security-guarantees", "conditional")},
    ),
    ("Zelensky called for US participation in the security guarantees.", {("ukraine", "us-backstop", "supports")}),
    # double negatives and owned stances: a mistake to rule out; nobody doubting another side's readiness; not
    # blocking others' plans; taking part, bare, after a plan named in the same sentence
    (
        "Moscow has warned that it would not tolerate the presence of foreign troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said it saw no place for European peacekeepers in any settlement.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said Russia would never accept a deal that leaves NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said Moscow categorically rejects the deployment of any Western contingents.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said the Kremlin does not rule out discussing security guarantees with Washington.",
        {("russia", "security-guarantees", "noncommittal")},
    ),
    ("Zelensky said he did not believe Russia would ever accept foreign troops in Ukraine.", set()),
    (
        "Starmer said nobody should doubt Britain's readiness to send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Putin said Russia would treat any foreign forces in Ukraine as legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Orban said Hungary would not block the plans to send troops but would not take part either.",
        {("hungary", "reassurance-force", "noncommittal"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin said it was not against Ukraine joining the EU but firmly opposed its NATO membership.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "It would be a mistake to rule out sending troops, Macron said.",
        {("france", "troop-contribution", "noncommittal")},
    ),
    (
        "Pistorius warned it was too early to discuss German troops in Ukraine.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    ("Rutte said Ukraine's path to NATO was irreversible.", {("nato", "nato-membership", "supports")}),
    (
        "Trump said NATO membership for Ukraine was not going to happen.",
        {("united-states", "nato-membership", "opposes")},
    ),
    ("Vance said there would be no American troops in Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Kellogg said the US would not abandon Europe but would not deploy troops in Ukraine either.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Moscow dismissed the idea of a no-fly zone over Ukraine as a provocation.",
        {("russia", "air-defence", "opposes")},
    ),
    (
        "Kyiv has no objection to a European air policing mission, Sybiha said.",
        {("ukraine", "air-defence", "supports")},
    ),
    (
        "The Baltic states have said they are ready to contribute troops.",
        {
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
        },
    ),
    ("Macron said it would be a mistake to reject a European force.", {("france", "reassurance-force", "supports")}),
    ("Hungary vetoed plans to send troops.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Nobody in Paris supports Britain's plan to send troops.",
        {("france", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # a clause describing what a denied predicate names ('not something we will accept'); the subject of 'is something
    # we would support'; threats to destroy any troops
    (
        '"This is not something we will ever accept," Lavrov said of the proposed force.',
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov said a European force was nothing Moscow would support.", {("russia", "reassurance-force", "opposes")}),
    ("Macron said a European force was something France would support.", {("france", "reassurance-force", "supports")}),
    ("Sending troops is not an option Rome would consider, Meloni said.", {("italy", "troop-contribution", "opposes")}),
    (
        "Medvedev wrote that Russia would destroy any Western troops sent to Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Kremlin said it would strike all military facilities.", set()),
    (
        '"We do not intend to send troops," the Spanish prime minister said.',
        {("spain", "troop-contribution", "opposes")},
    ),
    (
        '"We will not be part of any mission on Ukrainian soil," Meloni said.',
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        '"There will be no American soldiers on the ground," Leavitt said.',
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # conditions opened by 'only after'; 'they' after a sentence naming a side only as a place is no side
    (
        "Any Dutch deployment would be subject to approval by parliament, Schoof said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    (
        "Germany's participation would depend on the mandate and on US involvement, Merz said.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Britain will only send troops if the US provides air cover.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "Estonia has said it will send troops regardless of what other countries decide.",
        {("estonia", "troop-contribution", "supports")},
    ),
    ("Lithuania will send troops whether or not the US joins.", {("lithuania", "troop-contribution", "supports")}),
    ("Poland said a European force would require a US backstop.", {("poland", "reassurance-force", "conditional")}),
    # state-media and US phrasings: an idea controls no infinitive; a judgement 'as a threat' the parser hung on the
    # plan's own verb
    (
        "Russia's Foreign Ministry described the plans of the so-called coalition of the willing to deploy "
        "troops as a threat to European security.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow regards any deployment of European military contingents to Ukraine as unacceptable, the "
        "ministry's spokeswoman stressed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Russian side has repeatedly pointed out that the appearance of NATO troops in Ukraine is "
        "categorically unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("According to Lavrov, the West is pushing the idea of peacekeepers to freeze the conflict and rearm Kiev.", set()),
    (
        "Ukraine's Foreign Ministry welcomed the readiness of partners to deploy a reassurance contingent.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The head of the Presidential Office said Kyiv was counting on a US backstop.",
        {("ukraine", "us-backstop", "supports")},
    ),
    ("Umerov said the security guarantees document was almost ready and would be signed by the US and Ukraine.", set()),
    ("Senators from both parties urged Trump to back security guarantees for Ukraine.", set()),
    ("Republicans in Congress have been reluctant to support a US backstop.", set()),
    (
        "Trump has said he would not send American troops but could provide air support.",
        {("united-states", "us-backstop", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The White House has signalled it is open to a backstop, but has not spelled out what it would involve.",
        {("united-states", "us-backstop", "supports")},
    ),
    # owned proposals ('Macron's proposal to send troops'); what a clause describing a named subject says is not what
    # the side does next
    (
        "Contrary to reports, Germany has not ruled out sending troops.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Macron's proposal to send troops was rejected by Moscow.",
        {("france", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia rejected Britain's proposal to deploy troops.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Moscow's rejection of the force did not deter London.", {("russia", "reassurance-force", "opposes")}),
    ("Unlike Poland, Estonia is ready to send troops.", {("estonia", "troop-contribution", "supports")}),
    (
        "Instead of ground troops, Washington offered intelligence support.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    ("Italy, which has refused to send troops, will help with training.", {("italy", "troop-contribution", "opposes")}),
    (
        "Latvia, which has offered to send troops, urged other allies to follow.",
        {("latvia", "troop-contribution", "supports")},
    ),
    (
        "Sweden, whose parliament must approve any deployment, has not yet decided.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    # NATO membership, Article 5-style guarantees, the tripwire, the Black Sea and monitoring; dropping a bid; a
    # proposal that the force serve as a tripwire
    ("The draft plan would require Ukraine to enshrine in its constitution that it will not join NATO.", set()),
    (
        "Zelensky said Ukraine would not give up its aspiration to join NATO.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Kyiv signalled it could drop its NATO bid in exchange for Article 5-style guarantees.",
        {("ukraine", "article-5-guarantee", "supports"), ("ukraine", "nato-membership", "opposes")},
    ),
    (
        "Zelensky said he was ready to give up NATO membership in exchange for bilateral guarantees from the US.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "us-backstop", "supports")},
    ),
    (
        "Washington has offered guarantees mirroring NATO's Article 5, Witkoff said.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    ("Russia insists that Ukraine must never join NATO.", {("russia", "nato-membership", "opposes")}),
    (
        "Rutte said NATO membership for Ukraine was not on the table in the current talks.",
        {("nato", "nato-membership", "opposes")},
    ),
    ("Germany has opposed an invitation for Ukraine to join NATO.", {("germany", "nato-membership", "opposes")}),
    ("Turkey has offered to lead demining operations in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    (
        "France and Britain would provide air policing from bases outside Ukraine.",
        {("france", "air-defence", "supports"), ("united-kingdom", "air-defence", "supports")},
    ),
    (
        "The US would lead a ceasefire monitoring mission using drones and satellites.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "Estonia proposed that the force be deployed along the front line as a tripwire.",
        {("estonia", "tripwire", "supports")},
    ),
    (
        "Britain has rejected the idea of a tripwire force along the contact line.",
        {("united-kingdom", "tripwire", "opposes")},
    ),
    ("Estonia proposed that the force serve as a tripwire.", {("estonia", "tripwire", "supports")}),
    ("Zelensky said Ukraine would never drop its bid to join NATO.", {("ukraine", "nato-membership", "supports")}),
    ("Moscow dropped its objections to a European force.", {("russia", "reassurance-force", "supports")}),
    # 'it' as the subject of a judgement in a quotation is the speaker's view; a short answer to a question about
    # troops is their side's, given by the one answering
    ('"It is unacceptable," Lavrov said of the force.', {("russia", "reassurance-force", "opposes")}),
    ('"It is premature," Merz said of sending troops.', {("germany", "troop-contribution", "noncommittal")}),
    (
        'Asked whether Spain would send soldiers, Sanchez replied: "It is too early."',
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        '"It is a dangerous idea," Peskov said of the plan to deploy troops.',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        'Asked about a European force, Peskov said: "This is absolutely unacceptable for us."',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        '"Yes," Starmer said when asked if British troops could be sent to Ukraine.',
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        '"Britain is ready to send troops. It is the right thing to do," Starmer said.',
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        '"Absolutely not," Hegseth replied when asked whether US troops would be deployed to Ukraine.',
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Asked whether American troops would take part, Vance said no.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        '"No," Meloni replied when asked whether Italian troops would be sent to Ukraine.',
        {("italy", "troop-contribution", "opposes")},
    ),
    # neutrality as a NATO bid's absence ('a neutral state'); questions, analysts, polls and protesters hold no side's
    # stance; acting as a guarantor or tripwire
    ("Kyiv is against any neutrality arrangement, Sybiha said.", {("ukraine", "nato-membership", "supports")}),
    ("Moscow demands Ukraine's neutrality.", {("russia", "nato-membership", "opposes")}),
    ("Zelensky rejected calls for Ukraine to become a neutral state.", {("ukraine", "nato-membership", "supports")}),
    ("The Kremlin welcomed the idea of a neutral Ukraine.", {("russia", "nato-membership", "opposes")}),
    ("Hungary supports a neutral status for Ukraine, Orban said.", {("hungary", "nato-membership", "opposes")}),
    ("Slovakia would veto Ukraine's accession to NATO, Fico said.", {("slovakia", "nato-membership", "opposes")}),
    ("Poland has long championed Ukraine's bid to join NATO.", {("poland", "nato-membership", "supports")}),
    (
        "Russia will not accept any peace deal that leaves the door open to Ukraine's NATO membership.",
        {("russia", "nato-membership", "opposes")},
    ),
    ("Will Europe send troops to Ukraine?", set()),
    ("Analysts say Britain is unlikely to send troops without US support.", set()),
    ("Critics accuse the government of being too eager to send troops.", set()),
    ("The poll found that most Germans oppose sending troops to Ukraine.", set()),
    ("A former NATO commander said the force would need at least 50,000 soldiers.", set()),
    ("What would a reassurance force look like?", set()),
    ("If Russia attacks the force, the US would have to respond, experts warn.", set()),
    ("The opposition Labour party criticised the government's refusal to send troops.", set()),
    ("Protesters in Rome demanded that Italy never send troops to Ukraine.", set()),
    ("The editorial argued that Europe must be ready to deploy troops.", set()),
    ("Neither the Kremlin nor the White House commented on the report.", set()),
    ("Officials cautioned that no decisions had been taken.", set()),
    ("It remains unclear whether Washington will provide a backstop.", set()),
    (
        'The US is ready to provide "platinum" security guarantees, a senior official said.',
        {("united-states", "security-guarantees", "supports")},
    ),
    ("Peskov said Moscow had not seen the text of the guarantees.", set()),
    ("The Kremlin said it would not comment on the security guarantees discussed in Berlin.", set()),
    (
        "Without security guarantees, there can be no lasting peace, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Kyiv insists any agreement must include security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Turkey offered to act as a guarantor of Ukraine's security.", {("turkey", "security-guarantees", "supports")}),
    ("The force would act as a tripwire, Estonia said.", {("estonia", "tripwire", "supports")}),
    ("Qatar acted as a mediator.", set()),
    # 'hardly', 'scarcely' and 'no more ... than' deny a cue; enthusiasm and interest, shown or lacking
    ("Britain not only backs the force but will also lead it.", {("united-kingdom", "reassurance-force", "supports")}),
    ("France is no longer opposed to sending troops.", {("france", "troop-contribution", "supports")}),
    ("Italy is no more willing to send troops than it was a year ago.", {("italy", "troop-contribution", "opposes")}),
    ("Poland is among the strongest supporters of a European force.", {("poland", "reassurance-force", "supports")}),
    (
        "Hungary has been the most vocal opponent of security guarantees for Ukraine.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    ("Spain is hardly enthusiastic about sending troops.", {("spain", "troop-contribution", "opposes")}),
    (
        "Moscow has shown little interest in security guarantees for Kyiv.",
        {("russia", "security-guarantees", "opposes")},
    ),
    ("Washington has shown no appetite for a backstop.", {("united-states", "us-backstop", "opposes")}),
    ("Italy is hardly ready to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Moscow has shown no interest in a ceasefire.", set()),
    ("Norway has shown interest in joining the force.", {("norway", "troop-contribution", "supports")}),
    ("Spain is enthusiastic about sending troops.", {("spain", "troop-contribution", "supports")}),
    ("The force will have no more than 10,000 troops, Britain said.", set()),
    # an offer or pledge of troops names the troops; giving up or retreating from something on a condition is
    # conditional
    (
        "Britain's offer of troops was welcomed by Kyiv.",
        {("united-kingdom", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    ("Britain made an offer of troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Poland rejected any commitment of its troops.", {("poland", "troop-contribution", "opposes")}),
    (
        "Ukraine would give up its NATO bid if it received security guarantees.",
        {("ukraine", "nato-membership", "conditional")},
    ),
    ("Kyiv will not abandon its NATO bid.", {("ukraine", "nato-membership", "supports")}),
    # sides listed with 'including', 'such as', 'like', 'neither ... nor', 'but not'; the US backstop and
    # intelligence, provided or shared
    (
        "Several countries, including Sweden and Finland, have offered troops.",
        {("finland", "troop-contribution", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    (
        "Countries such as Estonia and Latvia are ready to send soldiers.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Both Italy and Spain have ruled out sending troops.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "Neither Germany nor Poland will send troops to Ukraine.",
        {("germany", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Britain and France, but not Germany, are ready to send troops.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Poland, like Hungary, has ruled out sending soldiers.",
        {("hungary", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    ("Besides Britain, only France has committed troops.", {("france", "troop-contribution", "supports")}),
    ("Apart from Hungary, all EU members back security guarantees for Ukraine.", set()),
    (
        "Only Hungary and Slovakia oppose the security guarantees.",
        {("hungary", "security-guarantees", "opposes"), ("slovakia", "security-guarantees", "opposes")},
    ),
    (
        "Trump has agreed in principle to provide air support for a European force, officials said.",
        {("united-states", "us-backstop", "supports")},
    ),
    ("The US will not provide a security backstop, Vance said.", {("united-states", "us-backstop", "opposes")}),
    (
        "Washington signalled it could contribute intelligence and logistics to the mission.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    ("Europeans want Washington to commit to a backstop before they deploy.", set()),
    ("The White House has refused to commit to a backstop.", {("united-states", "us-backstop", "opposes")}),
    ("Witkoff said a US backstop was still under discussion.", {("united-states", "us-backstop", "noncommittal")}),
    (
        "Rubio said the US would play a role in any guarantees, without committing troops.",
        {("united-states", "security-guarantees", "supports"), ("united-states", "us-ground-troops", "noncommittal")},
    ),
    (
        "Any American involvement would be limited to air power and intelligence, a US official said.",
        {("united-states", "us-backstop", "supports")},
    ),
    ("Trump appeared to rule out a US backstop on Tuesday.", {("united-states", "us-backstop", "opposes")}),
    (
        "The US will keep sharing intelligence with Kyiv, Rubio said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("Britain will provide intelligence to the coalition.", {("united-kingdom", "intelligence-support", "supports")}),
    # the force's air component; Kyiv on the sky shield, patrols and where partner troops stand
    (
        'Zelensky called for a European "sky shield" to protect Ukraine\'s western regions.',
        {("ukraine", "air-defence", "supports")},
    ),
    (
        "Kyiv wants European jets to patrol Ukrainian airspace after a ceasefire.",
        {("ukraine", "air-defence", "supports")},
    ),
    (
        "The coalition's air component would be led by Britain and France.",
        {("france", "air-defence", "supports"), ("united-kingdom", "air-defence", "supports")},
    ),
    ("Zelensky said the first foreign contingents could arrive soon after a ceasefire.", set()),
    ("Ukraine insists that partner troops be deployed along the front line.", {("ukraine", "tripwire", "supports")}),
    (
        "Sybiha said partner contingents would be stationed far from the front line.",
        {("ukraine", "reassurance-force", "supports"), ("ukraine", "tripwire", "opposes")},
    ),
    ("Britain will lead the air component of the force.", {("united-kingdom", "air-defence", "supports")}),
    # reports, claims and suggestions turned down: what they say is no stance of the one turning them down, unless it
    # says what that side itself would do
    ("Peskov said Russia's position on foreign troops in Ukraine was well known and had not changed.", set()),
    ("Moscow warned Paris against sending troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "The Kremlin accused London of planning to send troops under the guise of peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov mocked the coalition of the willing as a coalition of the warmongers.", set()),
    ("Kyiv dismissed Russian claims that the force would escalate the war.", set()),
    ("Macron rejected suggestions that France was backing away from its pledge to send troops.", set()),
    ("Berlin denied reports that it had refused to take part in the force.", set()),
    ("Poland refuted claims that it opposed a US backstop.", set()),
    (
        "Warsaw has no intention of sending troops, but fully supports the coalition's plans.",
        {("poland", "troop-contribution", "opposes"), ("poland", "reassurance-force", "supports")},
    ),
    (
        "The Czech government does not oppose the force but will not send troops.",
        {("czechia", "reassurance-force", "supports"), ("czechia", "troop-contribution", "opposes")},
    ),
    ("Moscow rejected suggestions that it could accept European troops.", {("russia", "reassurance-force", "opposes")}),
    (
        "Moscow dismissed suggestions that it would accept European troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Berlin denied that Italy could send troops.", set()),
    # Round 19: contrasts with "not" ("wants a US backstop, not a European force"), denied conjuncts, "send up to N",
    # "back up", "as is France", regions spoken of by a member ("Macron said Europe ..."), "keep Ukraine out of NATO",
    # "X would be a key part of the guarantees", coordinated topics kept apart, and what gives no claim
    (
        "The US is offering Ukraine Article 5-like protection, a senior official told reporters.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    (
        "Zelensky said Kyiv was prepared to drop its bid to join NATO in exchange for Western security guarantees.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Moscow has repeatedly said it will never accept troops from NATO countries on Ukrainian soil.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said any Western military contingents in Ukraine would be legitimate targets for the Russian army.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said the deployment of European troops was unacceptable under any circumstances.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Ukraine will not accept any deal that limits the size of its army, Zelensky said.", set()),
    ("Italy will not send soldiers to Ukraine, Meloni told parliament.", {("italy", "troop-contribution", "opposes")}),
    (
        "Meloni has proposed extending a NATO-style mutual defence clause to Ukraine.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    (
        "Belgium is willing to send troops as part of the coalition, its defence minister said.",
        {("belgium", "troop-contribution", "supports")},
    ),
    (
        "Denmark has not yet decided whether it will contribute soldiers.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    (
        "Sweden has not ruled out sending troops but says a decision is premature.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    (
        "Canada would consider contributing troops, Carney said, without committing to a number.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    ("The Kremlin rejected the idea of a European force out of hand.", {("russia", "reassurance-force", "opposes")}),
    ("Peskov said Russia had not been presented with the guarantees and could not comment.", set()),
    (
        "The White House said there would be no American troops on the ground in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Vance said the US would not put boots on the ground but would help the Europeans with air power.",
        {("united-states", "us-backstop", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Trump declined to say whether the US would backstop a European force.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    (
        "Witkoff said the US would take part in monitoring a ceasefire.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "Zelensky welcomed the Paris declaration on a multinational force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Tusk said Poland would not send troops but would provide logistical support for the force.",
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Orban said Hungary would take no part in any military mission in Ukraine.",
        {("hungary", "troop-contribution", "opposes")},
    ),
    ("Fico ruled out Slovak participation in any peacekeeping force.", {("slovakia", "troop-contribution", "opposes")}),
    ("Turkey is ready to take on a role in securing the Black Sea.", {("turkey", "maritime-security", "supports")}),
    (
        "Erdogan said Turkey could contribute to maritime security after a ceasefire.",
        {("turkey", "maritime-security", "supports")},
    ),
    ("Japan said it had no plans to send troops.", {("japan", "troop-contribution", "opposes")}),
    (
        "China opposes the deployment of any foreign troops in Ukraine, its foreign ministry said.",
        {("china", "reassurance-force", "opposes")},
    ),
    ("India said it would not take sides.", set()),
    (
        "Ukraine insists on security guarantees that are legally binding.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("The coalition agreed to set up a headquarters in Paris to coordinate the force.", set()),
    ("Spain threw its weight behind the reassurance force.", {("spain", "reassurance-force", "supports")}),
    ("Berlin poured cold water on the idea of sending German troops.", {("germany", "troop-contribution", "opposes")}),
    ("Rome stopped short of committing troops to the mission.", {("italy", "troop-contribution", "noncommittal")}),
    ("Warsaw balked at sending soldiers to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("London doubled down on its pledge to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Washington walked back its offer of air support.", {("united-states", "us-backstop", "opposes")}),
    ("The Kremlin bristled at talk of European peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    ("Paris floated the idea of a European force in Ukraine.", {("france", "reassurance-force", "supports")}),
    ("Helsinki signalled it could send troops.", {("finland", "troop-contribution", "supports")}),
    ("Copenhagen echoed the call for a US backstop.", {("denmark", "us-backstop", "supports")}),
    (
        "Lithuania joined Estonia in offering troops.",
        {("estonia", "troop-contribution", "supports"), ("lithuania", "troop-contribution", "supports")},
    ),
    (
        "Like France, Britain is ready to send troops.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Britain is ready to send troops, as is France.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Neither Germany nor Italy will send troops.",
        {("germany", "troop-contribution", "opposes"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Poland, for its part, will not deploy soldiers.", {("poland", "troop-contribution", "opposes")}),
    ("The Netherlands too is prepared to contribute troops.", {("netherlands", "troop-contribution", "supports")}),
    ("Sweden is also weighing whether to send troops.", {("sweden", "troop-contribution", "noncommittal")}),
    (
        "Russia's foreign ministry repeated its opposition to any Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Moscow's objection to a European force is well known.", {("russia", "reassurance-force", "opposes")}),
    (
        "Britain's commitment to the reassurance force is unwavering, Healey said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Kyiv is counting on a US backstop.", {("ukraine", "us-backstop", "supports")}),
    ("Moscow will not tolerate NATO troops in Ukraine, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    (
        "Russia will never agree to the presence of European troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "There can be no question of foreign troops in Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Out of the question, Peskov said of a European peacekeeping mission.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Czech Republic is keen to contribute troops.", {("czechia", "troop-contribution", "supports")}),
    ("Britain is eager to lead the force.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Latvia is in favour of a multinational force.", {("latvia", "reassurance-force", "supports")}),
    ("Hungary has washed its hands of the coalition's plans.", {("hungary", "reassurance-force", "opposes")}),
    ("Romania is on board with the force.", {("romania", "reassurance-force", "supports")}),
    ("Greece is not on board with sending troops.", {("greece", "troop-contribution", "opposes")}),
    ("Portugal remains on the fence about sending troops.", set()),
    ("Ireland will stay out of any military mission.", {("ireland", "troop-contribution", "opposes")}),
    ('"We will not accept any foreign troops," Putin said in December.', {("russia", "reassurance-force", "opposes")}),
    (
        "Putin has said he could accept security guarantees for Ukraine, but not the presence of NATO troops.",
        {("russia", "reassurance-force", "opposes"), ("russia", "security-guarantees", "supports")},
    ),
    (
        "Starmer said British troops would be deployed to Ukraine as part of the force.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Germany is prepared to contribute to the air defence of Ukraine, Pistorius said.",
        {("germany", "air-defence", "supports")},
    ),
    (
        "Poland will serve as a logistics hub and will not send troops, Nawrocki said.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Ryabkov said Moscow would not accept any NATO presence in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kyiv hopes the security guarantees will be approved by Congress.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Ukraine wants the ceasefire to be monitored by the United States.",
        {("ukraine", "intelligence-support", "supports")},
    ),
    ("Moscow would never agree to European troops, Trump said.", {("russia", "reassurance-force", "opposes")}),
    (
        '"The Russians will never accept it," Trump said of a European force.',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Asked about European troops, Putin replied that Russia would see them as legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky said Ukraine would not give up its aspiration to join NATO.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("Moscow demands that Ukraine abandon its NATO ambitions.", {("russia", "nato-membership", "opposes")}),
    (
        "NATO membership for Ukraine is not on the table, Witkoff said.",
        {("united-states", "nato-membership", "opposes")},
    ),
    ("Rutte said Ukraine's path to NATO remained irreversible.", {("nato", "nato-membership", "supports")}),
    ("Hungary will block Ukraine's accession to NATO, Orban said.", {("hungary", "nato-membership", "opposes")}),
    ("Germany does not see Ukraine joining NATO any time soon, Merz said.", set()),
    (
        "Finland supports a strong European presence in Ukraine after the war.",
        {("finland", "reassurance-force", "supports")},
    ),
    (
        "The UK has earmarked thousands of troops for the mission.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("France has drawn up plans to send up to 6,000 soldiers.", {("france", "troop-contribution", "supports")}),
    ("Estonia has offered a company of troops.", {("estonia", "troop-contribution", "supports")}),
    ("Latvia said it stood ready to deploy soldiers.", {("latvia", "troop-contribution", "supports")}),
    ("Norway will contribute naval assets to secure the Black Sea.", {("norway", "maritime-security", "supports")}),
    (
        "Italy backs the security guarantees but not troops.",
        {("italy", "security-guarantees", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Spain will contribute funding, not soldiers.", {("spain", "troop-contribution", "opposes")}),
    (
        "Germany will help with air defence, but not with ground troops.",
        {("germany", "air-defence", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "The US will provide intelligence but no ground forces.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Hungary accepts security guarantees for Ukraine, but not its NATO membership.",
        {("hungary", "nato-membership", "opposes"), ("hungary", "security-guarantees", "supports")},
    ),
    (
        "The Kremlin does not object to EU membership for Ukraine, but rejects NATO membership.",
        {("russia", "nato-membership", "opposes")},
    ),
    ("Kyiv wants binding guarantees, not promises.", {("ukraine", "security-guarantees", "supports")}),
    ("Sweden said it would send troops, not just equipment.", {("sweden", "troop-contribution", "supports")}),
    (
        "France wants not only a European force but also a US backstop.",
        {("france", "reassurance-force", "supports"), ("france", "us-backstop", "supports")},
    ),
    (
        "Moscow rejects not only NATO troops but any Western military presence in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Poland supports a US backstop, not a European force.",
        {("poland", "reassurance-force", "opposes"), ("poland", "us-backstop", "supports")},
    ),
    (
        "Britain backs the reassurance force, not a tripwire.",
        {("united-kingdom", "reassurance-force", "supports"), ("united-kingdom", "tripwire", "opposes")},
    ),
    ("Warsaw will send equipment, not troops.", {("poland", "troop-contribution", "opposes")}),
    ("Lithuania will send troops, not merely observers.", {("lithuania", "troop-contribution", "supports")}),
    ("Zelensky wants security guarantees, not a frozen conflict.", {("ukraine", "security-guarantees", "supports")}),
    ("Estonia backs a tripwire, not a force far from the front.", {("estonia", "tripwire", "supports")}),
    ("Britain will back up the force with jets.", {("united-kingdom", "reassurance-force", "supports")}),
    ("France will send up to 6,000 soldiers to Ukraine.", {("france", "troop-contribution", "supports")}),
    ("The coalition has drawn up plans to deploy up to 15,000 troops.", set()),
    ("Russia wants to keep Ukraine out of NATO.", {("russia", "nato-membership", "opposes")}),
    ("Moscow wants Ukraine out of NATO for good.", {("russia", "nato-membership", "opposes")}),
    ("Zelensky rejected demands to keep Ukraine out of NATO.", {("ukraine", "nato-membership", "supports")}),
    ("Hungary wants Ukraine to stay outside NATO.", {("hungary", "nato-membership", "opposes")}),
    ("Kyiv wants the truce to be monitored by its partners.", {("ukraine", "intelligence-support", "supports")}),
    ("Stoltenberg's successor said Ukraine's path to NATO remained irreversible.", set()),
    ("Moscow would regard any Western soldiers as occupiers.", {("russia", "reassurance-force", "opposes")}),
    (
        "The Kremlin poured cold water on the idea of sending French troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Belgium is ready to send troops, as is the Netherlands.",
        {("belgium", "troop-contribution", "supports"), ("netherlands", "troop-contribution", "supports")},
    ),
    ("Denmark is willing to contribute, as is Norway.", set()),
    (
        "The European Union agreed to set up a command centre to coordinate the mission.",
        {("european-union", "reassurance-force", "supports")},
    ),
    (
        "Canada backs the guarantees but not troops.",
        {("canada", "security-guarantees", "supports"), ("canada", "troop-contribution", "opposes")},
    ),
    ("Moscow accepts a ceasefire but not foreign troops.", {("russia", "reassurance-force", "opposes")}),
    ("Kyiv backs a European force, not a UN mission.", {("ukraine", "reassurance-force", "supports")}),
    (
        "Italy prefers a NATO-style guarantee, not troops on the ground.",
        {("italy", "article-5-guarantee", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        "The Russian Foreign Ministry has repeatedly stated that the deployment of any foreign contingents "
        "in Ukraine is unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow will consider any foreign military units in Ukraine legitimate targets, Zakharova stressed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky stressed that security guarantees must be legally binding and approved by the US Congress.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Sybiha emphasized that the presence of partner troops would be an important element of the guarantees.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Umerov reported that the parties had agreed on the key parameters of the security guarantees.", set()),
    (
        "Medvedev threatened that any European peacekeepers would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kallas said the EU was ready to contribute to security guarantees for Ukraine.",
        {("european-union", "security-guarantees", "supports")},
    ),
    (
        "Von der Leyen said Europe would provide ironclad security guarantees.",
        {("european-union", "security-guarantees", "supports")},
    ),
    (
        "The Pentagon said no decision had been made on the backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Ryabkov said Russia would not allow NATO troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Peskov said that the issue of foreign troops was a red line for Russia.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Warsaw will not participate in the reassurance force, Kosiniak-Kamysz told Polsat.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin has called the idea of a European contingent in Ukraine provocative.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky called the deployment of partner forces an essential part of any deal.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Starmer said the plans for a multinational force were well advanced.", set()),
    (
        "The Polish president said he opposed sending Polish soldiers to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Nawrocki reiterated that no Polish troops would be deployed.", {("poland", "troop-contribution", "opposes")}),
    ("Fico said Slovakia would not take part in any military adventures.", set()),
    (
        "Babis said the Czech Republic would not send soldiers to Ukraine.",
        {("czechia", "troop-contribution", "opposes")},
    ),
    (
        "Meloni said Italy was ready to extend Article 5-type protection to Ukraine.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    (
        "The Netherlands would only contribute troops if there was a robust mandate.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    ("Sweden's participation would hinge on a parliamentary vote.", {("sweden", "troop-contribution", "conditional")}),
    ("Spain will consider sending troops when the time comes.", {("spain", "troop-contribution", "noncommittal")}),
    ("Denmark said it was too early to commit soldiers.", {("denmark", "troop-contribution", "noncommittal")}),
    ("Finland will not rule out sending troops.", {("finland", "troop-contribution", "noncommittal")}),
    (
        "Canada says any contribution depends on the mission's mandate.",
        {("canada", "troop-contribution", "conditional")},
    ),
    (
        "Poland would only consider sending troops if NATO's eastern flank were secured.",
        {("poland", "troop-contribution", "conditional")},
    ),
    (
        "The Czech Republic could take part in the force, but only with parliamentary approval.",
        {("czechia", "troop-contribution", "conditional")},
    ),
    ("Lithuania will send troops as soon as a ceasefire is agreed.", {("lithuania", "troop-contribution", "supports")}),
    (
        "Japan has yet to decide whether it will contribute to the security guarantees.",
        {("japan", "security-guarantees", "noncommittal")},
    ),
    (
        "Australia remains open to contributing troops, Albanese said.",
        {("australia", "troop-contribution", "supports")},
    ),
    (
        "Germany's involvement will depend on the outcome of negotiations, Merz said.",
        {("germany", "troop-contribution", "conditional")},
    ),
    ("Norway has kept its options open on sending troops.", {("norway", "troop-contribution", "noncommittal")}),
    ("Estonia stands ready to send troops at short notice.", {("estonia", "troop-contribution", "supports")}),
    ("Latvia has not excluded a contribution to the force.", {("latvia", "troop-contribution", "noncommittal")}),
    ("Greece said it had no intention of sending troops.", {("greece", "troop-contribution", "opposes")}),
    (
        "Poland's president has made any deployment conditional on a vote in parliament.",
        {("poland", "troop-contribution", "conditional")},
    ),
    # A region stands for the side of a member who speaks of it, and for no one else (data/actors.yml `regions:`)
    (
        "Macron said Europe has a role to play in providing security guarantees.",
        {("france", "security-guarantees", "supports")},
    ),
    ('"Europe is ready to send troops," Starmer said.', {("united-kingdom", "reassurance-force", "supports")}),
    ("Trump said Europe would send troops.", set()),
    ("Orban said Europe wants to send troops.", set()),
    (
        "Kallas said Europeans were ready to provide security guarantees.",
        {("european-union", "security-guarantees", "supports")},
    ),
    ("Europe is ready to send troops.", set()),
    ("Putin said Europe was preparing to send troops.", set()),
    ("Merz said Europe must take responsibility for its own security.", set()),
    # Round 19: states that deny a verb ("in no mood to"), a part set aside in the passive ("a German contribution
    # cannot be ruled out"), not taking part in guarantees one does not block is no refusal of them, and attribution
    ("Who would send troops to Ukraine without an American backstop?", set()),
    ("Britain refused to rule out sending troops.", {("united-kingdom", "troop-contribution", "noncommittal")}),
    ("A German contribution cannot be excluded, Pistorius said.", {("germany", "troop-contribution", "noncommittal")}),
    ("There is no question of sending Polish troops, Tusk said.", {("poland", "troop-contribution", "opposes")}),
    ("Italy is no longer ready to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Denmark has backed away from its pledge to send troops.", {("denmark", "troop-contribution", "opposes")}),
    ("Spain has reversed its opposition to the force.", {("spain", "reassurance-force", "supports")}),
    ("Norway would rather not send soldiers.", {("norway", "troop-contribution", "opposes")}),
    ("Portugal is in no position to send troops.", set()),
    ("Greece lacks the capacity to send troops.", set()),
    ("The Netherlands is less willing than before to send troops.", set()),
    ("Finland has become more cautious about sending troops.", {("finland", "troop-contribution", "noncommittal")}),
    ("Belgium remains committed to sending troops.", {("belgium", "troop-contribution", "supports")}),
    ("Canada is sticking to its offer of troops.", {("canada", "troop-contribution", "supports")}),
    ("Latvia has not abandoned plans to send troops.", {("latvia", "troop-contribution", "supports")}),
    ("Lithuania has shelved plans to send troops.", {("lithuania", "troop-contribution", "opposes")}),
    ("Estonia has put its plans to send troops on hold.", {("estonia", "troop-contribution", "noncommittal")}),
    ("Romania will not stand in the way of the force.", {("romania", "reassurance-force", "supports")}),
    (
        "Hungary will not stand in the way of security guarantees, but will not contribute.",
        {("hungary", "security-guarantees", "supports")},
    ),
    ("Slovakia has no objections to the force, Fico said.", {("slovakia", "reassurance-force", "supports")}),
    ("Moscow is in no mood to accept foreign troops.", {("russia", "reassurance-force", "opposes")}),
    ("Russia flatly refuses to discuss a European force.", {("russia", "reassurance-force", "opposes")}),
    (
        "A senior US official said Washington would provide intelligence support to the force.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("Officials in Paris said France was ready to lead the force.", {("france", "reassurance-force", "supports")}),
    (
        "Germany's defence ministry said it was too early to discuss sending troops.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "The Polish foreign ministry spokesman said Warsaw would not send soldiers.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Speaking in Kyiv, the British prime minister said Britain would lead the reassurance force.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "In a post on X, Sybiha wrote that Ukraine welcomed the coalition's plans for a multinational force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Asked about troops, the Italian premier replied that Italy would not send soldiers.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "A Kremlin spokesman said Moscow categorically rejected the idea of peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Ukraine's top diplomat said Kyiv counted on a US backstop.", {("ukraine", "us-backstop", "supports")}),
    (
        "The Dutch prime minister told parliament the Netherlands would contribute to the force.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Sweden's defence minister said Stockholm was ready to send troops.",
        {("sweden", "troop-contribution", "supports")},
    ),
    (
        "The Estonian prime minister's office said Tallinn would send a company.",
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        "According to a Downing Street readout, Starmer and Macron agreed to lead the force.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Both Macron and Starmer have said they are ready to send troops.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The two leaders said their countries would send troops once a ceasefire was agreed.", set()),
    # Round 19: what a negated change keeps ("has not changed its opposition"), "has nothing against", and denials that
    # must stay as they are
    ("Russia will accept nothing less than Ukraine's neutrality.", {("russia", "nato-membership", "opposes")}),
    ("Moscow has nothing against a European force.", {("russia", "reassurance-force", "supports")}),
    ("Italy will not oppose the force.", {("italy", "reassurance-force", "supports")}),
    ("No country has offered to send troops yet, Rutte said.", set()),
    ("Few European countries are ready to send troops.", set()),
    ("Russia wants to prevent the deployment of Western troops.", {("russia", "reassurance-force", "opposes")}),
    (
        "Moscow warned it would not tolerate any attempt to deploy European troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Britain has yet to rule out a US-free force.", set()),
    (
        "Germany does not want to send troops, and neither does Italy.",
        {("germany", "troop-contribution", "opposes"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        "Kyiv does not need foreign troops, it needs weapons, Zelensky said.",
        {("ukraine", "reassurance-force", "opposes")},
    ),
    ("Russia has never agreed to foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("The Kremlin has not changed its opposition to the force.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow does not intend to discuss European troops.", {("russia", "reassurance-force", "opposes")}),
    ("Russia is not going to accept any NATO presence.", {("russia", "reassurance-force", "opposes")}),
    (
        "Ukraine does not rule out a ceasefire monitored by European troops.",
        {("ukraine", "reassurance-force", "noncommittal")},
    ),
    (
        "Berlin is not opposed in principle to German troops in Ukraine.",
        {("germany", "troop-contribution", "supports")},
    ),
    ("Rome is not yet convinced of the need for a European force.", {("italy", "reassurance-force", "opposes")}),
    ("Washington is not against a backstop.", {("united-states", "us-backstop", "supports")}),
    ("Russia has not changed its position on foreign troops.", set()),
    ("Britain has not changed its commitment to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Italy is not yet ready to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Poland is not ready to send troops.", {("poland", "troop-contribution", "opposes")}),
    ("Washington has nothing against a European-led force.", {("united-states", "reassurance-force", "supports")}),
    ("Moscow has not altered its rejection of NATO troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Spain is not yet willing to commit troops.", {("spain", "troop-contribution", "opposes")}),
    ("Germany has changed its position and will now send troops.", {("germany", "troop-contribution", "supports")}),
    # Round 19: "X, not Y" with two kinds of one topic, with names ("Moscow, not Kyiv, rejected") and with a topic's
    # absence ("wants NATO membership, not a neutral status")
    ("Moscow, not Kyiv, rejected the force.", {("russia", "reassurance-force", "opposes")}),
    ("It was Britain, not France, that offered troops.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Zelensky wants security guarantees now, not after a ceasefire.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Russia, not NATO, is the threat, Rutte said.", set()),
    (
        "Ukraine needs security guarantees, not just promises of support, Sybiha said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Britain backs a deterrence force, not peacekeepers.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Kyiv wants NATO membership, not a neutral status.", {("ukraine", "nato-membership", "supports")}),
    ("Moscow wants a neutral Ukraine, not a NATO member.", {("russia", "nato-membership", "opposes")}),
    (
        "Germany will provide air defence, not soldiers.",
        {("germany", "air-defence", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "The US backs the force with intelligence, not troops.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    ("Hungary backs a ceasefire but not a European force.", {("hungary", "reassurance-force", "opposes")}),
    # Round 19: troops sent as a noun ("the deployment of Polish troops", "the dispatch of soldiers"), and sent
    # elsewhere
    ("Poland ruled out the deployment of Polish troops.", {("poland", "troop-contribution", "opposes")}),
    ("Moscow rejected the deployment of British troops.", {("russia", "reassurance-force", "opposes")}),
    ("Germany backs the deployment of troops to Lithuania.", set()),
    ("Italy has excluded the dispatch of Italian soldiers to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    ("The Kremlin warned against the deployment of any Western troops.", {("russia", "reassurance-force", "opposes")}),
    ("Hungary will not support the deployment of troops to Ukraine.", {("hungary", "troop-contribution", "opposes")}),
    (
        "Zelensky welcomed the deployment of European troops after a ceasefire.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The Czech government approved the sending of soldiers to Ukraine.",
        {("czechia", "troop-contribution", "supports")},
    ),
    ("Sweden is considering the deployment of troops to Ukraine.", {("sweden", "troop-contribution", "noncommittal")}),
    ("Britain announced the deployment of 5,000 soldiers to Estonia.", set()),
    ("Denmark has not ruled out the deployment of Danish troops.", {("denmark", "troop-contribution", "noncommittal")}),
    ("Spain said the deployment of troops was premature.", {("spain", "troop-contribution", "noncommittal")}),
    # Round 19: stances held as nouns ("Germany's refusal to", "France's insistence on"), and a thing expected of others
    # asked for ("expects guarantees from its partners"; not "expects X to")
    ("Britain's decision to send troops was welcomed in Kyiv.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Germany's refusal to send troops angered Paris.", {("germany", "troop-contribution", "opposes")}),
    ("Poland's reluctance to send troops is well known.", {("poland", "troop-contribution", "noncommittal")}),
    ("Italy's rejection of a European force surprised its allies.", {("italy", "reassurance-force", "opposes")}),
    (
        "Spain's offer of troops was praised by Zelensky.",
        {("spain", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    ("France's insistence on a US backstop has irritated Washington.", {("france", "us-backstop", "supports")}),
    ("Kyiv's demand for security guarantees remains unmet.", {("ukraine", "security-guarantees", "supports")}),
    ("Moscow's opposition to NATO membership for Ukraine is unchanged.", {("russia", "nato-membership", "opposes")}),
    ("The Dutch willingness to contribute troops was noted.", {("netherlands", "troop-contribution", "supports")}),
    (
        "Denmark's readiness to deploy soldiers was confirmed by its defence minister.",
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        "Sweden's hesitation over sending troops has frustrated its neighbours.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    ("Finland's commitment to the reassurance force is firm.", {("finland", "reassurance-force", "supports")}),
    ("Belgium's pledge to send F-16s for air policing was repeated.", {("belgium", "air-defence", "supports")}),
    ("Turkey's offer to lead demining in the Black Sea was welcomed.", {("turkey", "maritime-security", "supports")}),
    (
        "Romania's plan to host a logistics hub for the force was approved.",
        {("romania", "reassurance-force", "supports")},
    ),
    ("Ukraine expects security guarantees from its partners.", {("ukraine", "security-guarantees", "supports")}),
    ("Kyiv expects partners to send troops.", set()),
    ("Zelensky said he expected the US to provide a backstop.", set()),
    ("Britain is expected to send troops.", set()),
    ("Moscow expects the force to be deployed soon.", set()),
    ("Russia expects NATO to reject the plan.", set()),
    (
        "The Office of the President said Ukraine expects firm security guarantees from its partners.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Kyiv expects a US backstop for any European force.", {("ukraine", "us-backstop", "supports")}),
    # Round 19: a named person placed somewhere is no troops sent
    ("Lavrov was stationed at the embassy during the talks on the force.", set()),
    ("Rubio was based in Paris for the talks on the force.", set()),
    (
        "French troops will be stationed in Ukraine after a ceasefire, Macron said.",
        {("france", "troop-contribution", "supports")},
    ),
    ("No NATO troops will be deployed in Ukraine, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    # Twentieth round: 'no room for', 'asked Washington for', 'argued|campaigned for', a force called for with its
    # subject ('called for a
    # European force to be deployed'), plans for a force, goals and aims, 'would consider a contribution', securing
    # navigation, and
    # a demand's content clause that the parser hangs as a relative clause
    (
        "Peskov said the Kremlin saw no room for European troops in any settlement.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Turkey offered to help secure navigation in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    ("Kyiv has asked Washington for a backstop to the European force.", {("ukraine", "us-backstop", "supports")}),
    (
        "Russia dismissed the coalition's plans for a force as a pipe dream.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Macron pushed for a European force to be deployed after a ceasefire.",
        {("france", "reassurance-force", "supports")},
    ),
    ("Zelensky reiterated that NATO membership remains Ukraine's goal.", {("ukraine", "nato-membership", "supports")}),
    ("Finland stands behind the coalition's plan for a force.", {("finland", "reassurance-force", "supports")}),
    (
        "Writing on social media, Sikorski said Poland backed the coalition's plans for a force.",
        {("poland", "reassurance-force", "supports")},
    ),
    ("Rome has not rejected the idea of a force.", {("italy", "reassurance-force", "noncommittal")}),
    ("Macron argued for European troops to be sent to Ukraine.", {("france", "reassurance-force", "supports")}),
    ("Poland has campaigned for NATO membership for Ukraine.", {("poland", "nato-membership", "supports")}),
    ("Japan would consider a contribution to the force.", {("japan", "troop-contribution", "noncommittal")}),
    ("Sweden will consider any request to send troops.", {("sweden", "reassurance-force", "noncommittal")}),
    ("Russia's main objective is to keep Ukraine out of NATO.", {("russia", "nato-membership", "opposes")}),
    ("Zelensky asked the allies for security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Zelensky asked Trump for a US backstop.", {("ukraine", "us-backstop", "supports")}),
    (
        "Macron called for a European force to be deployed after a ceasefire.",
        {("france", "reassurance-force", "supports")},
    ),
    ("Russia called for foreign troops to be withdrawn from Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Britain drew up plans for a force of 10,000 troops.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Russia has no plans for a mission in Ukraine.", set()),
    (
        "Kyiv rejected the Russian demand that Ukraine renounce NATO membership.",
        {("ukraine", "nato-membership", "supports"), ("russia", "nato-membership", "opposes")},
    ),
    ("Russia would consider NATO troops in Ukraine as a threat.", {("russia", "reassurance-force", "opposes")}),
    # What a thwarting verb is done with is not what it thwarts; the EU's membership is not NATO's; a public
    # ('residents of
    # Kyiv', 'most Ukrainians', voters) speaks for no side, while 'several countries' still do; 'preparing to send'
    (
        "Moscow accused Europe of sabotaging the peace talks with its plans for a force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia has no objection to Ukraine's membership of the European Union.", set()),
    (
        "The Times reported that Britain was preparing to send 10,000 troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Residents of Kyiv told reporters they wanted European troops.", set()),
    ("Moscow does not object to Ukraine's membership of the EU.", set()),
    ("Most Ukrainians want security guarantees.", set()),
    ("The Russians rejected the plan for a force.", {("russia", "reassurance-force", "opposes")}),
    ("France is preparing to lead the force.", {("france", "reassurance-force", "supports")}),
    ("Many Poles oppose sending troops to Ukraine.", set()),
    # After a denied object, what 'only' or 'but' marks is affirmed ('would not need American soldiers, only American
    # support'
    # had refused the support)
    (
        "Macron said the force would not need American soldiers, only American support.",
        {("france", "us-backstop", "supports"), ("france", "us-ground-troops", "opposes")},
    ),
    (
        "Kyiv does not want Western troops, only Western weapons, Zelensky said.",
        {("ukraine", "reassurance-force", "opposes")},
    ),
    # 'must be discussed with'; 'treated as a target'; a verb of helping with an object of its own points back to
    # nothing ('offered
    # to help train Ukrainian soldiers')
    ("Any deployment must be discussed with Moscow, Peskov said.", {("russia", "reassurance-force", "conditional")}),
    (
        "Having ruled out sending troops, Italy offered to help train Ukrainian soldiers.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Russia's foreign ministry, meanwhile, warned that European troops would be treated as a target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said any security guarantees for Ukraine must be discussed with Russia.",
        {("russia", "security-guarantees", "conditional")},
    ),
    # A second subject the parser hangs beside the first, joined by 'as well as', holds the stance too, with its own
    # troops
    (
        "Britain as well as France has pledged troops.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Germany and Italy as well as Spain refused to send troops.",
        {
            ("germany", "troop-contribution", "opposes"),
            ("italy", "troop-contribution", "opposes"),
            ("spain", "troop-contribution", "opposes"),
        },
    ),
    # Derision in the plural ('militaristic fantasies', 'dangerous illusions'); a named agent acts, not the speaker
    # ('the guarantees
    # proposed by Europe', said by Putin, were read as Russian support), while a region said by a member's official
    # stands for its
    # side; 'warnings against' is held by whoever warns ('Germany ignored Russian warnings against sending troops' was
    # a German
    # refusal); 'sees no possibility of'
    (
        "Zakharova called the plans for a European force militaristic fantasies.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said European plans to send troops were dangerous illusions.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Putin said the security guarantees proposed by Europe were directed against Russia.", set()),
    (
        "Macron said the force, backed by Europe, would deploy after a ceasefire.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "I remain very puzzled by this proposal, Meloni said of the European force.",
        {("italy", "reassurance-force", "opposes")},
    ),
    ("Germany ignored Russian warnings against sending troops.", {("russia", "reassurance-force", "opposes")}),
    ("Germany ignored Moscow's warnings against sending troops.", {("russia", "reassurance-force", "opposes")}),
    (
        '"I do not see any possibility of sending Polish soldiers," Tusk said.',
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Poland sees no possibility of sending troops to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("Lavrov said he saw no way of accepting NATO troops.", {("russia", "reassurance-force", "opposes")}),
    # Denials that read backwards before: 'not a single soldier' and 'not one soldier' (the 'not' on the subject or
    # its number),
    # 'anything but ready', 'never wavered in its support'
    ("Not a single Italian soldier will go to Ukraine, Meloni said.", {("italy", "troop-contribution", "opposes")}),
    ("Not one Polish soldier will be sent to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("One Polish battalion will be sent to Ukraine.", {("poland", "troop-contribution", "supports")}),
    ("Russia is anything but ready to accept European troops.", {("russia", "reassurance-force", "opposes")}),
    ("Estonia has never wavered in its support for the force.", {("estonia", "reassurance-force", "supports")}),
    # Twenty-first round: binding a group, preferring one thing to another, 'short of', judged talk of troops,
    # a demanded guarantee's content, wanted properties, 'warned X against', 'did not object ... as long as'
    ("Italy prefers a UN mission to a European force.", {("italy", "reassurance-force", "opposes")}),
    (
        "Lavrov said Moscow would regard the appearance of foreign contingents as aggression.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Merz called talk of German troops premature.", {("germany", "troop-contribution", "noncommittal")}),
    ("Moscow would prefer neutral peacekeepers over NATO troops.", {("russia", "reassurance-force", "opposes")}),
    (
        "Poland will help with logistics, short of deploying soldiers to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Putin demanded legally binding guarantees that Ukraine will not join NATO.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Putin said he did not object to European security guarantees as long as they excluded troops.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "The Kremlin warned Europe against any attempt to station troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Paris declaration commits the coalition of the willing to a multinational force for Ukraine.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "Ukraine wants legally binding guarantees approved by the US Congress.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Zelensky wrote on X that Ukraine needed reliable guarantees backed by the United States.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Zelensky welcomed the guarantees offered by Washington.",
        {("ukraine", "security-guarantees", "supports"), ("united-states", "security-guarantees", "supports")},
    ),
    (
        "Kyiv wants security guarantees that Russia will not attack again.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Macron committed the country to the force.", {("france", "reassurance-force", "supports")}),
    (
        "Spain would not oppose the force as long as there is a UN mandate.",
        {("spain", "reassurance-force", "conditional")},
    ),
    ("Merz said talk of French troops was premature.", set()),
    (
        "Short of sending troops, Spain will do everything to support the force.",
        {("spain", "reassurance-force", "supports"), ("spain", "troop-contribution", "opposes")},
    ),
    # A pronoun in a clause set before its subject points ahead ('Though it will not send troops, Poland ...'); 'held
    # back'
    # is no backing; 'pushing hard for'; a relative pronoun misread as an apposition names no one
    (
        "While he ruled out sending troops, Merz said Germany would help fund the mission.",
        {("germany", "reassurance-force", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    ("Kyiv has been pushing hard for a foreign contingent.", {("ukraine", "reassurance-force", "supports")}),
    ("Norway has held back from committing troops.", {("norway", "troop-contribution", "noncommittal")}),
    (
        "Germany and Poland, which both border Russia's allies, reject sending troops.",
        {("germany", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    ("Italy held back its troops.", set()),
    # 'provided' before a clause the parser hung on a noun; 'will be going to'; 'whose' holders; a person's apposition
    # ('Rutte, a supporter of ...'); 'the president' said by the side's own office; 'will have nothing to do with';
    # 'So does Latvia'; 'but wants X first' read at the clause's end
    (
        "The Czech Republic is prepared to send troops provided the United States backs the mission.",
        {("czechia", "troop-contribution", "conditional")},
    ),
    (
        '"Our troops will not be going to Ukraine," Healey said, contradicting earlier reports.',
        {("united-kingdom", "troop-contribution", "opposes")},
    ),
    (
        "Tusk, whose government has ruled out sending soldiers, backed the force.",
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    ("Rutte, a strong supporter of the force, spoke in Brussels.", {("nato", "reassurance-force", "supports")}),
    (
        "The White House said the president had not committed to a backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    (
        "Italy, whose troops will not be part of the force, backs the plan.",
        {("italy", "reassurance-force", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Britain said its troops would be going to Ukraine.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Germany will be going to the summit.", set()),
    ("Estonia will send the troops provided last year.", set()),
    # Topics: policing, guarding and defending the sea lanes or the skies; surveillance aircraft and drones; watching
    # the
    # ceasefire line
    ("Turkish willingness to police the Black Sea was noted.", {("turkey", "maritime-security", "supports")}),
    ("Sweden will help defend Ukraine's skies.", {("sweden", "air-defence", "supports")}),
    ("Turkey is willing to police the Black Sea.", {("turkey", "maritime-security", "supports")}),
    ("Romania will help guard shipping lanes.", {("romania", "maritime-security", "supports")}),
    (
        "Canada will provide surveillance aircraft to watch the ceasefire line.",
        {("canada", "intelligence-support", "supports")},
    ),
    # Judgements: 'unthinkable', 'wrong to', 'no need for', 'no obstacle to'; 'failed to agree to' is no agreement;
    # fearing
    # a thing takes it as a threat ('no need to fear the force'); a thing impossible without another is the speaker's
    # view
    ("Merz said it would be wrong to send German troops now.", {("germany", "troop-contribution", "opposes")}),
    (
        "The Kremlin said the deployment of European troops was unthinkable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Italy failed to agree to the deployment of troops.", {("italy", "troop-contribution", "opposes")}),
    ("Kyiv said peace was impossible without a foreign contingent.", {("ukraine", "reassurance-force", "supports")}),
    ("The Czech government sees no obstacle to sending troops.", {("czechia", "troop-contribution", "supports")}),
    ("There is no need to fear the force, Macron said.", {("france", "reassurance-force", "supports")}),
    ("Merz said it would be wrong to rule out sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Britain sees no obstacle to the force.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Peace is impossible without foreign troops, Zelensky said.", {("ukraine", "reassurance-force", "supports")}),
    (
        "Without security guarantees, this war will not end, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Not one European country is ready to send troops without American support, Sikorski said.", set()),
    ("Peskov said there was no need for foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Germany did not fail to back the force.", {("germany", "reassurance-force", "supports")}),
    # What is not bargained over is held firmly, which says nothing of which way ('refused to make concessions on NATO
    # membership' had been Ukraine refusing membership)
    ("Macron said there was no room for compromise on the reassurance force.", set()),
    ("Russia rejected any compromise on NATO membership.", set()),
    ("Zelensky refused to make concessions on NATO membership.", set()),
    ("Britain will make no concessions on the deployment of troops.", set()),
    ("Kyiv will not compromise on security guarantees.", set()),
    ("Moscow said there could be no compromise on the presence of NATO troops.", set()),
    # Round 22: 'dead on arrival'; a condition's backstop wanted when nothing else is named; 'must remain neutral';
    # 'would never become a member'; judged worthless without, hung on the subject; refused to sign without; 'rather
    # than' as a
    # coordinator or a clause before the subject; 'never considered sending'; 'backstop' as a verb; 'see a role for its
    # soldiers'; a 'that' clause misread as describing the hearer; a condition on the force one joins; a judgement
    # coordinated
    # with a side's clause; 'not the only country'; whose decision a 'whether' clause names; 'no question of'; troops
    # 'being
    # sent'; a pledge to join owned by another side
    (
        "The Kremlin said any plan involving European peacekeepers was dead on arrival.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky said that without a US backstop the coalition's guarantees would be weak.",
        {("ukraine", "us-backstop", "supports")},
    ),
    ("Rather than send troops, Italy will provide training.", {("italy", "troop-contribution", "opposes")}),
    ("Rome has never considered sending troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    (
        "Trump reversed course and said the US would backstop the European force.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Sweden does not see a role for its soldiers in Ukraine at this stage.",
        {("sweden", "troop-contribution", "opposes")},
    ),
    (
        "Kyiv refused to sign the minerals deal without security guarantees.",
        {("ukraine", "minerals-deal", "conditional"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Deploying American soldiers is not being considered, the White House said.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "The Kremlin's spokesman told a briefing that NATO troops in Ukraine would be unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Sweden will contribute troops, on condition that the force has a robust mandate.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    ("Italy is prepared to take part in a UN-led mission.", {("italy", "troop-contribution", "supports")}),
    (
        "Russia has no objection to Ukraine joining the EU, but NATO membership is a red line.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "No decision has been made on whether Canada will send troops.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    ("Britain is not the only country willing to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("There is no question of German troops being sent, Merz said.", {("germany", "troop-contribution", "opposes")}),
    ("Poland is not the only ally that has refused to send troops.", {("poland", "troop-contribution", "opposes")}),
    ("Italy will provide training rather than send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Italy will send trainers rather than deploy troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Norway is prepared to contribute, provided there is a US backstop.",
        {("norway", "us-backstop", "supports"), ("norway", "troop-contribution", "conditional")},
    ),
    ("Ukraine must remain a neutral state, Peskov said.", {("russia", "nato-membership", "opposes")}),
    (
        "Zelensky said Ukraine must remain a candidate for NATO membership.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("Trump said Ukraine would never become a member of NATO.", {("united-states", "nato-membership", "opposes")}),
    ("Guarantees without a US backstop would be worthless, Zelensky said.", {("ukraine", "us-backstop", "supports")}),
    (
        "Poland refused to send troops without a US backstop.",
        {("poland", "troop-contribution", "conditional"), ("poland", "us-backstop", "supports")},
    ),
    ("Washington will not backstop a European mission, Vance said.", {("united-states", "us-backstop", "opposes")}),
    ("Denmark will consider sending troops.", {("denmark", "troop-contribution", "noncommittal")}),
    ("Italy considered the proposal for a force dangerous.", {("italy", "reassurance-force", "opposes")}),
    (
        "The Kremlin warned that any Western troops deployed in Ukraine would become legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Sending troops is being considered, the Dutch government said.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    (
        "Italy backs the guarantees, but sending troops is not on the table.",
        {("italy", "security-guarantees", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    ("There can be no question of foreign peacekeepers, Lavrov said.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow warned against Western troops being deployed.", {("russia", "reassurance-force", "opposes")}),
    ("Germany has made no decision on whether to send troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Poland did its part by hosting the force's headquarters.", {("poland", "reassurance-force", "supports")}),
    (
        "Starmer hailed Canada's pledge to join the force.",
        {("canada", "troop-contribution", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Canada announced its pledge to join the force.", {("canada", "troop-contribution", "supports")}),
    (
        "Britain would deploy troops, but only if Washington provides a backstop.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    # Round 22: 'got behind', 'making the case for', 'torpedo', 'scupper', 'stonewalled', 'wavered on'; retreating
    # from a
    # stance named as a noun ('rowed back on its opposition', 'stepped back from its pledge')
    ("Finland has signed off on sending troops to Ukraine.", {("finland", "troop-contribution", "supports")}),
    ("Germany has got behind the plan for a reassurance force.", {("germany", "reassurance-force", "supports")}),
    ("Italy rowed back on its opposition to the force.", {("italy", "reassurance-force", "supports")}),
    ("Germany stepped back from its pledge to send troops.", {("germany", "troop-contribution", "opposes")}),
    ("Russia tried to torpedo the plan for a European force.", {("russia", "reassurance-force", "opposes")}),
    (
        "Hungary sought to scupper the EU's security guarantees for Ukraine.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    ("Macron has been making the case for a European force.", {("france", "reassurance-force", "supports")}),
    ("Washington wavered on a backstop for the force.", {("united-states", "us-backstop", "noncommittal")}),
    ("Spain has stonewalled requests to send troops.", {("spain", "troop-contribution", "opposes")}),
    # Round 22: 'cannot' read as 'can not'; 'thwart' is no stance ('thwarted an attempt to capture Kyiv'); 'the
    # leaders of
    # Denmark and Sweden said they ...' is each of them
    (
        "The leaders of Denmark, Sweden and Finland said they were open to contributing troops.",
        {
            ("denmark", "troop-contribution", "supports"),
            ("finland", "troop-contribution", "supports"),
            ("sweden", "troop-contribution", "supports"),
        },
    ),
    (
        "Japan cannot send troops, but it can help with demining in the Black Sea.",
        {("japan", "maritime-security", "supports"), ("japan", "troop-contribution", "opposes")},
    ),
    (
        "Belgium cannot contribute soldiers to the force, its defence minister said.",
        {("belgium", "troop-contribution", "opposes")},
    ),
    ("Ukraine's forces managed to thwart an attempt by Russia's army to capture Kyiv in 2022.", set()),
    # Round 22: staying neutral is staying out of NATO; 'must remain' needs 'a' after it ('US troops must remain in
    # Europe'
    # names no stance on Ukraine)
    ("Moscow wants Ukraine to remain neutral.", {("russia", "nato-membership", "opposes")}),
    ("US troops must remain in Europe, Rutte said.", set()),
    # Round 22: a side's 'decision (not) to' is its stance; 'the decision to send troops rests with parliament' is no
    # one's
    (
        "Zelensky regretted Italy's decision not to send troops.",
        {("italy", "troop-contribution", "opposes"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Macron praised Estonia's decision to contribute soldiers.",
        {("estonia", "troop-contribution", "supports"), ("france", "reassurance-force", "supports")},
    ),
    ("The decision to send troops rests with parliament, the Dutch minister said.", set()),
    ("Canada announced its decision to join the force.", {("canada", "troop-contribution", "supports")}),
    ("No decision to send troops has been taken, Merz said.", {("germany", "troop-contribution", "noncommittal")}),
    # Backing won or held "of" a side, "said yes to", "ruled out troops" (its own), a UN flag, "made no secret of",
    # "not shy about", "dismissed ... as premature", "nothing will work without"
    ("The reassurance force has won the backing of Canada.", {("canada", "reassurance-force", "supports")}),
    (
        "The reassurance force has the support of Germany and Poland.",
        {("germany", "reassurance-force", "supports"), ("poland", "reassurance-force", "supports")},
    ),
    ("The reassurance force needs the approval of the Dutch parliament.", set()),
    ("Canada has won the backing of France.", set()),
    ("Finland said yes to the reassurance force.", {("finland", "reassurance-force", "supports")}),
    ("Lithuania is all for the reassurance force.", {("lithuania", "reassurance-force", "supports")}),
    ("Germany has ruled out troops.", {("germany", "troop-contribution", "opposes")}),
    ("Germany has ruled out French troops.", set()),
    ("Russia has ruled out troops.", {("russia", "reassurance-force", "opposes")}),
    ("Hungary opposes a mission under a UN flag.", {("hungary", "reassurance-force", "opposes")}),
    ("Denmark came out against the reassurance force.", {("denmark", "reassurance-force", "opposes")}),
    (
        "Washington has kept its distance from the reassurance force.",
        {("united-states", "reassurance-force", "opposes")},
    ),
    ("Slovakia is among the sceptics of the reassurance force.", {("slovakia", "reassurance-force", "opposes")}),
    ("Italy made no secret of its opposition to the reassurance force.", {("italy", "reassurance-force", "opposes")}),
    ("Germany did not hide its reluctance to send troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("The Czech Republic has not been shy about offering troops.", {("czechia", "troop-contribution", "supports")}),
    ("The Czech Republic is keen on offering troops.", {("czechia", "troop-contribution", "supports")}),
    ("Russia dismissed talk of a reassurance force as premature.", {("russia", "reassurance-force", "noncommittal")}),
    ('"Without a US backstop, nothing will work," Macron said.', {("france", "us-backstop", "supports")}),
    # A clause set against the one before by its bare auxiliary ("...; Stockholm is not", "Germany is not."), a
    # semicolon
    # clause is no complement, "among the countries prepared to", "it is not true that" said of one's own side, "insists
    # that ... must", "anathema", "kept its cards close to its chest", "hardened its stance against", "signed on to"
    (
        "Copenhagen is ready to send troops; Stockholm is not.",
        {("denmark", "troop-contribution", "supports"), ("sweden", "troop-contribution", "opposes")},
    ),
    (
        "Britain will send troops, but Germany will not.",
        {("germany", "troop-contribution", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Italy will not send troops, but Spain will.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "supports")},
    ),
    (
        "Italy has ruled out sending troops, but Spain has not.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Poland backs the reassurance force; Hungary does not.",
        {("hungary", "reassurance-force", "opposes"), ("poland", "reassurance-force", "supports")},
    ),
    (
        "Britain has said it will send troops, but Germany has not.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Britain will send troops; Germany will decide later.",
        {("united-kingdom", "troop-contribution", "supports"), ("germany", "troop-contribution", "noncommittal")},
    ),
    ("Britain is among the countries prepared to send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Britain is among the countries prepared to underwrite Ukraine's security.",
        {("united-kingdom", "security-guarantees", "supports")},
    ),
    (
        "Canada is ready to contribute troops, on the understanding that there is a ceasefire.",
        {("canada", "troop-contribution", "conditional")},
    ),
    ("Russia insists that Ukraine must stay out of NATO.", {("russia", "nato-membership", "opposes")}),
    ("Lavrov insists that Russia will never accept NATO troops.", {("russia", "reassurance-force", "opposes")}),
    ("It is not true that Italy will send troops, Meloni said.", {("italy", "troop-contribution", "opposes")}),
    ("It is not true that Russia rejects the reassurance force, Macron said.", set()),
    (
        "The prospect of Western boots on Ukrainian soil has long been anathema to the Kremlin.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Madrid has kept its cards close to its chest on whether it would contribute troops.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    ("Germany is not ready to send troops.", {("germany", "troop-contribution", "opposes")}),
    ("Hungary has hardened its stance against the reassurance force.", {("hungary", "reassurance-force", "opposes")}),
    ("Ukrainian troops held their position against Russian forces near the front line.", set()),
    ("Norway signed on to the reassurance force.", {("norway", "troop-contribution", "supports")}),
    (
        "Kyiv insists that any peace deal must include strong security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # A bare auxiliary after a claim: "has not" after an offer is undecided; "by contrast"
    (
        "Britain has offered troops, but Germany has not.",
        {("germany", "troop-contribution", "noncommittal"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # "remains uncertain", "enthusiasm for", "a step in the right direction"; what a force without something "would not
    # deter" needs it; a refusal to comment answers the question put ("Asked whether ..., Carney declined to comment")
    (
        "Spain's participation in the reassurance force remains uncertain.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    ("The future of the reassurance force remains uncertain.", set()),
    ("France's enthusiasm for the reassurance force has not dimmed.", {("france", "reassurance-force", "supports")}),
    (
        "Ukraine's foreign minister said a reassurance force without American backing would not deter Russia.",
        {("ukraine", "us-backstop", "supports")},
    ),
    ("A mission without US troops would not be a provocation, Macron said.", set()),
    (
        "Zelensky said the coalition's plans for a reassurance force were a step in the right direction.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Ukrainian troops withdrew after fierce resistance from Russian forces in Kursk.", set()),
    (
        "Asked whether Canada would commit troops, Carney declined to comment.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "Pressed on whether Canada would commit troops, Carney declined to answer.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    ("Asked about the summit, Carney declined to comment.", set()),
    # Asides set off by commas inside a cue ("is prepared, in principle, to"), a judgement made for a side ("off the
    # table
    # for Warsaw"), the members named for critics or supporters, "the first to", what a reporter asked about, an
    # approval required, "did the same" and "did not follow suit" repeating the claims before, a bare refusal
    ("Canada is prepared, in principle, to send troops.", {("canada", "troop-contribution", "supports")}),
    ("Sweden is willing, however, to send troops.", {("sweden", "troop-contribution", "supports")}),
    ("Poland will, however, not send troops.", {("poland", "troop-contribution", "opposes")}),
    ("Germany baulked at the idea of sending troops.", {("germany", "troop-contribution", "opposes")}),
    (
        "Zelensky said a foreign force of 40,000 soldiers would be required to keep the peace.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Merz said parliamentary approval would be required for any deployment of troops.",
        {("germany", "troop-contribution", "conditional")},
    ),
    ("Sending troops is off the table for Warsaw.", {("poland", "troop-contribution", "opposes")}),
    ("Sending troops is not an option for Rome.", {("italy", "troop-contribution", "opposes")}),
    ("For Paris, a European force is the best security guarantee.", {("france", "reassurance-force", "supports")}),
    ("The Pentagon chief said no US troops would go to Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    ("Romania lent its support to the reassurance force.", {("romania", "reassurance-force", "supports")}),
    ("Canada remained tight-lipped about sending troops.", {("canada", "troop-contribution", "noncommittal")}),
    ("Washington has been cagey about a backstop.", {("united-states", "us-backstop", "noncommittal")}),
    (
        "Critics of the force, including Hungary, say it would escalate the war.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "Opponents of sending troops include Slovakia and Hungary.",
        {("hungary", "troop-contribution", "opposes"), ("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Supporters of the force, such as Sweden and Finland, met in Paris.",
        {("finland", "reassurance-force", "supports"), ("sweden", "reassurance-force", "supports")},
    ),
    ("Merz said he saw no reason to send German troops.", {("germany", "troop-contribution", "opposes")}),
    ("Meloni called sending troops risky.", {("italy", "troop-contribution", "opposes")}),
    ("Fico described the idea of sending troops as madness.", {("slovakia", "troop-contribution", "opposes")}),
    (
        "Russia's ambassador to the UN said foreign troops would be targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Starmer was the first to offer troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Hungary was the only one to oppose the force.", {("hungary", "reassurance-force", "opposes")}),
    ("Spain will decide in due course whether to send troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Merz, asked about troops, said Germany would decide later.", {("germany", "troop-contribution", "noncommittal")}),
    (
        "Peskov said the presence of European troops would only prolong the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The countries ready to send troops include France, Britain, and the Baltic states.",
        {
            ("estonia", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    ("Britain has put 5,000 troops on standby for the force.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Germany will take on a leading role in air defence.", {("germany", "air-defence", "supports")}),
    (
        "Poland, whose president opposes sending troops, will provide logistics.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Latvia may contribute a company, the Latvian defence minister said.",
        {("latvia", "troop-contribution", "supports")},
    ),
    ("Supporters of the force met in Paris.", set()),
    ("Russia refused, citing its security.", set()),
    # A condition named by a verb ("if the US provided a backstop") is no connector; "the same" repeats the sentence's
    # own claims first; an apposition's clause is no part of the speaker's name; "raised the prospect of"
    ("Poland would send troops if Russia attacked again.", {("poland", "troop-contribution", "conditional")}),
    (
        "Estonia will send a company of soldiers, and Latvia will do the same.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Macron, the first European leader to visit Trump since the election, said Europe has a role to play "
        "in providing security guarantees.",
        {("france", "security-guarantees", "supports")},
    ),
    ("Macron raised the prospect of sending troops.", {("france", "troop-contribution", "supports")}),
    ("Poland has long championed the idea of a European force.", {("poland", "reassurance-force", "supports")}),
    # The side a noun cue is of, named by "from", "by" or "in" between the noun and its object ("opposition from
    # Hungary to", "little enthusiasm in Rome for"); doubts one acknowledges or opposition one faces are others'
    ("Objections from Moscow to any Western troops are well known.", {("russia", "reassurance-force", "opposes")}),
    ("There is little enthusiasm in Rome for sending troops.", {("italy", "troop-contribution", "opposes")}),
    ("There is no appetite in Madrid for sending troops.", {("spain", "troop-contribution", "opposes")}),
    ("There is broad support in Paris for a reassurance force.", {("france", "reassurance-force", "supports")}),
    ("The refusal by Italy to send troops irritated London.", {("italy", "troop-contribution", "opposes")}),
    ("Calls by Zelensky for a US backstop have grown louder.", {("ukraine", "us-backstop", "supports")}),
    ("An offer from France to lead the force was discussed.", {("france", "reassurance-force", "supports")}),
    ("Support among NATO members for the force is growing.", set()),
    ("Enthusiasm in Warsaw for a US backstop is high.", {("poland", "us-backstop", "supports")}),
    ("Merz voiced scepticism about the force.", {("germany", "reassurance-force", "opposes")}),
    ("Starmer acknowledged doubts about the force.", set()),
    ("Macron faced opposition to the force.", set()),
    # The members a passive's agent lists ("backed by twenty countries, including Norway"); "provided by"
    (
        "The plan for a reassurance force is backed by more than twenty countries, including Norway.",
        {("coalition-of-the-willing", "reassurance-force", "supports"), ("norway", "reassurance-force", "supports")},
    ),
    ("Air defence would be provided by the Netherlands.", {("netherlands", "air-defence", "supports")}),
    # A stance verb the parser takes for an adverb or a noun after a plural subject ("Britain, France and Germany back
    # the force", "pledge troops") is shown to it as a verb
    (
        "Britain, France and Germany back the force, while Hungary opposes it.",
        {
            ("france", "reassurance-force", "supports"),
            ("germany", "reassurance-force", "supports"),
            ("hungary", "reassurance-force", "opposes"),
            ("united-kingdom", "reassurance-force", "supports"),
        },
    ),
    (
        "Norway, Denmark and Sweden back the force.",
        {
            ("denmark", "reassurance-force", "supports"),
            ("norway", "reassurance-force", "supports"),
            ("sweden", "reassurance-force", "supports"),
        },
    ),
    (
        "Britain and France pledge troops for the force.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "The Baltic states back the force.",
        {
            ("estonia", "reassurance-force", "supports"),
            ("latvia", "reassurance-force", "supports"),
            ("lithuania", "reassurance-force", "supports"),
        },
    ),
    ("Zelensky came back from Washington with no backstop.", set()),
    # "oppose" and "favour" before a gerund after a plural subject, which the parser took for an auxiliary or a noun
    (
        "Czechia and Slovakia oppose sending troops.",
        {("czechia", "troop-contribution", "opposes"), ("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Estonia and Latvia favour sending troops.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Poland and Hungary oppose deploying troops.",
        {("hungary", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    # A side's citizens do not speak for it; its government does
    ("Citizens of Poland oppose sending troops.", set()),
    ("The government of Hungary opposes sending troops.", {("hungary", "troop-contribution", "opposes")}),
    # a 'no' on the troops a sending verb sends denies the verb once, not the troops again ('would send no troops to
    # Ukraine'); leading talks within a group on a topic; the US backing the European coalition is the backstop
    ("Poland would send no troops to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("Tusk said Poland will deploy no soldiers in Ukraine.", {("poland", "troop-contribution", "opposes")}),
    (
        "The Italian government said it would send no ground troops for the mission.",
        {("italy", "troop-contribution", "opposes")},
    ),
    ("The US will send no troops to Ukraine, Vance said.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Britain and France are leading discussions within the coalition of the willing on a force for Ukraine.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        "Trump said the US would back the European-led coalition of the willing.",
        {("united-states", "us-backstop", "supports")},
    ),
    # 'made clear' read as a speech verb when the parser hangs 'clear' on the reported verb; a side's own plan or
    # intention to send peacekeepers is its own troops
    (
        "Moscow made clear it would never agree to a European reassurance force in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Polish president made clear he would not back an American backstop.", {("poland", "us-backstop", "opposes")}),
    ("Japan has no plans to send peacekeepers to Ukraine.", {("japan", "troop-contribution", "opposes")}),
    ("Sweden has no intention of sending a contingent to Ukraine.", {("sweden", "troop-contribution", "opposes")}),
    ("Hungary criticised the plans to send peacekeepers to Ukraine.", {("hungary", "reassurance-force", "opposes")}),
    # what a side's plan would bring about ('would only prolong the war') is its judge's view, not the planner's stance
    (
        "The Kremlin said Britain's plan to deploy troops would only prolong the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said London's proposal for a peacekeeping force would escalate the conflict.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Britain would prolong the war by sending troops, Lavrov said.", {("russia", "reassurance-force", "opposes")}),
    # acting 'in cooperation with' or 'with coordination with' a side shares the act with it, even where the doers are
    # unnamed
    (
        "European countries would provide the guarantees in coordination with Washington.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "The guarantees would be provided by European allies, with coordination with the United States.",
        {("united-states", "security-guarantees", "supports")},
    ),
    # 'deploy to Ukraine' without troops named: the force, or the holder's own troops when it deploys
    (
        "The coalition of the willing agreed to coordinate forces that would deploy to Ukraine.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "Britain would deploy to Ukraine only after a ceasefire.",
        {("united-kingdom", "troop-contribution", "conditional")},
    ),
    ("Moscow warned against any attempt by NATO to deploy to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    # 'there can be no X without Y': Y is required, X is not refused (the United States required is its backstop)
    (
        "Zelensky said there can be no security guarantees without the United States.",
        {("ukraine", "us-backstop", "supports")},
    ),
    (
        "There will be no peace without security guarantees, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # 'is out of the question' in a clause coordinated with one whose subject is a side; 'saw no problem with'
    (
        "The Kremlin does not object to Ukraine joining the EU, but NATO membership is out of the question.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Putin said he saw no problem with Ukraine receiving security guarantees.",
        {("russia", "security-guarantees", "supports")},
    ),
    # what is (not) ruled out 'that' a clause says, subject and all; NATO expansion into Ukraine; 'unhelpful'
    (
        "Moscow does not rule out that Western troops could be deployed under a UN mandate, Peskov said.",
        {("russia", "reassurance-force", "noncommittal")},
    ),
    ("Russia regards NATO expansion into Ukraine as a red line.", {("russia", "nato-membership", "opposes")}),
    ("The Kremlin said Europe's plans to send troops were unhelpful.", {("russia", "reassurance-force", "opposes")}),
    # objections in a 'despite' phrase are to what the clause goes on with
    (
        "Despite Russia's objections, France plans to send troops.",
        {("russia", "reassurance-force", "opposes"), ("france", "troop-contribution", "supports")},
    ),
    # what one side thinks or hopes another will do is a guess, not the other's stance
    ("Trump said he did not think Putin would object to European peacekeepers.", set()),
    ("Macron hopes Germany will send troops.", {("france", "reassurance-force", "supports")}),
    # what would be vulnerable or fail without a thing needs it
    ("The force would fail without US support, Starmer said.", {("united-kingdom", "us-backstop", "supports")}),
    # signing, joining or endorsing a declaration on a topic backs it
    (
        "Canada signed the declaration on security guarantees for Ukraine.",
        {("canada", "security-guarantees", "supports")},
    ),
    (
        "Hungary refused to sign the joint statement on security guarantees.",
        {("hungary", "security-guarantees", "opposes")},
    ),
    # 'lauded'; sidestepping the question put; 'hedged on'
    ("Germany lauded the idea of a European force.", {("germany", "reassurance-force", "supports")}),
    ("Asked about troops, Merz sidestepped the question.", {("germany", "troop-contribution", "noncommittal")}),
    ("Germany hedged on the reassurance force.", {("germany", "reassurance-force", "noncommittal")}),
    # the 'to' of 'opposed to', 'open to', 'receptive to' is what the adjective is about, not whose judgement it is
    # ('remains opposed to Ukraine's accession' was Ukraine's); 'supportive of'; 'appears against'
    ("Washington remains opposed to Ukraine's accession to NATO.", {("united-states", "nato-membership", "opposes")}),
    ("Moscow remains opposed to Kyiv joining NATO.", {("russia", "nato-membership", "opposes")}),
    ("Berlin seems receptive to Ukraine's membership of NATO.", {("germany", "nato-membership", "supports")}),
    ("Washington has remained supportive of Kyiv joining NATO.", {("united-states", "nato-membership", "supports")}),
    ("Moscow appears against Ukraine's membership of NATO.", {("russia", "nato-membership", "opposes")}),
    # the 'for' of 'no place for' names the cue's object, never whose judgement it is
    (
        '"There is no place for Ukraine\'s membership of NATO," Vance said.',
        {("united-states", "nato-membership", "opposes")},
    ),
    # a judgement of someone's plan or bid ('was a mistake', 'unacceptable', 'out of the question') is the speaker's,
    # not the plan's authors'
    ("Lavrov said Britain's plan for a reassurance force was a mistake.", {("russia", "reassurance-force", "opposes")}),
    ("Orban said Ukraine's bid to join NATO was unacceptable.", {("hungary", "nato-membership", "opposes")}),
    (
        "Rubio said France's proposal for security guarantees was out of the question.",
        {("united-states", "security-guarantees", "opposes"), ("france", "security-guarantees", "supports")},
    ),
    # 'them' as what a verb takes stands for what was named before it ('will treat them as legitimate targets' after an
    # 'if' clause naming troops); 'joined NATO'
    (
        "If Britain sends troops to Ukraine, Russia will treat them as legitimate targets, Medvedev said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("If Ukraine joined NATO, Russia would see it as a direct threat.", {("russia", "nato-membership", "opposes")}),
    # what 'remains possible' is left open
    ("Ukraine's NATO membership remains possible, Rubio said.", {("united-states", "nato-membership", "noncommittal")}),
    # 'will contribute, but not with troops': a part in the force, its own soldiers refused
    (
        "Poland will support the mission, but not with troops.",
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    # asking, pressing or encouraging another to do something is the asker's stance, not the asked side's ('asked
    # Germany to back the force' was Germany's); 'asked whether' stays a question
    ("Zelensky asked Germany to back the reassurance force.", {("ukraine", "reassurance-force", "supports")}),
    ("Macron pressed the allies to provide security guarantees.", {("france", "security-guarantees", "supports")}),
    ("Trump encouraged Germany not to send troops to Ukraine.", {("united-states", "reassurance-force", "opposes")}),
    ("Asked whether Germany would send troops, Merz said no.", {("germany", "troop-contribution", "opposes")}),
    # what another 'ought to' do is the speaker's view; 'would like' another to do something
    ("Zelensky said Germany ought to back the force.", {("ukraine", "reassurance-force", "supports")}),
    ("Zelensky said he would like the US to provide a backstop.", {("ukraine", "us-backstop", "supports")}),
    # a clause set against the cue's with 'while' or 'whereas' and a bare auxiliary; the 'not' of a fronted elliptical
    # clause ('While Germany will not, France will send troops') is not the main verb's
    (
        "France will send troops, while Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Britain is ready to send troops, whereas Hungary is not.",
        {("united-kingdom", "troop-contribution", "supports"), ("hungary", "troop-contribution", "opposes")},
    ),
    ("While Germany will not, France will send troops.", {("france", "troop-contribution", "supports")}),
    ("Although Italy will not, Spain will send troops.", {("spain", "troop-contribution", "supports")}),
    # 'not X but Y' as a subject: Y holds the stance, undenied, and X is no member
    ("Not Germany but France will send troops.", {("france", "troop-contribution", "supports")}),
    # 'thousands of French troops': the troops counted are whose they are
    (
        "Macron said thousands of French troops could be deployed to Ukraine.",
        {("france", "troop-contribution", "supports")},
    ),
    ("Hundreds of British troops would be sent, Healey said.", {("united-kingdom", "troop-contribution", "supports")}),
    # a noun cue whose maker a name or a people's adjective gives ('the American offer', 'the British refusal') holds
    # its maker's stance inside another's object, as 'America's offer' does; 'Western' and 'European' name no one
    (
        "Zelensky welcomed the American offer of security guarantees.",
        {("ukraine", "security-guarantees", "supports"), ("united-states", "security-guarantees", "supports")},
    ),
    (
        "Zelensky welcomed the French proposal for a reassurance force.",
        {("ukraine", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        "Zelensky welcomed the British pledge to send troops.",
        {("ukraine", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Moscow rejected the US offer of security guarantees to Ukraine.",
        {("russia", "security-guarantees", "opposes"), ("united-states", "security-guarantees", "supports")},
    ),
    (
        "Zelensky criticised the Hungarian refusal to back the force.",
        {("ukraine", "reassurance-force", "supports"), ("hungary", "reassurance-force", "opposes")},
    ),
    ("Zelensky criticised the German reluctance to send troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Zelensky welcomed the Western offer of security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Lavrov rejected the European proposal to send troops.", {("russia", "reassurance-force", "opposes")}),
    # a speech verb set between commas inside the clause it reports speaks it ('The deployment of troops, Tusk said, was
    # not on the agenda')
    ("The deployment of troops, Tusk said, was not on the agenda.", {("poland", "troop-contribution", "opposes")}),
    ("Such a force, Lavrov said, would be a legitimate target.", {("russia", "reassurance-force", "opposes")}),
    # the US promising to back the force itself provides for it, the US backstop ('will support the European force');
    # backing the idea of it, or urging others to back it, is a view of the force
    ("Washington will support the European force.", {("united-states", "us-backstop", "supports")}),
    ("The US will not support a European force in Ukraine.", {("united-states", "us-backstop", "opposes")}),
    (
        "The draft commits Washington to supporting a European-led force with intelligence.",
        {("united-states", "us-backstop", "supports"), ("united-states", "intelligence-support", "supports")},
    ),
    ("Washington has supported the idea of a European force.", {("united-states", "reassurance-force", "supports")}),
    ("Trump called on the allies to back the reassurance force.", {("united-states", "reassurance-force", "supports")}),
    ("Britain will support the European force.", {("united-kingdom", "reassurance-force", "supports")}),
    # taking part with nothing named to take part in, on a condition, is a conditional part in the force (the backing
    # asked for is wanted); a 'provided' clause the parser coordinated asserts nothing
    (
        "The Netherlands is prepared to contribute, provided there is a firm American commitment.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "Denmark would take part only with American backing.",
        {("denmark", "troop-contribution", "conditional"), ("denmark", "us-backstop", "supports")},
    ),
    # a thing drafted, with no one named as drafting it, is no stance of the one who speaks of it
    ("Peskov said the security guarantees were being drafted in London.", set()),
    # what a wanted thing should have done to it ('guarantees that were ratified by Congress') is no stance of the one
    # named after 'by'; a thing welcomed, described so, is
    (
        "Zelensky said Kyiv wanted security guarantees that were ratified by the US Congress.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Zelensky welcomed the security guarantees that were approved by Washington.",
        {("ukraine", "security-guarantees", "supports"), ("united-states", "security-guarantees", "supports")},
    ),
    # troops sent to neighbouring territory (the adjective read as a verb) are not sent to Ukraine
    ("Merz said Germany was prepared to contribute forces to neighbouring NATO territory after a ceasefire.", set()),
    # 'earlier' dates news of the day; only with 'had' is it a stance since overtaken
    (
        "Earlier, Starmer and Macron signed a declaration on the deployment of forces to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    ("Hungary had earlier rejected sending troops to Ukraine.", set()),
    # a conceding clause with a subject of its own is a statement of its own, not hedged by the clause it qualifies
    (
        "The US is expected to lead the monitoring, though Washington has not committed to sending troops.",
        {("united-states", "us-ground-troops", "noncommittal")},
    ),
    # 'had to', 'need to', 'should' be approved or ratified by a parliament: a condition, as 'must' is; approval given
    # is backing
    (
        "Zelensky said the security guarantees had to be approved by parliaments.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    (
        "Zelensky said the security guarantees should be ratified by the US Congress.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    (
        "The security guarantees were approved by the US Congress.",
        {("united-states", "security-guarantees", "supports")},
    ),
    # another's offer of troops, judged: the troops are the offerer's, the force for the judge (not the judge's own
    # troops, nor 'another army' for the offer's owner)
    (
        "Zelensky welcomed Britain's offer of troops.",
        {("ukraine", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Washington rejected France's offer of troops.",
        {("united-states", "reassurance-force", "opposes"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Zelensky welcomed the American offer of troops.",
        {("ukraine", "reassurance-force", "supports"), ("united-states", "us-ground-troops", "supports")},
    ),
    (
        "Macron said the French and British contingents were ready to deploy.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # a pledge of troops is a pledge (a cue) of troops (the topic), as an offer of troops is: whose pledge it is says
    # who holds it
    (
        "Zelensky welcomed Britain's pledge of troops.",
        {("ukraine", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Britain made a pledge of troops.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Britain withdrew its pledge of troops.", {("united-kingdom", "troop-contribution", "opposes")}),
    ("Poland made no pledge of troops.", {("poland", "troop-contribution", "opposes")}),
    # 'a contribution' with nothing named is a part in what was just discussed, as 'to contribute' is
    ("Lithuania said it was considering a contribution.", set()),
    # a side's troops deployed only with a backing: their own part is conditional, besides the backing wanted
    (
        "Polish troops will only be deployed to Ukraine with a US backstop.",
        {("poland", "troop-contribution", "conditional"), ("poland", "us-backstop", "supports")},
    ),
    (
        "British troops would only be deployed with American support, Starmer said.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    ("Any European force must be backed by US air power.", set()),
    # a clause set off after a 'whether' clause by a comma and a joining word, with a subject of its own, is a statement
    # of its own
    (
        "France has not decided whether to send troops, and Italy has offered troops.",
        {("france", "troop-contribution", "noncommittal"), ("italy", "troop-contribution", "supports")},
    ),
    (
        "France has not decided whether to send troops, as Italy has refused to send troops.",
        {("france", "troop-contribution", "noncommittal"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        "France has not decided whether to send troops if Italy refuses.",
        {("france", "troop-contribution", "noncommittal")},
    ),
    # 'even though' concedes a fact, which a clause of its own states, its 'it' the main clause's subject; 'even if'
    # supposes
    (
        "France has not decided whether to send troops even though Italy has offered troops.",
        {("france", "troop-contribution", "noncommittal"), ("italy", "troop-contribution", "supports")},
    ),
    (
        "Poland backs the force even though it will not send troops.",
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    ("Poland would back the force even if it sent no troops.", {("poland", "reassurance-force", "supports")}),
    # a time or a place set off before the clause, and 'according to' an unnamed statement at the sentence's end, change
    # nothing
    ("On Wednesday, Belgium has refused to send soldiers to Ukraine.", {("belgium", "troop-contribution", "opposes")}),
    (
        "On Friday morning, Denmark said it had not decided whether to send troops.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    (
        "In Warsaw on Thursday, Poland said it would not deploy soldiers to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("In Rome, Italy said it would not send troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    (
        "Spain has declined to send troops to Ukraine, according to a government statement.",
        {("spain", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin warned that Western troops in Ukraine would be legitimate targets, according to a statement.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow rejected the deployment of European troops, according to a readout of the call.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Germany called on Britain to send troops to Ukraine.", {("germany", "reassurance-force", "supports")}),
    ("German troops are stationed in Lithuania.", set()),
    (
        "In Helsinki on Tuesday, Finland ruled out deploying soldiers to Ukraine.",
        {("finland", "troop-contribution", "opposes")},
    ),
    ("In Helsinki, Finland will not deploy soldiers to Ukraine.", {("finland", "troop-contribution", "opposes")}),
    # troops held back ('would stop NATO troops from entering', 'prevent any deployment') are opposed
    ("Russia said it would stop NATO troops from entering Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Russia would prevent any deployment of Western troops.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow vowed to prevent the deployment of Western troops.", {("russia", "reassurance-force", "opposes")}),
    ("Russia will stop any NATO troops.", {("russia", "reassurance-force", "opposes")}),
    ("Hungary stopped Kyiv from joining NATO.", {("hungary", "nato-membership", "opposes")}),
    (
        "The Kremlin said it would prevent Western soldiers from setting foot in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov said Western troops would stop the peace talks.", set()),
    ("Zelensky said a European force would deter Russia.", set()),
    ("Peskov said the force would not deter Russia.", set()),
    # 'suggested that' with a bare verb is a proposal; a present form after a past verb agrees with no tense, so it is
    # bare
    (
        "Meloni suggested that allies extend a mutual defence clause to Ukraine.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    (
        "Meloni suggested instead that allies extend a mutual defence clause to Ukraine.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    ("Macron suggested that Europe send troops to Ukraine.", {("france", "reassurance-force", "supports")}),
    ("Peskov suggested that the force was a provocation.", {("russia", "reassurance-force", "opposes")}),
    ("The poll suggests that most Germans oppose sending troops.", set()),
    ("Polls suggest that voters oppose sending troops.", set()),
    # 'only on the basis of', 'only within the framework of' make a condition; the coalition's plans are the force; the
    # State Duma speaks for Russia
    (
        "Russia is ready to discuss security guarantees, but only if Ukraine stays neutral.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Russia is ready to discuss security guarantees, but only on the basis of the Istanbul principles.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Lavrov said Russia was ready to discuss security guarantees for Ukraine only on the basis of the 2022 draft.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Germany would send troops only within the framework of a UN mandate.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Spain will contribute troops only in accordance with a decision of its parliament.",
        {("spain", "troop-contribution", "conditional")},
    ),
    (
        "Moscow views the plans of the so-called coalition of the willing as preparation for war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Peskov criticised the coalition's plans.", {("russia", "reassurance-force", "opposes")}),
    (
        "Lavrov said the troops of the coalition would be legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Poland backs the plans of the coalition of the willing.", {("poland", "reassurance-force", "supports")}),
    (
        "State Duma committee chairman Andrei Kartapolov said any foreign units would become legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # joining a gathering ('took part in talks on the force') is no stance on what it was about
    ("Germany took part in talks on the reassurance force.", set()),
    ("Spain will participate in the summit on security guarantees.", set()),
    ("Italy confirmed its participation in the meeting on the multinational force.", set()),
    ("Denmark will take part in the reassurance force.", {("denmark", "troop-contribution", "supports")}),
    ("Sweden confirmed its participation in the mission.", {("sweden", "troop-contribution", "supports")}),
    # 'the request' points back; undecided on another's troops is undecided on one's own; 'a robust force' is the force;
    # pledges never named are the offers before
    (
        "Estonia, which has long pushed for a robust force, said it could send a unit.",
        {("estonia", "reassurance-force", "supports"), ("estonia", "troop-contribution", "supports")},
    ),
    ("Poland wants a credible force in Ukraine.", {("poland", "reassurance-force", "supports")}),
    ("Ukraine needs a strong army of its own.", set()),
    # a side at war moving its own army is no peace force; a passive sending of a side's own troops, named by its
    # people, is its stance; 'going to put' sends
    (
        '"We are not going to put boots on the ground," the US official said.',
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("The US is not going to put troops in Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Britain is going to put troops on the ground in Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "American troops will not be deployed in Ukraine, the official said.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("American troops will not be deployed in Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    ("Russian troops will not be deployed in Ukraine.", set()),
    ("Russia will send more troops to Ukraine.", set()),
    ("Moscow has deployed thousands of soldiers to the front.", set()),
    ("Ukraine will send troops to the border.", set()),
    ("Ukraine will deploy more soldiers to the east.", set()),
    ("Russia refused to withdraw its troops from Ukraine.", set()),
    ("Moscow opposes sending troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Russia rejected any plans to send troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Zelensky wants partners to send troops to Ukraine.", {("ukraine", "reassurance-force", "supports")}),
    ("Ukraine supports sending troops to Ukraine after a ceasefire.", {("ukraine", "reassurance-force", "supports")}),
    (
        "Putin said Russia would never agree to the deployment of troops from NATO countries.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a side's part judged by its own side is its stance, by another side that side's view of the force; 'without
    # commenting on' says nothing; 'a contribution to peacekeeping' is one's own part
    (
        "Russia's ambassador warned that Japanese involvement in any Western mission would damage bilateral ties.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said British troops in Ukraine would poison relations with Europe.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Beijing opposed any escalation, without directly commenting on the proposed force.", set()),
    (
        "India declined to say whether it would contribute to a UN-mandated mission.",
        {("india", "troop-contribution", "noncommittal")},
    ),
    (
        "Albanese said his government was open to considering a contribution to peacekeeping in Ukraine.",
        {("australia", "troop-contribution", "noncommittal")},
    ),
    (
        "Albanese said his government was open to a contribution to peacekeeping in Ukraine.",
        {("australia", "troop-contribution", "supports")},
    ),
    ("The sanctions would damage relations, Peskov said.", set()),
    ("Italian participation in the force is out of the question.", {("italy", "troop-contribution", "opposes")}),
    ("Meloni said Italian participation was out of the question.", {("italy", "troop-contribution", "opposes")}),
    (
        "Any British deployment would depend on a US backstop.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    ("Polish participation is not on the agenda, Tusk said.", {("poland", "troop-contribution", "opposes")}),
    ("Peskov said Polish participation would be unacceptable.", {("russia", "reassurance-force", "opposes")}),
    ("Peskov said Spanish involvement is out of the question.", {("russia", "reassurance-force", "opposes")}),
    ("Tusk said Polish involvement is out of the question.", {("poland", "troop-contribution", "opposes")}),
    # a purpose described is no intention; 'left open whether' is undecided; a declaration binds its signers, each with
    # its own troops
    ("The force would not be intended to fight Russia, Macron said.", set()),
    ("France does not intend to send troops.", {("france", "troop-contribution", "opposes")}),
    ("Merz left open whether Germany would send troops.", {("germany", "troop-contribution", "noncommittal")}),
    (
        "Merz said Germany would help with air defence but left open whether German soldiers would be stationed there.",
        {("germany", "air-defence", "supports"), ("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "The declaration, signed by Britain and France, commits the signatories to deploying troops.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "The declaration commits Britain and France to deploying troops.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    # a side at war's own troops in a coordinated clause share no topic
    (
        "Sweden wants Article 5-style guarantees, and Russia has offered troops.",
        {("sweden", "article-5-guarantee", "supports")},
    ),
    ("The Russian government will send more soldiers to Ukraine.", set()),
    # a name inside what is at stake ('the question of NATO membership') holds nothing; 'not realistic' and
    # 'unrealistic' judge
    ("NATO rejected Ukraine's membership bid.", {("nato", "nato-membership", "opposes")}),
    ("Germany opposes NATO membership for Ukraine.", {("germany", "nato-membership", "opposes")}),
    ("NATO members are divided over Ukraine's membership.", set()),
    ("The US said NATO membership for Ukraine was not realistic.", {("united-states", "nato-membership", "opposes")}),
    (
        "Hegseth said NATO membership for Ukraine was not a realistic outcome.",
        {("united-states", "nato-membership", "opposes")},
    ),
    ("The Kremlin called the plans for a European force unrealistic.", {("russia", "reassurance-force", "opposes")}),
    (
        "A realistic approach to security guarantees is needed, Peskov said.",
        {("russia", "security-guarantees", "supports")},
    ),
    # an office 'of' a named side speaks for that side, not for the last person named; a bare 'parliament' under a
    # speaker is the speaker's side's
    (
        "Zelensky said parliament would ratify any agreement on security guarantees only after a ceasefire.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    # 'its' in a 'while'-participle is the clause's subject's; 'ready to discuss the issue' backs nothing, 'in this
    # matter' still points back
    (
        "Moscow said it could accept security guarantees for Ukraine, while repeating its rejection of Western troops.",
        {("russia", "security-guarantees", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Italy ruled out sending troops, while stressing its support for the force.",
        {("italy", "troop-contribution", "opposes"), ("italy", "reassurance-force", "supports")},
    ),
    # a dateline ('BRUSSELS (AP) - ') is no part of the first sentence's subject
    (
        "BRUSSELS (AP) - A draft commits participants to contributing to the reassurance force, a copy shows.",
        set(),
    ),
    (
        "WASHINGTON (Reuters) - The United States is prepared to offer Ukraine Article 5-style guarantees.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    (
        "KYIV, Dec 3 (Reuters) - Poland will not send troops to Ukraine, its defence minister said.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Britain - which leads the coalition - will send troops.", {("united-kingdom", "troop-contribution", "supports")}),
    # 'its' in a reported clause is the speaking side's, not the side named last before it
    (
        "Spain, a close ally of Germany, said its soldiers would not be deployed to Ukraine.",
        {("spain", "troop-contribution", "opposes")},
    ),
    ("Italy told France that its troops would not go to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    (
        "Poland said that, unlike Lithuania, its troops would not go to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Hungary's prime minister, who met Slovakia's leader on Monday, said its troops would not go to Ukraine.",
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Macron said Britain had confirmed its readiness to send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Zelensky thanked France for its readiness to send troops.", {("france", "troop-contribution", "supports")}),
    # 'his country's troops': whose the country is
    ("Tusk said his country's troops would not be deployed to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    (
        "Meloni said her government's soldiers would not be sent to Ukraine.",
        {("italy", "troop-contribution", "opposes")},
    ),
    # 'his country's' or 'the country's' part or troops are the speaker's side's own
    (
        "Merz said his country's contribution to the force was out of the question.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Frederiksen said the country's troops would not be deployed to Ukraine.",
        {("denmark", "troop-contribution", "opposes")},
    ),
    (
        "Meloni said the country's contribution to the force was out of the question.",
        {("italy", "troop-contribution", "opposes")},
    ),
    ("Zelensky welcomed Canada's contribution to the force.", {("ukraine", "reassurance-force", "supports")}),
    # restraint from acting against a topic, reports avoided, a day inside a cue, troops on the ground or at home,
    # pending and fronted conditions
    (
        "Denmark said an American backstop is vital to deter Moscow from attacking the force.",
        {("denmark", "us-backstop", "supports")},
    ),
    ("Norway said the backstop would discourage Russia from testing the European troops.", set()),
    ("Finland said air cover would prevent Russia from striking the mission.", set()),
    (
        "Nothing will stop Belgium from sending troops, its minister said.",
        {("belgium", "troop-contribution", "supports")},
    ),
    ("Spain said it would try to stop Hungary from blocking the force.", {("spain", "reassurance-force", "supports")}),
    (
        "Rutte praised the coalition's work, avoiding any suggestion that NATO would send troops.",
        {("nato", "reassurance-force", "supports")},
    ),
    ("Spain avoided any suggestion that it would deploy soldiers.", set()),
    ("Norway sidestepped speculation that it would send troops.", {("norway", "troop-contribution", "noncommittal")}),
    ("Denmark dismissed reports that it would send troops.", {("denmark", "troop-contribution", "opposes")}),
    ("Canada has backed the coalition's work.", {("canada", "reassurance-force", "supports")}),
    ("Turkey welcomed the work of the coalition of the willing.", {("turkey", "reassurance-force", "supports")}),
    ("Belgium announced plans on Monday to send troops to Ukraine.", {("belgium", "troop-contribution", "supports")}),
    (
        "Sweden and Finland signed a declaration of intent on Friday to deploy soldiers in Ukraine.",
        {("sweden", "troop-contribution", "supports"), ("finland", "troop-contribution", "supports")},
    ),
    ("Norway rejected calls last week to send troops.", {("norway", "troop-contribution", "opposes")}),
    (
        "Rubio said no American troops would be on the ground in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("Vance said American soldiers will not be on the ground.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Macron said French troops would be on Ukrainian soil within weeks.",
        {("france", "troop-contribution", "supports")},
    ),
    ("Macron said no French soldiers would be at the front.", set()),
    ("Spain said it would be at the talks on the force.", {("spain", "reassurance-force", "supports")}),
    ("Canada said Russian troops would be on Ukrainian territory for years.", set()),
    (
        "Belgium is ready to send troops, pending a vote in parliament.",
        {("belgium", "troop-contribution", "conditional")},
    ),
    (
        "Pending approval by parliament, Norway will contribute soldiers to the force.",
        {("norway", "troop-contribution", "conditional")},
    ),
    (
        "Denmark is prepared to deploy troops, pending a government decision.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    ("Meloni said Italian soldiers would stay at home.", {("italy", "troop-contribution", "opposes")}),
    ("Spain said its troops would remain on home soil.", {("spain", "troop-contribution", "opposes")}),
    (
        "Kosiniak-Kamysz said Polish soldiers would remain on their own soil to guard the border.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Vance said US troops would stay at home.", {("united-states", "us-ground-troops", "opposes")}),
    ("Zelensky said refugees would stay at home.", set()),
    (
        "Subject to a vote in parliament, Belgium will send soldiers to Ukraine.",
        {("belgium", "troop-contribution", "conditional")},
    ),
    ("Subject to a vote, Canada said it would deploy troops.", {("canada", "troop-contribution", "conditional")}),
    # judgements through 'seen as'; 'that' naming the clause before it; 'the debate' pointing back; taking part long
    # after the force was named, and not in talks
    (
        "Lavrov said Western troops would be seen as parties to the conflict.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said a European contingent would be treated as a participant in the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Peskov said any such mission is seen as a provocation in Moscow.", {("russia", "reassurance-force", "opposes")}),
    ("Belgium is seen as likely to send troops.", set()),
    (
        '"We will not send our troops to Ukraine, that is out of the question," the Slovak prime minister said.',
        {("slovakia", "troop-contribution", "opposes")},
    ),
    ('"Foreign troops in Ukraine, this is unacceptable," Peskov said.', {("russia", "reassurance-force", "opposes")}),
    (
        '"Our soldiers will stay home, this is final," the Czech prime minister said.',
        {("czechia", "troop-contribution", "opposes")},
    ),
    # a mission to secure a ceasefire; opening the door; a perfect split by a phrase inside it; the last word on it
    ("Norway opposes a mission to enforce a truce.", {("norway", "reassurance-force", "opposes")}),
    ("Canada backs a force to uphold the ceasefire in Ukraine.", {("canada", "reassurance-force", "supports")}),
    ("Denmark will send troops to secure a ceasefire.", {("denmark", "troop-contribution", "supports")}),
    (
        "The Danish prime minister opened the door to Danish soldiers taking part in a mission to secure a ceasefire.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    ("Moscow opened the door to talks.", set()),
    (
        "Frederiksen has for the first time opened the door to Danish troops taking part in the force.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    ("Spain has on several occasions refused to send troops.", {("spain", "troop-contribution", "opposes")}),
    ("Stubb said parliament would have the final say on the budget.", set()),
    # a reaction to a topic left out (', which Moscow welcomed', 'the absence of') is a stance against it
    (
        "The draft does not include Western troops, which Budapest welcomed.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "The plan rules out NATO membership for Ukraine, which the Kremlin welcomed.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "The text contains no provision for a US backstop, which Warsaw regretted.",
        {("poland", "us-backstop", "supports")},
    ),
    (
        "The plan does not include NATO membership, which Sybiha criticised.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "The plan does not include Western troops, which Kyiv had demanded.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("The plan does not include Western troops, which Moscow rejected.", {("russia", "reassurance-force", "opposes")}),
    ("The plan includes European troops, which Moscow condemned.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow welcomed the absence of foreign troops in the draft.", {("russia", "reassurance-force", "opposes")}),
    (
        "Kyiv regretted the absence of security guarantees in the text.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("In the absence of a ceasefire, Norway will not send troops.", {("norway", "troop-contribution", "opposes")}),
    # 'yet to' is not done; refusals written other ways ('never on the table', 'no intention whatsoever', 'set foot in',
    # 'as targets')
    ("Moscow has yet to reject the force.", {("russia", "reassurance-force", "noncommittal")}),
    ("Spain has yet to endorse the force.", {("spain", "reassurance-force", "noncommittal")}),
    ("Norway has yet to join the coalition of the willing.", {("norway", "reassurance-force", "noncommittal")}),
    ("Canada has yet to commit troops to the force.", {("canada", "troop-contribution", "noncommittal")}),
    ("Spain will not be part of any force.", {("spain", "troop-contribution", "opposes")}),
    ("Sanchez said sending Spanish troops was never on the table.", {("spain", "troop-contribution", "opposes")}),
    ("Spain has no intention whatsoever of sending troops.", {("spain", "troop-contribution", "opposes")}),
    ("Belgium has no plans at all to send troops.", {("belgium", "troop-contribution", "opposes")}),
    ("No Spanish soldier will set foot in Ukraine, Sanchez said.", {("spain", "troop-contribution", "opposes")}),
    ("Vance said no American soldier would set foot in Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    ("Zelensky set foot in Washington on Monday.", set()),
    ("Moscow says it will treat European troops as targets.", {("russia", "reassurance-force", "opposes")}),
    ("Lavrov said Moscow would treat any force as a target.", {("russia", "reassurance-force", "opposes")}),
    ("Russia will respond to any use of force.", set()),
    # refusing to answer is no 'no'; an open question ('divided over how far') asserts nothing; 'them', done to the
    # people just named
    ("Asked whether Norway would send troops, Store said he would not speculate.", set()),
    ("Asked whether Spain would send troops, Sanchez said he would not comment.", set()),
    ("Asked whether Spain would send troops, Sanchez said: No.", {("spain", "troop-contribution", "opposes")}),
    ("Finland would not speculate on sending troops.", set()),
    ("Officials in Ottawa are divided over how far Canada should go in supporting the force.", set()),
    ("It is unclear how many troops Denmark will send.", set()),
    ("Macron showed how France supports the force.", {("france", "reassurance-force", "supports")}),
    # a side's deployment named by its people; an office held now beside a past career; no point in it
    ("Frederiksen has said she opposes any Danish deployment.", {("denmark", "troop-contribution", "opposes")}),
    ("Peskov said a Dutch deployment would be unacceptable.", {("russia", "reassurance-force", "opposes")}),
    ("Russia said the deployment would be unacceptable.", set()),
    ("Store said a Norwegian deployment could not be ruled out.", {("norway", "troop-contribution", "noncommittal")}),
    (
        "Stubb said there had been no decision on a Finnish deployment.",
        {("finland", "troop-contribution", "noncommittal")},
    ),
    (
        "Finnish President Alexander Stubb, a former prime minister, said Finland could send troops.",
        {("finland", "troop-contribution", "supports")},
    ),
    ("Former Finnish President Sauli Niinisto said Finland would never send troops.", set()),
    ("Budapest sees no point in sending troops.", {("hungary", "troop-contribution", "opposes")}),
    (
        "The Kremlin said it saw no point in discussing guarantees for Ukraine with Europeans.",
        {("russia", "security-guarantees", "opposes")},
    ),
    # troops kept away from the front are still sent; naval forces are the maritime part
    (
        "Frederiksen said Danish troops could be deployed after a ceasefire, away from the front line.",
        {("denmark", "tripwire", "opposes"), ("denmark", "troop-contribution", "supports")},
    ),
    (
        "Store said Norwegian soldiers would be deployed far away from the front lines.",
        {("norway", "tripwire", "opposes"), ("norway", "troop-contribution", "supports")},
    ),
    (
        "The Norwegian prime minister said the force would be deployed far from the front line.",
        {("norway", "reassurance-force", "supports"), ("norway", "tripwire", "opposes")},
    ),
    ("Ankara said it could contribute naval forces in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    ("Romania will contribute naval units to the mission.", {("romania", "maritime-security", "supports")}),
    # officialese refusals; a part or an element of the guarantees; the participation of the United States
    (
        "The Russian side has repeatedly stated the inadmissibility of deploying NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Peskov said the deployment of foreign troops was inadmissible.", {("russia", "reassurance-force", "opposes")}),
    (
        "Zakharova stressed the unacceptability of any Western military presence in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Sybiha said a foreign contingent on Ukrainian soil would be an important security guarantee.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Umerov said the presence of allied troops was one of the key elements of the guarantees.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Frederiksen said a US backstop is an essential part of the guarantees.",
        {("denmark", "us-backstop", "supports")},
    ),
    (
        "Sybiha stressed that Ukraine needs a contingent of partners on its territory.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Kyiv counts on the participation of the United States in security guarantees.",
        {("ukraine", "us-backstop", "supports")},
    ),
    ("Sybiha welcomed the involvement of the US in the guarantees.", {("ukraine", "us-backstop", "supports")}),
    # a draft's words hold no side; warmongering; a declaration to deploy
    ("The draft says it will provide guarantees.", set()),
    ("Zakharova called the plans for a European force warmongering.", {("russia", "reassurance-force", "opposes")}),
    (
        "Sweden and Finland signed a declaration to deploy troops to Ukraine.",
        {("sweden", "troop-contribution", "supports"), ("finland", "troop-contribution", "supports")},
    ),
    ("Italy signed a statement to the press.", set()),
    # a plan named by a judgement is judged, not backed
    ("Zakharova called the plans for a European force misguided.", {("russia", "reassurance-force", "opposes")}),
    ("Zakharova called the plans for a European force a sham.", {("russia", "reassurance-force", "opposes")}),
    ("Peskov called the proposal to deploy Western troops an adventure.", {("russia", "reassurance-force", "opposes")}),
    ("Zakharova described the plans for a European force as odd.", set()),
    ("Zakharova described the plans for a European force as wishful thinking.", set()),
    ("Orban called the plans for a reassurance force unprecedented.", set()),
    ("Macron described plans to send troops.", {("france", "troop-contribution", "supports")}),
    ("Italy described the plans for a force as unrealistic.", {("italy", "reassurance-force", "opposes")}),
    # a plan a judging verb gives a predicate is judged
    ("Moscow considered the plan for peacekeepers odd.", set()),
    ("Moscow considered the plan for peacekeepers a smokescreen.", set()),
    ("Moscow considered the plan for peacekeepers dangerous.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow considered the plan for peacekeepers a good idea.", {("russia", "reassurance-force", "supports")}),
    ("Budapest considers plans to send troops premature.", {("hungary", "troop-contribution", "noncommittal")}),
    # troops or a part placed next to Ukraine are not sent to it
    ("Any Dutch deployment would be limited to a NATO member neighbouring Ukraine, Schoof said.", set()),
    ("Any Dutch contribution would be limited to countries bordering Ukraine, Schoof said.", set()),
    ("Dutch troops would be stationed in a NATO country neighbouring Ukraine, Schoof said.", set()),
    (
        "Dutch troops would be deployed along the border in Ukraine, Schoof said.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Any Dutch deployment would be limited to training, Schoof said.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    # a reaction to a topic excluded or omitted
    (
        "Sybiha criticised the exclusion of NATO membership from the draft.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Kyiv regretted the omission of security guarantees from the text.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The absence of Western troops in the plan was welcomed by Budapest.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    # a relative clause narrowing 'any' thing, or denying something of a thing refused, names a kind; the army or navy
    # is the speaker's side; 'made the same commitment', 'taken the same position', 'has done likewise' repeat the claim
    # before
    ("Slovakia will not join any mission Russia has not approved.", {("slovakia", "troop-contribution", "opposes")}),
    (
        "Orban said Hungary would never back a peacekeeping force that Moscow has not accepted.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    ("Moscow will oppose any peacekeeping force that Kyiv supports.", {("russia", "reassurance-force", "opposes")}),
    (
        "France backs a peacekeeping force that Russia rejects.",
        {("france", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    ("A Turkish official said the navy was ready to send troops.", {("turkey", "troop-contribution", "supports")}),
    ("The army is ready to send troops, Fidan said.", {("turkey", "troop-contribution", "supports")}),
    (
        "Zelensky said the Russian army would treat foreign troops as targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # paired group names; what 'without it' or 'without one' lacks is wanted, not refused; 'called for' is no naming
    # verb; an answer about something else; plans of unnamed sides spoken about
    (
        "The Nordic and Baltic countries are ready to contribute to a peacekeeping force.",
        {
            ("denmark", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
            ("finland", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
            ("norway", "troop-contribution", "supports"),
            ("sweden", "troop-contribution", "supports"),
        },
    ),
    (
        "Schoof said a US backstop was essential and that the Netherlands would not deploy without it.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "Schoof called for a US backstop, saying the Netherlands would not send troops.",
        {("netherlands", "troop-contribution", "opposes"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "China supports all efforts conducive to peace, spokeswoman Mao Ning said, when asked about European plans"
        " to deploy troops after a ceasefire.",
        set(),
    ),
    ('"We welcome all peace efforts," Peskov said when asked about the peacekeeping force.', set()),
    (
        '"We support it," Carney said when asked about a peacekeeping force.',
        {("canada", "reassurance-force", "supports")},
    ),
    ("Italy has dropped its opposition to a European force in Ukraine.", {("italy", "reassurance-force", "supports")}),
    ("Wang Yi was asked about European plans to deploy troops.", set()),
    ("Macron defended European plans to deploy troops.", {("france", "reassurance-force", "supports")}),
    # refusing a deal that rules a topic out backs it, through coordinated relative clauses too; a nested apposition
    # ('Ukraine's neighbour') describes, names no holder; names in capitals; 'said in a statement that'; 'especially if'
    # sets no condition
    (
        "Ukraine will not accept a peace deal that caps its army or bars it from joining NATO.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Ukraine will not accept a peace deal that caps its army and rules out NATO membership.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("Kyiv rejects any deal that rules out NATO membership.", {("ukraine", "nato-membership", "supports")}),
    ("Kyiv rejects any deal that would deny it NATO membership.", {("ukraine", "nato-membership", "supports")}),
    ("Russia rejects any plan that envisages NATO troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Poland's capital Warsaw, Ukraine's neighbour, says it will not send troops.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "POLAND: Warsaw, Ukraine's neighbour, says it will not send troops.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Trump said the US would provide a backstop, especially if Europe sends troops.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Trump said the US would provide a backstop if Europe sends troops.",
        {("united-states", "us-backstop", "conditional")},
    ),
    # 'called' is a naming verb unless 'for' or 'on' follows it at once; a verb coordinated under what someone is urged
    # to do is the urger's wish; 'would not recognise' the force refuses it
    (
        "Zakharova called British and French troops on Ukrainian soil a provocation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Zelensky urged Germany to act and commit troops.", {("ukraine", "reassurance-force", "supports")}),
    (
        "Peskov said Russia had not been consulted about the peacekeeping force and would not recognise it.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Moscow would not recognise any foreign contingent in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Kyiv recognised that NATO membership was not on the table for now.", set()),
    # 'its path to NATO'; signing a deal that says what it does
    ("Kyiv rejects any deal that blocks its path to NATO.", {("ukraine", "nato-membership", "supports")}),
    (
        "Zelensky said Ukraine would never sign an agreement that would deny it NATO membership.",
        {("ukraine", "nato-membership", "supports")},
    ),
    (
        "Ukraine will not sign any deal that does not include security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Trump signed an agreement that gives Ukraine security guarantees.",
        {("united-states", "security-guarantees", "supports")},
    ),
    # readiness spoken of in others' statements is theirs; a judgement of someone's statements is the judge's view;
    # 'Euro-Atlantic aspirations'
    (
        "Zakharova said the statements by London and Paris about readiness to send troops show their intent.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Zakharova said London's statements about readiness to send troops were dangerous.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Peskov said Macron's remarks about sending troops were irresponsible.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The President also noted that Ukraine is not giving up on its Euro-Atlantic aspirations.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("Lavrov said Kyiv must abandon its Euro-Atlantic course.", {("russia", "nato-membership", "opposes")}),
    # what one wants 'rather than' or 'instead of' another thing is refused, whoever's it is (what one backs 'without'
    # must be one's own)
    (
        "Lavrov said guarantees should come from the UN Security Council rather than from a Western military presence.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Italy wants a UN mission rather than a European force.", {("italy", "reassurance-force", "opposes")}),
    ("Instead of a European force, Hungary wants a ceasefire.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Rather than deploying soldiers, Italy will give Ukraine a guarantee modelled on Article 5.",
        {("italy", "article-5-guarantee", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        "Rather than a European force, Italy will give Ukraine a guarantee modelled on Article 5.",
        {("italy", "article-5-guarantee", "supports"), ("italy", "reassurance-force", "opposes")},
    ),
    (
        "Britain wants a force backed by US air power rather than American boots on the ground.",
        {("united-kingdom", "us-backstop", "supports"), ("united-kingdom", "us-ground-troops", "opposes")},
    ),
    (
        "Britain wants a force backed by US air power but without American boots on the ground.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    # a side deploying with no object deploys its own troops (not a force described as ready to deploy); troops refused
    # for the front line are no refusal of troops
    (
        "Britain, France, Belgium and the Baltic states have said they are prepared to deploy.",
        {
            ("belgium", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    ("Germany will not deploy.", {("germany", "troop-contribution", "opposes")}),
    ("The US will not deploy.", {("united-states", "us-ground-troops", "opposes")}),
    ("The country is ready to deploy, Kristersson said.", {("sweden", "troop-contribution", "supports")}),
    ("Russia is ready to deploy.", set()),
    ("The force would be ready to deploy within days.", set()),
    ("Barrot said France would not send troops to the front line.", {("france", "tripwire", "opposes")}),
    ("France will not station its soldiers along the contact line.", {("france", "tripwire", "opposes")}),
    ("France ruled out sending troops to the front line.", {("france", "tripwire", "opposes")}),
    (
        "France will send troops to the front line.",
        {("france", "tripwire", "supports"), ("france", "troop-contribution", "supports")},
    ),
    ("Italy will not send troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    # the same two sides listed twice in the sentence before ('France and Britain ... Macron and Starmer') are 'the two
    # leaders'; a side's role, named by its people, is its part
    ("Pistorius did not exclude a German role in the future.", {("germany", "troop-contribution", "noncommittal")}),
    ("Meloni ruled out an Italian role.", {("italy", "troop-contribution", "opposes")}),
    ("Merz ruled out a German role in the talks.", set()),
    ("Peskov said a British role would be unacceptable.", {("russia", "reassurance-force", "opposes")}),
    # a verb with its own auxiliary coordinated under a passive request is the subject's own
    (
        "India had not been asked to contribute troops and would consider any request.",
        {("india", "troop-contribution", "noncommittal")},
    ),
    (
        "India had not been asked to contribute troops but would consider sending them.",
        {("india", "troop-contribution", "noncommittal")},
    ),
    ("India has not been asked to send troops.", set()),
    # what a side could do, said by its own officials ('their defence ministers said'); ', with X saying ...' is a
    # statement of its own; a verb coordinated inside an infinitive shares what governs it
    (
        "Lithuania and Estonia could deploy troops within weeks of a ceasefire, their defence ministers said.",
        {("estonia", "troop-contribution", "supports"), ("lithuania", "troop-contribution", "supports")},
    ),
    ("Germany could send troops, a French minister said.", set()),
    (
        "Prague is divided over whether to join a force, with Babis saying the country would not send soldiers.",
        {("czechia", "troop-contribution", "opposes")},
    ),
    (
        "Italy has not decided whether to send troops, with Meloni saying more talks were needed.",
        {("italy", "troop-contribution", "noncommittal")},
    ),
    (
        "Romania will not deploy soldiers but is ready to host allied aircraft and help secure the Black Sea.",
        {("romania", "maritime-security", "supports"), ("romania", "troop-contribution", "opposes")},
    ),
    ("Poland refused to send troops and called for talks.", {("poland", "troop-contribution", "opposes")}),
    # a clause said by no one ('Neither France nor Britain has said ...', 'No official said ...') asserts nothing
    ("Neither France nor Britain has said how many troops it would send.", set()),
    ("Neither France nor Britain has said that it would send troops.", set()),
    ("No official said that Italy would send troops.", set()),
    ("France has said how many troops it would send.", {("france", "troop-contribution", "supports")}),
    # two denials back a stance: 'sees no reason not to take part', 'is not afraid to take part'
    ("Sweden sees no reason not to take part in a reassurance force.", {("sweden", "troop-contribution", "supports")}),
    (
        "Sweden sees every reason not to take part in a reassurance force.",
        {("sweden", "troop-contribution", "opposes")},
    ),
    ("Italy is not afraid to take part in the reassurance force.", {("italy", "troop-contribution", "supports")}),
    ("Canada would not hesitate to join the peacekeeping mission.", {("canada", "troop-contribution", "supports")}),
    # troops 'promised' are pledged; 'the troops', bare, are the ones just named
    ("London has promised several thousand soldiers.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Britain promised troops for the force.", {("united-kingdom", "troop-contribution", "supports")}),
    # a refusal 'if' something is not so is a condition, as 'unless'
    (
        "Belgium would not send troops if the United States did not provide air cover.",
        {("belgium", "troop-contribution", "conditional")},
    ),
    (
        "Belgium would not take part in the force if the United States did not provide air cover.",
        {("belgium", "troop-contribution", "conditional")},
    ),
    ("Belgium would not send troops if there were no ceasefire.", {("belgium", "troop-contribution", "conditional")}),
    ("Belgium would not send troops, even if the US did not object.", {("belgium", "troop-contribution", "opposes")}),
    # a verb coordinated under another's modal shares it ('will train soldiers and share intelligence'), its 'not' or
    # 'neither ... nor' too
    (
        "Finland will train Ukrainian soldiers and share intelligence.",
        {("finland", "intelligence-support", "supports")},
    ),
    (
        "Finland will not train Ukrainian soldiers or share intelligence.",
        {("finland", "intelligence-support", "opposes")},
    ),
    ("Italy will neither train troops nor send soldiers to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    ("An analyst said Finland could train Ukrainian soldiers and share intelligence.", set()),
    ("Spain would train Ukrainian pilots and help secure the Black Sea.", {("spain", "maritime-security", "supports")}),
    ("The force will patrol the skies and deter Russia.", set()),
    # a subject the parser took for an adverb ('Washington, meanwhile, has') or for a coordinated object ('host talks
    # and Poland will')
    (
        "Washington, meanwhile, has refused to say whether it would provide a backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Germany will host talks and Poland will send troops.", {("poland", "troop-contribution", "supports")}),
    # a second 'that' clause after a speech verb is also what was said
    (
        "Merz told the Bundestag that much was unclear, but that Germany could help protect Ukrainian airspace.",
        {("germany", "air-defence", "supports")},
    ),
    # whether its troops would take part, asked about after a preposition too; 'has not confirmed' leaves it open
    (
        "Rome declined to comment on whether Italian troops would be deployed.",
        {("italy", "troop-contribution", "noncommittal")},
    ),
    ("Rome declined to say whether Italian troops would take part.", {("italy", "troop-contribution", "noncommittal")}),
    (
        "Washington has not confirmed whether it will provide a backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    (
        "A US backstop was requested by Britain but has not yet been confirmed by Washington.",
        {("united-kingdom", "us-backstop", "supports"), ("united-states", "us-backstop", "noncommittal")},
    ),
    # a group counted as only some of its members names none of them; a hedge in another clause leaves the statement
    # alone
    ("Several Nordic states have offered troops.", set()),
    ("Two of the Baltic states have offered troops.", set()),
    (
        "The three Baltic states have offered troops.",
        {
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
        },
    ),
    (
        "Troops were promised by Paris, while Rome was said to be sceptical.",
        {("france", "troop-contribution", "supports")},
    ),
    # 'remained the best guarantee'; contributing 'with' personnel is sending troops
    (
        "Stubb said Ukraine's membership of NATO remained the best security guarantee.",
        {("finland", "nato-membership", "supports")},
    ),
    (
        "He said Norway was ready to contribute, including with personnel, once there is a ceasefire.",
        {("norway", "troop-contribution", "supports")},
    ),
    ("Sweden will contribute with troops.", {("sweden", "troop-contribution", "supports")}),
    # a verb coordinated under a modal after an object the parser took for a verb or a noun ('fund demining and share')
    ("Sweden will neither host talks nor send troops.", {("sweden", "troop-contribution", "opposes")}),
    (
        "Sweden will fund demining and share intelligence.",
        {("sweden", "intelligence-support", "supports"), ("sweden", "maritime-security", "supports")},
    ),
    (
        "Sweden will not fund demining or share intelligence.",
        {("sweden", "intelligence-support", "opposes"), ("sweden", "maritime-security", "opposes")},
    ),
    # what a side's contribution would be, asked, is its own part
    (
        "Kristersson said it was too soon to say what Sweden's contribution would be.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    ("Norway cannot yet say what its contribution will be.", {("norway", "troop-contribution", "noncommittal")}),
    ("Kristersson said it was too soon to say what the force would look like.", set()),
    # a second infinitive with its own 'to' is governed by the same word
    (
        "Romania is ready to host a coordination centre and to protect the airspace over the Black Sea.",
        {("romania", "air-defence", "supports")},
    ),
    # 'fine with', 'comfortable with', 'happy with'
    (
        'Trump said he was "fine" with European troops going to Ukraine.',
        {("united-states", "reassurance-force", "supports")},
    ),
    (
        "Trump said he was fine with European troops going to Ukraine.",
        {("united-states", "reassurance-force", "supports")},
    ),
    ("Meloni is not comfortable with a European force in Ukraine.", {("italy", "reassurance-force", "opposes")}),
    ("Berlin is happy with the plan for a reassurance force.", {("germany", "reassurance-force", "supports")}),
    # a cue before a question mark inside a quotation stands in a question
    ('"Why would we accept the presence of NATO soldiers on our border?" Peskov asked.', set()),
    ('"Why would Moscow accept European troops in Ukraine?" Lavrov asked reporters.', set()),
    ('"Will we send troops? Of course not," Orban said.', set()),
    # quotation marks around a few words inside a sentence do not change its reading
    (
        'Macron wrote that France "stands ready" to deploy forces to Ukraine.',
        {("france", "troop-contribution", "supports")},
    ),
    ('Denmark said it was "open to" sending troops to Ukraine.', {("denmark", "troop-contribution", "supports")}),
    # a judgement of a side's plan, passed by a verb of judging, is the judge's; an unowned plan judged takes the
    # judgement
    (
        "Orban described Britain's plan for a reassurance force as a mistake.",
        {("hungary", "reassurance-force", "opposes"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Rubio called France's plan for a reassurance force essential.",
        {("united-states", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    ("Budapest considers plans to send troops premature.", {("hungary", "troop-contribution", "noncommittal")}),
    # a line opening with a side's name and a colon: a clause after it with no subject is that side's
    ("Turkey: ready to lead the naval component in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    ("• Germany: undecided on sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Italy: no troops, but backs Article 5-style guarantees.", {("italy", "article-5-guarantee", "supports")}),
    # what a thing that is no topic 'must be accompanied by' is wanted
    (
        "Any ceasefire must be accompanied by security guarantees, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Starmer said any ceasefire should be backed by a US backstop.", {("united-kingdom", "us-backstop", "supports")}),
    # opting or pulling out of the force is its own part refused; washing one's hands of it
    ("Hungary opted out of the reassurance force.", {("hungary", "troop-contribution", "opposes")}),
    ("Denmark pulled out of the reassurance force.", {("denmark", "troop-contribution", "opposes")}),
    ("Slovakia washed its hands of the reassurance force.", {("slovakia", "reassurance-force", "opposes")}),
    # the sides a group described by a relative clause is said to be ("the countries that have offered troops are ...")
    (
        "The countries that have offered troops are France, Britain and Estonia.",
        {
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
        },
    ),
    ("The countries that have refused to send troops are under pressure.", set()),
    # an adjective with a complement describing a noun has that noun as its holder ('there are 26 countries ready to
    # deploy')
    ("Macron said there are many countries ready to deploy troops.", set()),
    ("Macron thanked the countries ready to send troops.", set()),
    # whether the holder's own side would take part, asked before its answer, is its own part; taking part in something
    # named is not
    (
        "When asked whether Spain would take part, Sanchez declined to comment.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Asked whether Italy would join, Meloni said it was too early to say.",
        {("italy", "troop-contribution", "noncommittal")},
    ),
    ("When asked whether France would take part, Sanchez declined to comment.", set()),
    ("Asked whether Italy would take part in the talks, Meloni declined to comment.", set()),
    # inverted subjects after 'never', 'nor', 'under no circumstances'; 'not yet ready'; 'averse to'; a second adjective
    # with its own infinitive
    ("Spain is not averse to sending troops.", {("spain", "troop-contribution", "supports")}),
    (
        "Denmark is not only willing to send troops but also ready to lead the force.",
        {("denmark", "troop-contribution", "supports"), ("denmark", "reassurance-force", "supports")},
    ),
    ("Under no circumstances will Slovakia send troops.", {("slovakia", "troop-contribution", "opposes")}),
    (
        "Britain is willing to send troops and ready to lead the force.",
        {("united-kingdom", "troop-contribution", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Spain is averse to sending troops.", {("spain", "troop-contribution", "opposes")}),
    ("Nor will Germany send troops.", {("germany", "troop-contribution", "opposes")}),
    # a subject with 'the' inverted after a modal
    ("Nor will the Netherlands send troops to Ukraine.", {("netherlands", "troop-contribution", "opposes")}),
    # a side's name and office before a colon speak for the side; a verb under a shared modal with a prepositional
    # object
    (
        "Russian Foreign Ministry: any foreign contingent in Ukraine will be treated as a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Japan could fund reconstruction and help with demining, Japanese officials said.",
        {("japan", "maritime-security", "supports")},
    ),
    # what a named side 'must' or 'should' do, in no one's words but the writer's, is no stance of that side
    ("Germany must send troops to Ukraine.", set()),
    ("The coalition of the willing must deploy a credible force.", set()),
    ("Washington should provide a backstop.", set()),
    # escorting ships, monitoring the line of contact, extending NATO's collective defence
    ("Turkey offered to escort merchant ships in the Black Sea.", {("turkey", "maritime-security", "supports")}),
    (
        "Britain will provide drones to monitor the line of contact.",
        {("united-kingdom", "intelligence-support", "supports")},
    ),
    (
        "Hungary opposes extending NATO's collective defence to Ukraine.",
        {("hungary", "article-5-guarantee", "opposes")},
    ),
    # an office in lower case before the name; a former official the parser left without a clause speaks for no side
    ("Spain will not send troops to Ukraine, Former Prime Minister Luis Marin said.", set()),
    # 'the two leaders' are the people named before (sides named as adjectives are not leaders); what sides agreed that
    # ... is what they say
    (
        "Italy and Spain agreed that sending troops would be premature.",
        {("italy", "troop-contribution", "noncommittal"), ("spain", "troop-contribution", "noncommittal")},
    ),
    # what a side will do 'only with' is asked for
    (
        "France will contribute troops, but only with a US backstop.",
        {("france", "troop-contribution", "conditional"), ("france", "us-backstop", "supports")},
    ),
    # topics in a condition as the side named there means them ('American air cover')
    (
        "France will contribute troops, but only with American air cover.",
        {("france", "troop-contribution", "conditional"), ("france", "us-backstop", "supports")},
    ),
    # a clause after 'provided (that)' or 'on condition that', however the parser hangs it, asserts nothing; what it
    # takes away is not asked for
    (
        "Lavrov said Russia was ready to give Ukraine guarantees, provided that Kyiv abandoned its bid to join NATO.",
        set(),
    ),
    (
        "Germany will send troops provided that Moscow accepted the force.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Germany is ready to help, on condition that Kyiv abandoned its bid to join NATO, Merz said.",
        {("germany", "nato-membership", "opposes")},
    ),
    ("Merz said that Germany would provide guarantees to Ukraine, provided Moscow accepted the force.", set()),
    # what a side waits for ('as soon as', 'until' ahead) or prepares against ('in the event that') is not asserted; a
    # past 'until' clause is
    (
        "Germany will not send troops until Moscow accepts the force.",
        {("germany", "troop-contribution", "conditional")},
    ),
    ("Germany will back the force as soon as Moscow accepts it.", {("germany", "reassurance-force", "supports")}),
    (
        "Germany will back the force in the event that Kyiv abandons its bid to join NATO.",
        {("germany", "reassurance-force", "supports")},
    ),
    (
        "Germany backed the force until Russia rejected it.",
        {("germany", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # a name after 'but' that a universal group excepts holds nothing; what a 'what' clause wants is what the sentence
    # then names
    ("All EU members but Hungary support the force.", set()),
    ("What Italy wants is an Article 5-style guarantee.", {("italy", "article-5-guarantee", "supports")}),
    ("What Kyiv needs is a US backstop, Zelensky said.", {("ukraine", "us-backstop", "supports")}),
    ("What Russia rejects is a NATO presence in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    # the name a universal group excepts with 'but', however the parser hangs it
    ("Every member but Slovakia has offered troops.", set()),
    ("All of the coalition's members but Hungary have offered troops.", set()),
    # after a denied 'asking for', a second 'for' marked by 'only' is what is asked
    (
        "Sybiha said Kyiv was not asking for American soldiers, only for American support in the air.",
        {("ukraine", "us-ground-troops", "opposes"), ("ukraine", "us-backstop", "supports")},
    ),
    (
        "Rome is not calling for a European force, only for security guarantees.",
        {("italy", "reassurance-force", "opposes"), ("italy", "security-guarantees", "supports")},
    ),
    # several sides saying what they could do ('Estonia and Denmark said they could'); another side named as the
    # provider ('Europe must provide the troops') backs the force, not the holder's own backstop; parties whose names
    # hold a country's name; 'our forces are ready'; countries newly tracked
    (
        "France will be there. We have done the planning, and our forces are ready, Macron said.",
        {("france", "troop-contribution", "supports")},
    ),
    ('"Our troops are ready," Macron said.', {("france", "troop-contribution", "supports")}),
    ("Estonia has signalled it could contribute troops.", {("estonia", "troop-contribution", "supports")}),
    (
        "Estonia and Denmark have signalled they could contribute troops.",
        {("estonia", "troop-contribution", "supports"), ("denmark", "troop-contribution", "supports")},
    ),
    (
        "Estonia and Denmark said they could contribute troops.",
        {("estonia", "troop-contribution", "supports"), ("denmark", "troop-contribution", "supports")},
    ),
    (
        "Rubio said that Europe, not the United States, must provide the troops for any force in Ukraine.",
        {("united-states", "reassurance-force", "supports")},
    ),
    ("Reform UK said it opposed sending British troops to Ukraine.", set()),
    ("Alternative for Germany rejected any German involvement.", set()),
    (
        "Romania and Bulgaria said they would take part in the demining effort.",
        {("romania", "maritime-security", "supports"), ("bulgaria", "maritime-security", "supports")},
    ),
    ("Trump said Europe must provide the troops for the force.", {("united-states", "reassurance-force", "supports")}),
    (
        '"We will provide air support for the European force," Rubio said.',
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Trump said the Europeans must provide the troops for the force.",
        {("united-states", "reassurance-force", "supports")},
    ),
    # a question naming no topic ('Who is in?') passes 'it' on to what was named before; 'but only once ...' beside the
    # cue is its condition; 'Canada, which has said it could ...' speaks for Canada; 'Turkey or Romania would lead'
    # names neither; 'not ground troops' with 'not' on the compound; 'not in a position to send' refuses; an unnamed
    # government's spokesman speaks for the side the sentence before was about
    (
        "Merz has said Germany is willing to contribute troops, but only once a ceasefire is agreed.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Canada, which has said it could send troops, wants clarity on the mandate first.",
        {("canada", "troop-contribution", "supports")},
    ),
    (
        "Canada, which has said it will send troops, wants clarity on the mandate first.",
        {("canada", "troop-contribution", "supports")},
    ),
    ("Either Turkey or Romania would lead the naval part of the mission.", set()),
    ("Turkey or Romania will lead the naval mission.", set()),
    (
        "Sweden and Norway have offered either ships or aircraft, but not ground troops.",
        {("sweden", "troop-contribution", "opposes"), ("norway", "troop-contribution", "opposes")},
    ),
    ("Sweden has offered ships, but not ground troops.", {("sweden", "troop-contribution", "opposes")}),
    ("Japan is not in a position to send troops to Ukraine.", {("japan", "troop-contribution", "opposes")}),
    (
        "Neither Italy nor Spain will send troops.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    ("Britain, France or Germany would command the force, a diplomat said.", set()),
    ("Macron said France or Britain would command the force.", set()),
    ("Spain will not send troops, a government spokesman said.", {("spain", "troop-contribution", "opposes")}),
    ("Spain will not send troops, the government spokesman said.", {("spain", "troop-contribution", "opposes")}),
    ("Spain will not send troops, a defence ministry official said.", {("spain", "troop-contribution", "opposes")}),
    # 'provided ...' hung on the verb of saying conditions the reported clause; 'their readiness' of two named sides is
    # each one's own; personnel from NATO countries on Ukrainian territory; 'ready to discuss' backs nothing; 'studying
    # the question' points back
    ('"We are ready to discuss guarantees," Peskov said.', set()),
    (
        "Zakharova said the presence of military personnel from NATO countries on Ukrainian territory is unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said the presence of troops from NATO countries in Ukraine is unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Dutch cabinet said it would send troops, provided the mission had a robust mandate and American backing.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "Zakharova drew attention to statements by London and Paris about their readiness to send contingents.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Peskov dismissed statements by London and Paris about their readiness to send contingents.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Dutch cabinet said it was willing to contribute troops, provided the mission had American backing.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "The Dutch cabinet said it was willing to contribute troops, provided the mission had US backing.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "The Dutch cabinet said it was willing to contribute troops, provided there was a US backstop.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        "The Dutch cabinet said it would send troops, provided the mission had a robust mandate and a US backstop.",
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    # a 'provided' clause the parser hangs on the verb of saying, or coordinates with it after 'provided' and its
    # subject, conditions the reported clause and asserts nothing itself
    (
        "Sweden announced it would join the force, provided Kyiv gave up its bid to join NATO.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    (
        "Sweden said it was ready to deploy soldiers, provided Kyiv gave up its bid to join NATO.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    (
        "Rome told reporters it was ready to deploy soldiers, provided the mission had American backing.",
        {("italy", "troop-contribution", "conditional"), ("italy", "us-backstop", "supports")},
    ),
    (
        "Madrid stated it would join the force, provided there was a US backstop.",
        {("spain", "troop-contribution", "conditional"), ("spain", "us-backstop", "supports")},
    ),
    # 'While France will send troops, Germany will not': a bare auxiliary in the main clause repeats the conceding
    # clause's verb, denied; 'followed Latvia in offering troops' as 'joined'; other lists of sides ('like', 'as did',
    # 'so will', 'neither ... nor', 'whereas')
    (
        "Spain, like Italy, will not send troops to Ukraine.",
        {("spain", "troop-contribution", "opposes"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        "Like Italy, Spain will not send troops to Ukraine.",
        {("spain", "troop-contribution", "opposes"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Unlike France, Germany will not send troops to Ukraine.", {("germany", "troop-contribution", "opposes")}),
    (
        "Poland ruled out sending troops, as did Hungary.",
        {("poland", "troop-contribution", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Britain will send troops, and so will France.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Hungary joined Slovakia in rejecting the reassurance force.",
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    ("Italy's refusal to send troops angered Paris.", {("italy", "troop-contribution", "opposes")}),
    ("Germany's reluctance to commit troops frustrated London.", {("germany", "troop-contribution", "noncommittal")}),
    ("The plan for a reassurance force was rejected by Moscow.", {("russia", "reassurance-force", "opposes")}),
    (
        "Troops were offered by Belgium and Denmark.",
        {("belgium", "troop-contribution", "supports"), ("denmark", "troop-contribution", "supports")},
    ),
    (
        "Estonia followed Latvia in offering troops.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Finland, as well as Sweden, is ready to send troops.",
        {("finland", "troop-contribution", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    (
        "Romania, along with Bulgaria, will join the demining mission.",
        {("romania", "maritime-security", "supports"), ("bulgaria", "maritime-security", "supports")},
    ),
    (
        "Not only Britain but also France will send troops.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Both Britain and France are willing to lead the force.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        "Neither Hungary nor Slovakia supports the force.",
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "Italy will not send troops, nor will Spain.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "Italy will not send troops; neither will Spain.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "France is sending troops, whereas Germany is not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "While France will send troops, Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "France will send troops. Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "France will send troops, but Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "While France will send troops, Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Although France will send troops, Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Whereas France will send troops, Germany will not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Estonia followed Latvia in ruling out a tripwire role.",
        {("estonia", "tripwire", "opposes"), ("latvia", "tripwire", "opposes")},
    ),
    ("Estonia followed the debate in Latvia closely.", set()),
    (
        "While Britain is ready to lead the force, Italy is not.",
        {("united-kingdom", "reassurance-force", "supports"), ("italy", "reassurance-force", "opposes")},
    ),
    (
        "Though Denmark will contribute troops, Norway will not.",
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "opposes")},
    ),
    # working within, or being part of, the coalition of the willing is the coalition's force
    (
        "The UK and France are leading discussions within a coalition of the willing.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    ("Canada is part of the coalition of the willing.", {("canada", "reassurance-force", "supports")}),
    ("Hungary is not part of the coalition of the willing.", {("hungary", "reassurance-force", "opposes")}),
    ("Divisions within the coalition of the willing are growing.", set()),
    # 'both governments' after a sentence naming one side and another's thing ('NATO's eastern flank'): the pair listed
    # a few sentences before; pressing or arguing the case for a larger force
    ("Starmer pressed the case for a larger force.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Macron argued the case for a European force.", {("france", "reassurance-force", "supports")}),
    # a quotation inside a quotation, introduced by another ('He told me, 'I'll accept that''), is not the speaker's
    # first person; a statement passed on by a speaker of another side ('Trump said Putin had told him Russia could
    # ...') is reported by that side
    ('"We will accept the force," Peskov said.', {("russia", "reassurance-force", "supports")}),
    ('"I told him: we will send troops," Macron said.', {("france", "troop-contribution", "supports")}),
    ("\"As I said, 'we will send troops,' and we will,\" Macron said.", {("france", "troop-contribution", "supports")}),
    ("Trump said Putin had told him Russia could accept European peacekeepers.", set()),
    (
        "Trump said Putin had told him Russia would accept European peacekeepers.",
        {("russia", "reassurance-force", "supports")},
    ),
    (
        "Macron said Starmer had told him Britain would send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Macron said his ministers had told him France would send troops.",
        {("france", "troop-contribution", "supports")},
    ),
    # 'is open to contributing' after a topic points back to it (an -ing that drops an 'e' is found as the verb's stem);
    # financing or paying for the force backs it ('will finance part of the force' is no troop offer)
    (
        'Albanese told the summit that Canberra is "open to" contributing troops.',
        {("australia", "troop-contribution", "supports")},
    ),
    ("Canberra is open to contributing.", set()),
    (
        "The European Union will finance part of the reassurance force.",
        {("european-union", "reassurance-force", "supports")},
    ),
    ("Norway will help fund the reassurance force.", {("norway", "reassurance-force", "supports")}),
    ("Hungary will not pay for the mission.", {("hungary", "reassurance-force", "opposes")}),
    # a verb after 'but not' shares the modal before it, denied ('would act as a hub but not send soldiers'); a frame
    # around another that reports a clause of its own besides is no outer speaker ('Copenhagen said it was ready, Oslo
    # said it needed more time'); 'needed more time' is undecided
    ("Warsaw said it would act as a hub but not send soldiers.", {("poland", "troop-contribution", "opposes")}),
    ("Poland will host the headquarters but not deploy troops.", {("poland", "troop-contribution", "opposes")}),
    (
        "Britain will send troops; Germany will not.",
        {("united-kingdom", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Italy will not send troops; neither will Spain.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        '"Putin told me Russia would accept European peacekeepers," Trump said.',
        {("russia", "reassurance-force", "supports")},
    ),
    (
        "Paris welcomed the deal; Berlin said little; Rome reiterated that no Italian troops would be deployed.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Denmark said it would send a unit to the force; Norway said it had not yet decided whether to take part.",
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "noncommittal")},
    ),
    # 'consider them dangerous' after plans were named: 'them', the judged small clause's subject, is what was named;
    # the presence of NATO countries in Ukraine names the force
    (
        '"Any military presence of NATO countries in Ukraine is unacceptable for us," Peskov said.',
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        '"The presence of Western countries in Ukraine is unacceptable," Peskov said.',
        {("russia", "reassurance-force", "opposes")},
    ),
    # an air mission, and one over a part of Ukraine, is the air-defence topic
    (
        "The Netherlands and Belgium said they were willing to take part in an air mission over western Ukraine.",
        {("netherlands", "air-defence", "supports"), ("belgium", "air-defence", "supports")},
    ),
    ("Turkey said it would not take part in any air mission.", {("turkey", "air-defence", "opposes")}),
    ("Sweden will join the air mission.", {("sweden", "air-defence", "supports")}),
    # 'Among those ready to send troops are Finland and Sweden': the names the inverted copula gives 'those'; 'those
    # ready to ...' named by no one hold nothing
    (
        "Among those ready to send troops are Finland and Sweden.",
        {("finland", "troop-contribution", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    ("Those ready to send troops met in Paris.", set()),
    ("Macron thanked those ready to send troops.", set()),
    # a quotation's speaker named by a side's office before a name the lists do not know ('said Spanish Defence Minister
    # Anton Velko') speaks for that side; a former one for none
    (
        '"We will send troops," said Spanish Defence Minister Anton Velko.',
        {("spain", "troop-contribution", "supports")},
    ),
    (
        '"We will not send troops," Greek Foreign Minister Anton Velko said.',
        {("greece", "troop-contribution", "opposes")},
    ),
    (
        "Croatian Prime Minister Anton Velko said his country would send troops.",
        {("croatia", "troop-contribution", "supports")},
    ),
    ('"We will send troops," said former Spanish Defence Minister Anton Velko.', set()),
    # a noun cue owned by no one, as the subject of what a copula says it is ('Any commitment to Ukraine would be NATO
    # membership by the back door'), is a thing described, not a stance
    ("Any collective-defence commitment to Ukraine would be NATO membership by the back door, Lavrov said.", set()),
    (
        "Any commitment to a European force would be a mistake, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        '"Our commitment to the reassurance force is unshakable," Macron said.',
        {("france", "reassurance-force", "supports")},
    ),
    ("Britain's commitment to the force is clear.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Support for the force is growing in Berlin.", {("germany", "reassurance-force", "supports")}),
    (
        "Any deployment of NATO troops would be a provocation, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a report dated in the past by its own verb ('had previously said that ...') makes no claim; 'said only that' is
    # how much was said, not a condition
    ("Canada had previously said that it was open to contributing troops.", set()),
    ("Canada said only that it was open to contributing troops.", {("canada", "troop-contribution", "supports")}),
    ("Canada previously said it would send troops.", set()),
    ("Canada will only send troops if there is a ceasefire.", {("canada", "troop-contribution", "conditional")}),
    (
        "Sweden said only that it had not yet decided whether to send troops.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    # a possessor whose name the noun phrase takes only the end of ('Donald Tusk's government'); 'our soldiers are
    # needed here'; 'any foreign soldier'; what something makes possible ('would allow for satellite monitoring') is no
    # stance
    (
        "Prime Minister Donald Tusk's government has also ruled out a Polish contingent.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Tusk's government has ruled out a Polish contingent.", {("poland", "troop-contribution", "opposes")}),
    ("Tusk's government has ruled out sending troops.", {("poland", "troop-contribution", "opposes")}),
    ("Meloni's government has ruled out sending troops.", {("italy", "troop-contribution", "opposes")}),
    ('"Our soldiers are needed here," Kosiniak-Kamysz said.', {("poland", "troop-contribution", "opposes")}),
    (
        "Medvedev, of Russia's Security Council, wrote that any foreign soldier would be a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Medvedev wrote on Telegram that any foreign soldier on Ukrainian soil would be a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Donald Tusk's government has ruled out sending troops.", {("poland", "troop-contribution", "opposes")}),
    ("Emmanuel Macron's government is ready to send troops.", {("france", "troop-contribution", "supports")}),
    (
        '"Our troops are needed at home," the Italian defence minister said.',
        {("italy", "troop-contribution", "opposes")},
    ),
    ("Any foreign soldier in Ukraine will be a target, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    ("America's capabilities in intelligence would allow for satellite monitoring of a ceasefire.", set()),
    ("The United States' capabilities in intelligence would allow for satellite monitoring of a ceasefire.", set()),
    ("Russia will not allow foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Moscow would never allow NATO troops on Ukrainian soil.", {("russia", "reassurance-force", "opposes")}),
    # unnamed officials and offices of the side a sentence opens with; troops judged by another side; 'keep its troops
    # at home'; 'cool on the idea'; relative pronouns that stand for no topic
    (
        "Russian officials have repeatedly warned that Western troops would be treated as combatants.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said any foreign troops in Ukraine would be seen as combatants.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Kremlin says British troops would be legitimate targets.", {("russia", "reassurance-force", "opposes")}),
    ("Lavrov said any British troops would be a legitimate target.", {("russia", "reassurance-force", "opposes")}),
    ("HOST: The Kremlin says your troops would be a target.", {("russia", "reassurance-force", "opposes")}),
    ("Trump said American troops would not be part of it.", {("united-states", "us-ground-troops", "opposes")}),
    ("Peskov said Japanese involvement would be a provocation.", {("russia", "reassurance-force", "opposes")}),
    ("Poland has made clear it will keep its own troops at home.", {("poland", "troop-contribution", "opposes")}),
    ("Germany will keep its soldiers at home.", {("germany", "troop-contribution", "opposes")}),
    (
        "France has been pushing hardest for a sizeable ground presence.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Washington has ruled out a US ground presence in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Peskov said British troops would not be part of any force.",
        {("united-kingdom", "troop-contribution", "opposes")},
    ),
    ("Trudeau said Ottawa will have some role in pushing back on the forces of chaos.", set()),
    # 'no plans to take part' is the side's own part; 'any guarantee'; 'the government' of a place named with it; 'a
    # good deal'
    ("Orban said Hungary would not sign up to any such guarantee.", {("hungary", "security-guarantees", "opposes")}),
    ("There is no guarantee that the talks will succeed, Rubio said.", set()),
    (
        'Vance said the guarantees were "a good deal for America" because Europe would carry most of the burden. ##',
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Trump said the minerals agreement was a good deal for both countries.",
        {("united-states", "minerals-deal", "supports")},
    ),
    ("Lavrov said the peace plan was a good plan in many respects.", set()),
    # 'a binding commitment' is a guarantee; a side's own words of what it could do stay its offer when the article has
    # them 'according to' others
    (
        "Zelensky said Kyiv wants a legally binding commitment from its allies.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Merz has told allies privately that Germany could contribute troops to a force in Ukraine if the United States"
        " commits to a backstop, according to two people familiar with the conversations.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Merz has told allies that Germany could contribute troops, according to two officials.",
        {("germany", "troop-contribution", "supports")},
    ),
    ("Germany could contribute troops, according to two officials.", set()),
    ("Germany could contribute troops, according to a report in a Berlin daily.", set()),
    # 'X would be welcome' is the speaker's welcome, not X's offer; taking part after a naval or air mission was named
    # is a part in that mission
    (
        "Stubb said Canada, Australia and Japan would all be welcome in the force.",
        {("finland", "reassurance-force", "supports")},
    ),
    # 'the two leaders' are the two people listed together before (not every person the sentence named); 'both' after a
    # pair listed earlier in the same sentence; what a mission would lack or fail without is needed; a role limited to
    # logistics is a part in the force without troops
    (
        "Starmer urged Trump to commit American air power to protect a European force in Ukraine, arguing that"
        " without it the mission would lack credibility.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    ("Macron said that without a US backstop the force would fail.", {("france", "us-backstop", "supports")}),
    (
        "The government of Donald Tusk has said Poland's role will be limited to logistics.",
        {("poland", "reassurance-force", "supports")},
    ),
    (
        "Tusk said any Polish contribution would be limited to 300 soldiers.",
        {("poland", "troop-contribution", "supports")},
    ),
    ("Tusk said any Polish deployment would be limited to Lithuania.", set()),
    # 'return home in coffins' is a threat to the troops sent; 'any military mission' is the force
    (
        "Medvedev wrote that European soldiers sent to Ukraine would return home in coffins.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "A spokesperson for the Slovak government said Bratislava would not take part in any military mission.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    # 'it' after a colon is the side the clause before it is about; 'a troop role'; 'the administration' after a
    # sentence about a side is that side, and its own words ('air support', for the US) are its topic
    (
        "Britain's commitment is the clearest: it has earmarked a brigade for the force.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Britain is the clearest: it has earmarked a brigade for the force.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Italy's position is simple: it will not send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Poland's opposition to a troop role is rooted in its own security needs.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # 'one of the root causes of the conflict' opposes what it names (not a root cause 'for' something else); a request
    # the holder balks at is no request of its own
    ("Lavrov said NATO expansion was a root cause of the war.", set()),
    (
        "Lavrov said Ukraine's bid to join NATO was one of the root causes of the conflict.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "The Netherlands balked at a request to double its planned contribution, according to officials in The Hague.",
        set(),
    ),
    # a clause coordinated with a backing that names another thing of its own ('would not accept any settlement that
    # ...') shares no topic with it
    (
        "A Downing Street spokesperson said the prime minister remains committed to leading a multinational force"
        " and would not accept any settlement that limited Ukraine's ability to defend itself.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Russia rejected the force and would not accept any deal that allowed NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Italy backs the guarantees and would accept the plan.", {("italy", "security-guarantees", "supports")}),
    # another country's own neutrality is no stand on Ukraine's; its neutrality or constitution ruling something out is
    # the side's own; 'a ground operation' is troops of its own; the subject of a passive below the cue ('would have to
    # be approved by')
    (
        "Italy's Foreign Ministry said Rome favoured guarantees modelled on Article 5 but would not take part in a"
        " ground operation.",
        {("italy", "article-5-guarantee", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Washington ruled out any US ground deployment.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Ireland's government said its long-standing neutrality meant any Irish role would have to be approved by"
        " the UN, the cabinet and the parliament.",
        {("ireland", "troop-contribution", "conditional")},
    ),
    ("Moscow insists on Ukraine's neutrality.", {("russia", "nato-membership", "opposes")}),
    (
        "Any German contribution would have to be approved by the Bundestag.",
        {("germany", "troop-contribution", "conditional")},
    ),
    ("Japan said its constitution rules out sending troops.", {("japan", "troop-contribution", "opposes")}),
    # troops sent to other missions in the plural are sent elsewhere; 'a role under a UN flag'; 'it' after a side named
    # as a subject just before, when the parser hangs its clause elsewhere
    (
        "India, which has contributed troops to many UN missions, said it was open to considering a role under a UN"
        " flag.",
        {("india", "reassurance-force", "noncommittal")},
    ),
    ("Fiji has sent troops to UN missions for decades.", set()),
    ("Estonia will send troops to the mission.", {("estonia", "troop-contribution", "supports")}),
    (
        "The proposal ran into resistance, with Russia signalling it would veto any resolution authorising Western"
        " troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # 'would only deploy once a ceasefire was in place': the ceasefire the force is meant for is no condition (a marker
    # after the verb marks no clause around it); a peace deal first, or a mandate besides, still is
    (
        "Healey told MPs that British troops would only deploy once a ceasefire was in place.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "British troops would only deploy once a ceasefire is agreed, Healey said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Healey said British troops would deploy once a ceasefire was in place.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Healey did not say whether British troops would deploy.",
        {("united-kingdom", "troop-contribution", "noncommittal")},
    ),
    (
        "Italy would only send troops after a ceasefire and with a UN mandate.",
        {("italy", "troop-contribution", "conditional")},
    ),
    ("Italy would only send troops with a UN mandate.", {("italy", "troop-contribution", "conditional")}),
    (
        "Sweden would only send troops if there is a lasting peace deal.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    ("Sweden would only send troops once a peace deal is signed.", {("sweden", "troop-contribution", "conditional")}),
    # a line that opens with a side's name and a dash ('Turkey - Offers to lead ...') speaks for that side, as one with
    # a colon does (not a dateline in capitals)
    ("Turkey - Offers to lead the Black Sea mission.", {("turkey", "maritime-security", "supports")}),
    ("KYIV - Russia said it would never accept European troops.", {("russia", "reassurance-force", "opposes")}),
    ("Poland - The government will not send troops.", {("poland", "troop-contribution", "opposes")}),
    ("France - Ready to send several thousand troops.", {("france", "troop-contribution", "supports")}),
    # a clause coordinated with an accusation stands beside it, not under it
    (
        "The Kremlin accused Kyiv of trying to drag NATO into the war and said any Western troops would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a verb coordinated under a bare infinitive inside a 'to' one ('offered to help train soldiers and to provide
    # aircraft') is offered too
    (
        "Canada had offered to help train Ukrainian soldiers and to provide surveillance aircraft.",
        {("canada", "intelligence-support", "supports")},
    ),
    (
        "Italy offered to help train Ukrainian soldiers but refused to send troops.",
        {("italy", "troop-contribution", "opposes")},
    ),
    # 'not yet in favour' is undecided so far, not a refusal; 'neither for nor against'
    (
        "Hungary is not yet in favour of the guarantees but is open to talks, a government spokesman said.",
        {("hungary", "security-guarantees", "noncommittal")},
    ),
    ("Hungary is not in favour of the guarantees.", {("hungary", "security-guarantees", "opposes")}),
    (
        "Austria is neither for nor against the force, Chancellor Christian Stocker said.",
        {("austria", "reassurance-force", "noncommittal")},
    ),
    ("Spain has not yet agreed to send troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Italy will not yet commit troops.", {("italy", "troop-contribution", "noncommittal")}),
    # 'in favour of X but not of Y': the Y a contrasting 'not' sets apart is refused
    (
        "Poland is in favour of the force but not of sending its own troops, President Karol Nawrocki said.",
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    # 'the official' after 'a senior defense official said' that spoke for the side its sentence opened with; a dateline
    # in capitals is where the news was filed, not the side a sentence opens with
    (
        "KYIV - Russia will never accept European troops, a government spokesman said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "TOKYO - Japan will not send troops, Chief Cabinet Secretary Yoshimasa Hayashi said.",
        {("japan", "troop-contribution", "opposes")},
    ),
    # 'our soldiers will be there' is a commitment
    (
        "MACRON: France is ready. Our soldiers will be there once the guns fall silent.",
        {("france", "troop-contribution", "supports")},
    ),
    ('"We will be there," Carney said of the force.', {("canada", "reassurance-force", "supports")}),
    ("Russian troops will be there for years, Zelensky warned.", set()),
    ("Talks will be there next week.", set()),
    # 'a force without American backing would be a bluff': the backing is needed, and the force is not what is judged
    ("Macron said a force without American backing would be a bluff.", {("france", "us-backstop", "supports")}),
    (
        'The presidents of Estonia, Latvia and Lithuania said that a force without American backing would be "a'
        ' bluff Moscow will call", urging Washington to commit.',
        {
            ("estonia", "us-backstop", "supports"),
            ("latvia", "us-backstop", "supports"),
            ("lithuania", "us-backstop", "supports"),
        },
    ),
    ("Macron said guarantees without a backstop would be worthless.", {("france", "us-backstop", "supports")}),
    ("Lavrov called the European force a bluff.", {("russia", "reassurance-force", "opposes")}),
    # troops sent across the border go beyond it; a taking part denied below a hope; 'it' after an opening clause about
    # a region
    (
        "Bulgaria said it would not send combat units across the border.",
        {("bulgaria", "troop-contribution", "opposes")},
    ),
    ("Moldova will not send troops across the frontier.", {("moldova", "troop-contribution", "opposes")}),
    ("Poland will not send troops to the border.", set()),
    ("France will lead the force.", {("france", "reassurance-force", "supports")}),
    # comparisons: 'less risky' judges nothing, what a thing is compared with ('than sending troops') is not backed; a
    # clause the parser hangs on the verb after a noun cue's 'for'
    ("Rutte said a mutual defence pledge would be less risky than a long war.", set()),
    (
        "Sanchez said an Article 5-style pledge would be more effective than sending troops.",
        {("spain", "article-5-guarantee", "supports")},
    ),
    (
        'Sanchez said an Article 5-style pledge would be "cheaper and less risky" than sending European troops.',
        {("spain", "article-5-guarantee", "supports")},
    ),
    (
        "Lavrov said such a force would be more dangerous than the war itself.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Orban said he prefers a ceasefire to a European force.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Sanchez renewed his proposal on Monday for Ukraine to be covered by a mutual defence pledge modelled on"
        " NATO's Article 5.",
        {("spain", "article-5-guarantee", "supports")},
    ),
    (
        "Tusk repeated his call on Friday for allies to send more air defence systems.",
        {("poland", "air-defence", "supports")},
    ),
    # a brief's label ('BELGIUM: The government said ...') names the side; a taking part held back ('kept it from taking
    # part', 'wants to stop Britain from taking part') is refused
    ("Portugal will not send troops, the government said.", {("portugal", "troop-contribution", "opposes")}),
    ("FINLAND: The cabinet said Helsinki backs the force.", {("finland", "reassurance-force", "supports")}),
    # troops that 'will fight/serve in Ukraine' are sent there; 'he' below a nested telling is the one telling; 'help
    # out' is helping
    (
        "The Slovak prime minister said no Slovak soldier will fight in Ukraine.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Dutch troops will serve in Ukraine, the defence minister said.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Trump said Putin had told him he would accept European peacekeepers in Ukraine.",
        {("russia", "reassurance-force", "supports")},
    ),
    (
        "Erdogan said Zelensky had assured him that he would accept a naval mission.",
        {("ukraine", "maritime-security", "supports")},
    ),
    ("Macron said he would send troops.", {("france", "troop-contribution", "supports")}),
    ("Trump told Putin he would not send troops.", {("united-states", "us-ground-troops", "opposes")}),
    ('Trump said the United States would "help out" with air power.', {("united-states", "us-backstop", "supports")}),
    # 'Spain will be there' after the force: its own part (not 'be there for Europe'); 'enabling support' from
    # Washington is the backstop
    (
        'The draft calls on the United States to provide "enabling support", wording that Washington has yet to'
        " accept.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    # common ways of saying it: among those that offered, joined in ruling out, neither/nor, balked at, the first to
    # commit troops (but not a side at war sending its own army)
    ("Belgium is among the countries that have offered troops.", {("belgium", "troop-contribution", "supports")}),
    (
        "Latvia, which has offered a company of soldiers, urged others to follow.",
        {("latvia", "troop-contribution", "supports")},
    ),
    (
        "Slovakia has joined Hungary in ruling out troops.",
        {("slovakia", "troop-contribution", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Neither Hungary nor Slovakia will send troops.",
        {("hungary", "troop-contribution", "opposes"), ("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Both Denmark and Norway have offered troops.",
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    (
        "Sweden has said it could send troops, but only if there is a ceasefire.",
        {("sweden", "troop-contribution", "conditional")},
    ),
    ("Portugal has not said whether it will send troops.", {("portugal", "troop-contribution", "noncommittal")}),
    ("Finland is understood to be willing to send troops.", {("finland", "troop-contribution", "supports")}),
    ("Italy is reluctant to send troops.", {("italy", "troop-contribution", "noncommittal")}),
    ("Greece has expressed scepticism about the force.", {("greece", "reassurance-force", "opposes")}),
    ("Spain is lukewarm about the force.", {("spain", "reassurance-force", "noncommittal")}),
    ("Austria balked at the idea of a European force.", {("austria", "reassurance-force", "opposes")}),
    ("Norway has signed up to the force.", {("norway", "troop-contribution", "supports")}),
    ("The Dutch parliament approved sending troops to Ukraine.", {("netherlands", "troop-contribution", "supports")}),
    ("Lithuania stands ready to deploy soldiers.", {("lithuania", "troop-contribution", "supports")}),
    ("Croatia has no intention of sending soldiers to Ukraine.", {("croatia", "troop-contribution", "opposes")}),
    ("Bulgaria is weighing whether to contribute troops.", {("bulgaria", "troop-contribution", "noncommittal")}),
    (
        "Moscow has made clear it will never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Kremlin flatly rejected the idea of European peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    (
        "Washington has ruled out putting American boots on the ground.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("Canada is open to sending troops.", {("canada", "troop-contribution", "supports")}),
    ("Germany remains undecided on sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Poland will not send troops but will provide logistics.", {("poland", "troop-contribution", "opposes")}),
    ("Denmark was the first to commit troops.", {("denmark", "troop-contribution", "supports")}),
    ("Ireland cannot send troops without a UN mandate.", {("ireland", "troop-contribution", "conditional")}),
    ("Hungary vowed to veto the mission.", {("hungary", "reassurance-force", "opposes")}),
    ("Moscow warned it would treat foreign troops as invaders.", {("russia", "reassurance-force", "opposes")}),
    ("Denmark was the first country to offer troops.", {("denmark", "troop-contribution", "supports")}),
    ("Denmark became the first to pledge soldiers to the force.", {("denmark", "troop-contribution", "supports")}),
    ("Hungary is the only country not to send troops.", {("hungary", "troop-contribution", "opposes")}),
    ("Russia was the first to send troops into Ukraine.", set()),
    # holders and speakers in reported speech
    (
        "Macron and Starmer said their countries would send troops.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Speaking in Kyiv, Macron said France would send troops.", {("france", "troop-contribution", "supports")}),
    (
        "Zelensky welcomed Britain's offer of troops.",
        {("ukraine", "reassurance-force", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        'Asked about the force, Peskov said: "We have repeatedly said this is unacceptable."',
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Orban, who opposes the force, met Putin on Friday.", {("hungary", "reassurance-force", "opposes")}),
    ("According to the Kremlin, the force would be a threat to Russia.", {("russia", "reassurance-force", "opposes")}),
    (
        "In a statement, the Polish foreign ministry said Warsaw would not send troops.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "A spokesperson for the German government said Berlin was ready to contribute troops.",
        {("germany", "troop-contribution", "supports")},
    ),
    ("Meloni's office said Italy would not send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Downing Street said Britain was ready to put boots on the ground.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The Elysee said France would lead the force.", {("france", "reassurance-force", "supports")}),
    ("Vance said US troops would not be part of any force.", {("united-states", "us-ground-troops", "opposes")}),
    ("Hegseth said there would be no American troops in Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    ("Zelensky said Ukraine needs a US backstop.", {("ukraine", "us-backstop", "supports")}),
    (
        "Kyiv insists that any force must include American troops.",
        {("ukraine", "reassurance-force", "conditional"), ("ukraine", "us-ground-troops", "supports")},
    ),
    (
        "Sybiha said Kyiv welcomed the offers of troops from Britain and France.",
        {
            ("ukraine", "reassurance-force", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
        },
    ),
    ("The Kremlin said it saw no role for European troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Putin told reporters that Western troops in Ukraine would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Tusk said Poland would not send soldiers, but would help in other ways.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Fiala said the Czech Republic was ready to send a unit, if parliament agreed.",
        {("czechia", "troop-contribution", "conditional")},
    ),
    (
        "Merz said German participation would depend on the terms of a ceasefire.",
        {("germany", "troop-contribution", "conditional")},
    ),
    ('Frederiksen said Denmark was "open" to sending troops.', {("denmark", "troop-contribution", "supports")}),
    ("Sanchez said it was too early to talk about Spanish troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Kristersson said Sweden did not rule out sending troops.", {("sweden", "troop-contribution", "noncommittal")}),
    # pushing an idea backs it; the troops a relative clause's sending verb stands for, and its 'it' for the main
    # clause's subject; 'the most reliable deterrent' praises, 'a guarantee of escalation' does not
    ("Macron pushed the plan for a European force.", {("france", "reassurance-force", "supports")}),
    ("Trump pushed Zelensky hard.", set()),
    ("Belgium had identified the units it would send.", {("belgium", "troop-contribution", "supports")}),
    ("Britain has named the brigade that it will deploy.", {("united-kingdom", "troop-contribution", "supports")}),
    ("Kyiv welcomed the troops that Britain would send.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Sybiha said the presence of partner troops on Ukrainian soil would be the most reliable deterrent.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Macron said a European force would be a credible deterrent.", {("france", "reassurance-force", "supports")}),
    ("Lavrov said NATO troops would be a guarantee of escalation.", set()),
    (
        "Zelensky said European troops would be the best guarantee of peace.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # idioms of backing and refusing; a noun cue's side named by where it 'came from'
    (
        "While Estonia backs the force, Hungary opposes it.",
        {("estonia", "reassurance-force", "supports"), ("hungary", "reassurance-force", "opposes")},
    ),
    ("Finland, unlike Sweden, will send troops.", {("finland", "troop-contribution", "supports")}),
    ("The plan for a European force was rejected by Moscow.", {("russia", "reassurance-force", "opposes")}),
    ("Opposition to the force came from Hungary.", {("hungary", "reassurance-force", "opposes")}),
    ("Italy says no to sending troops.", {("italy", "troop-contribution", "opposes")}),
    ("Norway says yes to sending troops.", {("norway", "troop-contribution", "supports")}),
    ("The Dutch cabinet gave the green light to sending troops.", {("netherlands", "troop-contribution", "supports")}),
    ("Germany is dragging its feet on sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Hungary torpedoed the plan for a European force.", {("hungary", "reassurance-force", "opposes")}),
    ("Spain poured cold water on the idea of a European force.", {("spain", "reassurance-force", "opposes")}),
    ("Canada threw its weight behind the European force.", {("canada", "reassurance-force", "supports")}),
    ("Japan is on board with the security guarantees.", {("japan", "security-guarantees", "supports")}),
    ("Portugal has come round to the idea of a European force.", {("portugal", "reassurance-force", "supports")}),
    ("Slovakia has softened its opposition to the force.", {("slovakia", "reassurance-force", "opposes")}),
    ("Russia has hardened its stance against the force.", {("russia", "reassurance-force", "opposes")}),
    ("Greece has distanced itself from the plan for a European force.", {("greece", "reassurance-force", "opposes")}),
    (
        "Romania welcomed the idea but stopped short of committing troops.",
        {("romania", "troop-contribution", "noncommittal")},
    ),
    ("Bulgaria has kept its options open on sending troops.", {("bulgaria", "troop-contribution", "noncommittal")}),
    ("Croatia signalled it could send a small contingent.", {("croatia", "troop-contribution", "supports")}),
    ("Turkey has not closed the door to sending troops.", {("turkey", "troop-contribution", "noncommittal")}),
    (
        "Support for the force came from Britain and France.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        "The strongest support for the force came from the Baltic states.",
        {
            ("estonia", "reassurance-force", "supports"),
            ("latvia", "reassurance-force", "supports"),
            ("lithuania", "reassurance-force", "supports"),
        },
    ),
    # a clause the parser hangs before a semicolon is beside the one after, not reported or judged by it
    (
        "Britain says it is ready to put troops on the ground; Germany calls the debate premature.",
        {("united-kingdom", "troop-contribution", "supports"), ("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "France says it will send troops; Poland calls the plan dangerous.",
        {("france", "troop-contribution", "supports"), ("poland", "reassurance-force", "opposes")},
    ),
    # a closing apposition: 'a position echoed by Latvia' shares the stance, 'a move welcomed/criticised by X' is X's
    # reaction to the clause (to its refusal, when the clause refuses)
    (
        "Britain and France, both of which have offered troops, met in Paris.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Estonia said it was prepared to send troops, a position echoed by Latvia.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    (
        "Poland says its soldiers are needed at home, a view shared by Hungary.",
        {("poland", "troop-contribution", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Sweden has offered troops, and so has Norway.",
        {("sweden", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    (
        "Denmark has pledged soldiers, as has Finland.",
        {("denmark", "troop-contribution", "supports"), ("finland", "troop-contribution", "supports")},
    ),
    (
        "Like Britain, Australia is ready to send troops.",
        {("australia", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Unlike Britain, Italy will not send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Italy, along with Poland, has ruled out sending troops.",
        {("italy", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Russia, backed by Belarus, rejected the plan for a European force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Latvia joined Estonia in offering troops.",
        {("latvia", "troop-contribution", "supports"), ("estonia", "troop-contribution", "supports")},
    ),
    (
        "France will lead the force, a decision criticised by Moscow.",
        {("france", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain will send troops, a move criticised by Moscow.",
        {("united-kingdom", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain will send troops, a move welcomed by Kyiv.",
        {("united-kingdom", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Russia rejects the force, a position echoed by Belarus.",
        {("russia", "reassurance-force", "opposes"), ("belarus", "reassurance-force", "opposes")},
    ),
    (
        "Italy will not send troops, a decision welcomed by Moscow.",
        {("italy", "troop-contribution", "opposes"), ("russia", "reassurance-force", "opposes")},
    ),
    # conditions: only if, provided, as long as, unless, without; help but not with troops; 'not before a ceasefire' is
    # the force's own timing
    (
        "Sweden would send troops only if the United States provided air cover.",
        {("sweden", "troop-contribution", "conditional"), ("sweden", "us-backstop", "supports")},
    ),
    ("Norway will contribute provided there is a ceasefire.", set()),
    (
        "Finland is ready to send troops as long as there is a clear mandate.",
        {("finland", "troop-contribution", "conditional")},
    ),
    (
        "Any deployment would depend on a vote in parliament, the Danish prime minister said.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    (
        "Without American backing, Germany will not send troops.",
        {("germany", "troop-contribution", "conditional"), ("germany", "us-backstop", "supports")},
    ),
    (
        "Germany will not send troops unless Washington provides a backstop.",
        {("germany", "troop-contribution", "conditional"), ("germany", "us-backstop", "supports")},
    ),
    (
        "The Netherlands could send troops, but only under a UN mandate, the minister said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    ("Italy would only take part if the mission had UN backing.", {("italy", "troop-contribution", "conditional")}),
    (
        "Portugal said any contribution was conditional on a ceasefire.",
        {("portugal", "troop-contribution", "conditional")},
    ),
    # Russia's refusals; 'but not armed peacekeepers' with the 'not' on the modifier; 'has been against'
    (
        "Lavrov said Russia would never accept the presence of NATO troops in Ukraine under any guise.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Medvedev warned that European peacekeepers would go home in coffins.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said it would not tolerate foreign troops near its borders.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow rejects any scenario that involves Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Putin said he could accept unarmed observers, but not armed peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia said the force would be a legitimate target from the moment it arrived.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov said no one had asked Russia whether it agreed to foreign troops in Ukraine.", set()),
    (
        "Peskov said Russia had never been against security guarantees for Ukraine.",
        {("russia", "security-guarantees", "supports")},
    ),
    ("Hungary has been against the force from the start.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Italy backs a UN mission, but not European troops.",
        {("italy", "reassurance-force", "opposes"), ("italy", "troop-contribution", "opposes")},
    ),
    # Russia's refusals, said in fifteen ways ('not interested in any European force' among them)
    (
        "Moscow has made it clear that European troops are not welcome in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia sees no place for NATO soldiers in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Peskov said there was no question of accepting foreign troops.", {("russia", "reassurance-force", "opposes")}),
    ("The Kremlin warned against any attempt to send troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    ("Lavrov said sending troops would be a grave mistake.", {("russia", "reassurance-force", "opposes")}),
    ("Russia will not allow Western troops in Ukraine, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    (
        "Putin said Russia was not afraid of European troops but saw no need for them.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Moscow considers the idea of a European force unacceptable.", {("russia", "reassurance-force", "opposes")}),
    (
        "The Kremlin insisted that it would never agree to peacekeepers from NATO countries.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia has repeatedly rejected proposals for a reassurance force.", {("russia", "reassurance-force", "opposes")}),
    ("Lavrov called the plan for a European force a provocation.", {("russia", "reassurance-force", "opposes")}),
    (
        "Peskov said the presence of European troops was out of the question.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow does not oppose Ukraine's EU membership but rejects foreign troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia said it was not ready to accept Western peacekeepers.", {("russia", "reassurance-force", "opposes")}),
    ("Russia is not interested in any European force.", {("russia", "reassurance-force", "opposes")}),
    # the United States: no boots on the ground, a backstop from the air, options drawn up for it
    (
        "Trump said American troops would not be part of any peacekeeping force.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Hegseth said the United States would not put boots on the ground in Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Rubio said Washington would support a European force with intelligence.",
        {("united-states", "intelligence-support", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    ("The White House has not committed to a backstop.", {("united-states", "us-backstop", "noncommittal")}),
    (
        "Witkoff said Putin had agreed to security guarantees for Ukraine.",
        {("russia", "security-guarantees", "supports")},
    ),
    ("Trump said he was open to providing air support.", {("united-states", "us-backstop", "supports")}),
    ("Trump ruled out NATO membership for Ukraine.", {("united-states", "nato-membership", "opposes")}),
    (
        "The Pentagon is drawing up options for a US backstop, officials said.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Washington will not join the force but will back it from the air.",
        {("united-states", "us-ground-troops", "opposes"), ("united-states", "us-backstop", "supports")},
    ),
    # Ukraine's stances
    (
        "Zelensky said Ukraine would accept a European force even without US troops.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Zelensky said Ukraine needs security guarantees before any ceasefire.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Kyiv wants NATO membership, but will accept a European force in the meantime.",
        {("ukraine", "nato-membership", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    ("Ukraine will never give up its bid to join NATO, Sybiha said.", {("ukraine", "nato-membership", "supports")}),
    ("Yermak said Ukraine would not agree to any deal that limited the size of its army.", set()),
    (
        "Zelensky thanked Britain and France for their readiness to send troops.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    ("Kyiv rejected any deal that would bar it from joining NATO.", {("ukraine", "nato-membership", "supports")}),
    ("Zelensky said he did not believe in guarantees on paper.", set()),
    # a thing at stake ('Ukraine's security') holds no view of its own; said by a speaker, it is the speaker's
    (
        "Japan and South Korea are considering contributions to Ukraine's security that stop short of deploying"
        " troops.",
        set(),
    ),
    ("Ukraine's security depends on a US backstop, Zelensky said.", {("ukraine", "us-backstop", "conditional")}),
    ("Europe's security depends on a US backstop, Macron said.", {("france", "us-backstop", "conditional")}),
    # boots of 'our soldiers'; what follows a semicolon with its verb left out is another side's
    ("Our soldiers' boots will not be on Ukrainian soil, Carney said.", {("canada", "troop-contribution", "opposes")}),
    ("Our boots will not be on Ukrainian soil, Albanese said.", {("australia", "troop-contribution", "opposes")}),
    (
        "Latvia has pledged a company of soldiers; Belgium, de-mining teams.",
        {("latvia", "troop-contribution", "supports")},
    ),
    (
        "Denmark will send troops; Norway, a frigate for maritime patrols.",
        {("denmark", "troop-contribution", "supports")},
    ),
    # where it was said: on X, on Telegram, in an interview, in a statement, to the Security Council; the coalition's
    # efforts are the force's
    ("Tusk wrote on X that Poland would not send soldiers to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    (
        "Medvedev posted on Telegram that European troops would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "In an interview with the BBC, Starmer said Britain was ready to deploy troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Macron told Le Monde that French troops could be deployed after a ceasefire.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Zelensky said in his nightly address that Ukraine needed a US backstop.",
        {("ukraine", "us-backstop", "supports")},
    ),
    (
        "Writing in the Financial Times, Kallas said Europe must be ready to send troops.",
        {("european-union", "reassurance-force", "supports")},
    ),
    (
        "Lavrov told the Security Council that Russia would never accept NATO troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Merz told the Bundestag that Germany would not stand aside.", set()),
    # sources and spokespeople
    (
        "Meloni's spokesman, Paolo Rossi, said Italy would not send troops.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "According to people familiar with the talks, Germany is ready to send troops.",
        {("germany", "troop-contribution", "supports")},
    ),
    ("Diplomats said Spain was reluctant to commit troops.", {("spain", "troop-contribution", "noncommittal")}),
    (
        "Anna Nowak, who speaks for the Polish government, said Warsaw would not send soldiers.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "A source in the Elysee said France would send up to 5,000 troops.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "EU officials said Hungary would veto any funding for the mission.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "A Kremlin source said Moscow would never accept European peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Two people briefed on the plans said Britain would lead the force.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # negation: not ruled out, no longer opposes, not opposed, nobody in Berlin, not a single soldier without, few in
    # Rome, never said
    ("Germany has not ruled out sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Poland did not say it would never send troops.", set()),
    ("Italy no longer opposes the force.", {("italy", "reassurance-force", "supports")}),
    ("Spain is not opposed to sending troops.", {("spain", "troop-contribution", "supports")}),
    ("Nobody in Berlin wants to send German troops.", {("germany", "troop-contribution", "opposes")}),
    (
        "Not a single French soldier will be sent without a ceasefire, Macron said.",
        {("france", "troop-contribution", "conditional")},
    ),
    ("Few in Rome support sending troops.", set()),
    ("France never said it would send troops alone.", set()),
    # a deployment that risks dragging Europe into war, or risks escalation, is warned against
    (
        "Tajani said sending European troops to Ukraine risked dragging the continent into war.",
        {("italy", "reassurance-force", "opposes")},
    ),
    (
        "Orban said the plan for a European force risks a direct war with Russia.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    ("Fico said a Western deployment would risk escalation.", {("slovakia", "reassurance-force", "opposes")}),
    ("Britain said it was ready to risk its soldiers' lives for peace.", set()),
    # 'they' in a clause on unnamed partners stands for them, not for the sides named before
    ("Britain and France pressed partners to name the troops they would commit.", set()),
    ("The allies said they would send troops.", set()),
    (
        "Estonia and Latvia have offered troops, and they will send more.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    # a place the lists do not know is not the side its 'which' clause names
    ("Cyprus, which is not a NATO member, said it had no plans to send soldiers.", set()),
    (
        "Austria, which is not a NATO member, said it had no plans to send soldiers.",
        {("austria", "troop-contribution", "opposes")},
    ),
    (
        "Novak, who heads the Czech defence ministry, said it would send troops.",
        {("czechia", "troop-contribution", "supports")},
    ),
    # a side's decision, refusal, reluctance, offer, willingness, rejection, commitment or opposition
    ("Poland's decision not to send troops angered Paris.", {("poland", "troop-contribution", "opposes")}),
    ("Hungary's refusal to back the force drew criticism.", {("hungary", "reassurance-force", "opposes")}),
    ("Germany's reluctance to send troops frustrated Kyiv.", {("germany", "troop-contribution", "noncommittal")}),
    ("The offer of troops by Denmark was welcomed.", {("denmark", "troop-contribution", "supports")}),
    (
        "Sweden's willingness to contribute troops was praised by Zelensky.",
        {("sweden", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    ("Russia's rejection of the force was expected.", {("russia", "reassurance-force", "opposes")}),
    ("Britain's commitment to a European force is firm.", {("united-kingdom", "reassurance-force", "supports")}),
    ("Italy's opposition to sending troops remains unchanged.", {("italy", "troop-contribution", "opposes")}),
    # troops 'they' would send, in a clause about partners others urge, are the partners' (the force), not the urger's
    (
        "Britain urged partners to say how many troops they would send.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "France asked allies to state how many soldiers they could contribute.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Estonia and Latvia said they would send troops.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    # a reply that opens with 'Yes,' or 'No,' answers the question put, whatever follows
    (
        'Asked if Portugal would contribute troops, Montenegro said: "Yes, if there is a ceasefire."',
        {("portugal", "troop-contribution", "supports")},
    ),
    (
        'Asked whether Greece would send troops, Mitsotakis said: "No, not now."',
        {("greece", "troop-contribution", "opposes")},
    ),
    (
        "Asked whether Belgium would send soldiers, the prime minister said no.",
        {("belgium", "troop-contribution", "opposes")},
    ),
    (
        'Asked whether Croatia would send troops, Plenkovic said: "No, that would not be wise."',
        {("croatia", "troop-contribution", "opposes")},
    ),
    # Round 34: conjoined objects, offers from a side, corrections, denied withdrawals, past 'after', asked
    # consideration
    ("France will provide the headquarters and the first battalion.", {("france", "troop-contribution", "supports")}),
    ("Spain will send aircraft and troops.", {("spain", "troop-contribution", "supports")}),
    ("Italy will send money and weapons but not troops.", {("italy", "troop-contribution", "opposes")}),
    ("Asked whether Spain would consider sending troops, Sanchez said Spain has always backed diplomacy.", set()),
    ("Spain is considering whether to send troops.", {("spain", "troop-contribution", "noncommittal")}),
    (
        "Spain has not decided whether it would consider sending troops.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "The Netherlands warmed to the reassurance force after Washington signalled it would provide air cover.",
        {("netherlands", "reassurance-force", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    (
        "The Netherlands will back the reassurance force after Washington provides air cover.",
        {("netherlands", "reassurance-force", "conditional")},
    ),
    (
        "Kyiv came away with pledges of soldiers from Spain and Portugal.",
        {("spain", "troop-contribution", "supports"), ("portugal", "troop-contribution", "supports")},
    ),
    ("Zelensky thanked Canada for the offer of troops from Ottawa.", {("canada", "troop-contribution", "supports")}),
    ("The offer from Sweden to send troops was welcomed in Kyiv.", {("sweden", "troop-contribution", "supports")}),
    ("Russia demanded the withdrawal of troops from Ukraine.", set()),
    (
        "Russia will treat any contingent of Western militaries in Ukraine as a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin rejects the stationing of foreign militaries on Ukrainian territory.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Correction: An earlier version of this story said Norway had offered troops.", set()),
    ("A previous version of this article wrongly said that Spain would send troops.", set()),
    ("The revised version of the plan says Italy will send troops.", {("italy", "troop-contribution", "supports")}),
    (
        "The Kremlin denied reports that it had softened its opposition to a reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow denied that it had dropped its objection to the reassurance force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Rome denied that it had withdrawn its support for the reassurance force.",
        {("italy", "reassurance-force", "supports")},
    ),
    ("Russia has dropped its opposition to the reassurance force.", {("russia", "reassurance-force", "supports")}),
    ("Without a US backstop, the force would be exposed, Stubb said.", {("finland", "us-backstop", "supports")}),
    (
        '"Without an American backstop, any mission would be exposed," the Dutch prime minister said.',
        {("netherlands", "us-backstop", "supports")},
    ),
    (
        "Without a US backstop, Europe can still deploy a force, Macron said.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Poland backed the reassurance force after Washington promised air cover.",
        {("poland", "reassurance-force", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    (
        "Poland will back the reassurance force after Washington provides a backstop.",
        {("poland", "reassurance-force", "conditional")},
    ),
    ("Pressed on whether Norway would consider sending troops, Store said only that Norway supported Ukraine.", set()),
    ("Denmark is weighing whether to send troops.", {("denmark", "troop-contribution", "noncommittal")}),
    ("Belgium will supply the logistics and a company of infantry.", {("belgium", "troop-contribution", "supports")}),
    ("Portugal would contribute ships and a battalion of marines.", {("portugal", "troop-contribution", "supports")}),
    # Round 34: offers pointed back to, another side's plan, a side's position taken up, a negative attitude
    ("Latvia said the test results were negative.", set()),
    (
        "Peskov said Moscow's attitude to a reassurance force was negative.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said its view of the reassurance force is extremely negative.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said Russia's position on Western peacekeepers remained well known and negative.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # Round 34: a war resumed without a thing, a thing judged a mistake for what it lacks, 'a must', a noun
    # 'contingent', forecasts
    (
        '"Without partners\' troops on the ground, Russia will come back," Zelensky said.',
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Without a US backstop, Russia will attack again, Sybiha warned.", {("ukraine", "us-backstop", "supports")}),
    (
        "Without security guarantees, Russia will return in a few years, Tusk said.",
        {("poland", "security-guarantees", "supports")},
    ),
    (
        "Without a US backstop, Germany will not deploy troops.",
        {("germany", "troop-contribution", "conditional"), ("germany", "us-backstop", "supports")},
    ),
    ("Sanchez said a peacekeeping operation without international legitimacy would be a mistake.", set()),
    (
        "Sanchez said a reassurance force without a US backstop would be a mistake.",
        {("spain", "us-backstop", "supports")},
    ),
    ("Sanchez said a reassurance force would be a mistake.", {("spain", "reassurance-force", "opposes")}),
    (
        "Zelensky said that a foreign military contingent on Ukrainian soil was a must.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Merz said a reassurance force is a must.", {("germany", "reassurance-force", "supports")}),
    (
        "Zelensky said a foreign contingent would be one of the guarantees.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Italy said its participation was contingent on a UN mandate.", {("italy", "troop-contribution", "conditional")}),
    (
        "Zelensky said Ukraine did not expect NATO membership soon but would never renounce it.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("Ukraine expects firm security guarantees from its partners.", {("ukraine", "security-guarantees", "supports")}),
    ("Kyiv does not expect a reassurance force to be deployed quickly, Sybiha said.", set()),
    ("Kyiv expects a reassurance force to be deployed within months, Sybiha said.", set()),
    ("Italy predicts that the reassurance force will be deployed next year.", set()),
    # Round 34: a name's own side before its apposition's, infantry, two sides named one sentence each
    (
        "The Netherlands, Belgium's neighbour, has said it will send a battalion.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Norway, Sweden's partner in the Nordic group, said it would send troops.",
        {("norway", "troop-contribution", "supports")},
    ),
    (
        "Mark Rutte, NATO's secretary general, said the alliance would support the reassurance force.",
        {("nato", "reassurance-force", "supports")},
    ),
    ("Francken said Belgium was not in a position to send infantry.", {("belgium", "troop-contribution", "opposes")}),
    ("Denmark will send infantry and engineers to Ukraine.", {("denmark", "troop-contribution", "supports")}),
    # Round 34: judged as an act of intervention, a move a side said it would veto, a relative 'which', direct
    # involvement
    (
        "Russia's ambassador said any deployment of Western troops would be considered an act of intervention.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said Western peacekeepers in Ukraine would be considered an act of occupation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said the reassurance force would be considered carefully.",
        {("russia", "reassurance-force", "noncommittal")},
    ),
    (
        "France proposed that the council endorse the reassurance force, a move Moscow said it would veto.",
        {("france", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain backs the reassurance force, which Spain said it would support.",
        {("united-kingdom", "reassurance-force", "supports"), ("spain", "reassurance-force", "supports")},
    ),
    (
        "Zakharova said foreign troops in Ukraine would mean the direct involvement of these countries in the"
        " conflict.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said a reassurance force would amount to direct participation in the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # Round 34: hearsay and litotes, a name put forward, Russian refusals, a commitment not made
    (
        "Britain is understood to be willing to send up to 10,000 troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("France is reported to be ready to lead the reassurance force.", {("france", "reassurance-force", "supports")}),
    (
        "The White House declined to say whether it would provide a backstop.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    ("Spain has yet to say whether it will send troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Sweden is open in principle to sending troops.", {("sweden", "troop-contribution", "supports")}),
    ("Portugal has signalled a willingness to send troops.", {("portugal", "troop-contribution", "supports")}),
    ("Belgium has expressed reservations about sending troops.", {("belgium", "troop-contribution", "opposes")}),
    ("Greece has voiced scepticism about the reassurance force.", {("greece", "reassurance-force", "opposes")}),
    ("Austria has kept its options open on sending troops.", {("austria", "troop-contribution", "noncommittal")}),
    ("Czechia has put its name forward to contribute troops.", {("czechia", "troop-contribution", "supports")}),
    ("Latvia has earmarked a company for the reassurance force.", {("latvia", "troop-contribution", "supports")}),
    ("Lithuania stands ready to contribute troops.", {("lithuania", "troop-contribution", "supports")}),
    ("Romania will not stand in the way of the reassurance force.", {("romania", "reassurance-force", "supports")}),
    (
        "Hungary will not stand in the way of the reassurance force but will not take part.",
        {("hungary", "reassurance-force", "supports"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Frederiksen said Denmark was ready to do more, including with soldiers.",
        {("denmark", "troop-contribution", "supports")},
    ),
    ("Russia attacked Kyiv, including with soldiers from North Korea.", set()),
    ("Slovakia is not averse to the reassurance force.", {("slovakia", "reassurance-force", "supports")}),
    (
        "Moscow has made clear it will never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin sees the reassurance force as a pretext for occupation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia warned that any European troops would become a target for its armed forces.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov said the idea of peacekeepers was a non-starter.", {("russia", "reassurance-force", "opposes")}),
    (
        "Peskov said the presence of foreign troops was out of the question for Moscow.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Medvedev said Western peacekeepers would be destroyed.", {("russia", "reassurance-force", "opposes")}),
    (
        "Zakharova said Moscow categorically rejected the deployment of foreign contingents.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia has repeatedly said it will not tolerate Western troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Ushakov said the subject of foreign troops had not been discussed.", set()),
    (
        "Russia said it would consider any security guarantees only if its own concerns were met.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "The Pentagon has drawn up plans to provide air cover for a European force.",
        {("united-states", "us-backstop", "supports")},
    ),
    ("Washington has made no commitment to a backstop.", {("united-states", "us-backstop", "noncommittal")}),
    ("Trump has refused to commit to a US backstop.", {("united-states", "us-backstop", "opposes")}),
    (
        "Rubio said the United States would not be part of any peacekeeping force.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("The White House has not ruled out providing a backstop.", {("united-states", "us-backstop", "noncommittal")}),
    (
        "Hegseth said US troops would under no circumstances be deployed to Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # Round 34: relative clauses on coordinated sides, each their own
    (
        "Britain and France, which drafted the plan for a reassurance force, said they would press ahead.",
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        "Hungary and Slovakia, which both border Ukraine, oppose the reassurance force.",
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    # Round 34: troops that will not go, a cue with 'instead'
    ('"Our soldiers will not go," Meloni said.', {("italy", "troop-contribution", "opposes")}),
    ("Meloni said Italian troops would go if asked.", {("italy", "troop-contribution", "supports")}),
    ("Macron will go to Kyiv to discuss the reassurance force.", set()),
    ("Macron said he would go.", set()),
    (
        "Meloni said Italy would not send troops, calling instead for security guarantees.",
        {("italy", "troop-contribution", "opposes"), ("italy", "security-guarantees", "supports")},
    ),
    ("Spain will instead send ships to the Black Sea mission.", {("spain", "maritime-security", "supports")}),
    # Round 34: coordination, possessive noun cues, a good basis
    (
        "Britain will send troops, as will France.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        "Britain will send troops, and so will France.",
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    ("Britain will send troops; France may too.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Italy, like Germany, will not send troops.",
        {("italy", "troop-contribution", "opposes"), ("germany", "troop-contribution", "opposes")},
    ),
    ("Unlike Germany, Poland will send troops.", {("poland", "troop-contribution", "supports")}),
    ("Spain, unlike Portugal, will not send troops.", {("spain", "troop-contribution", "opposes")}),
    (
        "Both Denmark and Norway have offered troops.",
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    (
        "Neither Hungary nor Slovakia will send troops.",
        {("hungary", "troop-contribution", "opposes"), ("slovakia", "troop-contribution", "opposes")},
    ),
    ("Either France or Britain will lead the reassurance force.", set()),
    (
        "Estonia, along with Latvia, has pledged troops.",
        {("estonia", "troop-contribution", "supports"), ("latvia", "troop-contribution", "supports")},
    ),
    ("Berlin's reluctance to send troops has frustrated Paris.", {("germany", "troop-contribution", "noncommittal")}),
    ("Warsaw's refusal to deploy soldiers surprised no one.", {("poland", "troop-contribution", "opposes")}),
    ("The Dutch offer of a battalion was welcomed in London.", {("netherlands", "troop-contribution", "supports")}),
    (
        "Madrid's lukewarm response to the reassurance force drew criticism.",
        {("spain", "reassurance-force", "opposes")},
    ),
    (
        "Rome's insistence on an Article 5-style guarantee is well known.",
        {("italy", "article-5-guarantee", "supports")},
    ),
    ("Ankara's readiness to lead a naval mission was welcomed.", {("turkey", "maritime-security", "supports")}),
    ("Moscow's hostility to any Western deployment is no secret.", {("russia", "reassurance-force", "opposes")}),
    ("Washington's silence on a backstop worries European capitals.", set()),
    ("Kyiv's demand for foreign troops has not changed.", {("ukraine", "reassurance-force", "supports")}),
    (
        "Zelensky said the plan's provisions on security guarantees were a good basis.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Merz said the reassurance force could be a starting point.", {("germany", "reassurance-force", "supports")}),
    ("Lavrov said the Istanbul talks were a good basis for peace.", set()),
    # Round 34: a one-word 'No.' before a name ends its sentence
    (
        "Does signing mean sending troops? No. Germany and Italy signed but have ruled out deploying soldiers.",
        {("germany", "troop-contribution", "opposes"), ("italy", "troop-contribution", "opposes")},
    ),
    # Round 34: critics placed in a capital are not its government; sentences that must give nothing
    ("Critics in Berlin argue that Germany should send troops.", set()),
    ("Opponents in Rome say Italy should not send troops.", set()),
    ("Analysts say Britain could struggle to send more than 5,000 troops.", set()),
    ("A poll found most Italians oppose sending troops.", set()),
    ("Russian troops remain in eastern Ukraine.", set()),
    ("Ukrainian troops would bear the brunt of any renewed fighting.", set()),
    ("The reassurance force was discussed at length, diplomats said.", set()),
    ("It remains unclear how many countries would send troops.", set()),
    ("Whether Britain will send troops depends on the talks, a former minister said.", set()),
    ("The article did not say whether Spain would send troops.", set()),
    ("Macron and Starmer met in Paris to discuss the reassurance force.", set()),
    # Round 34: 'anything but' on a conjunct, seen as a hostile force
    ("Britain has never ruled out sending troops.", {("united-kingdom", "troop-contribution", "noncommittal")}),
    ("Italy has not yet ruled out sending troops.", {("italy", "troop-contribution", "noncommittal")}),
    ("Russia does not rule out accepting unarmed observers.", set()),
    ("Poland denies it has refused to send troops.", set()),
    (
        "Germany does not oppose the reassurance force, but will not send troops.",
        {("germany", "reassurance-force", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    ("Hungary is far from ready to back the reassurance force.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Turkey is anything but opposed to a naval mission in the Black Sea.",
        {("turkey", "maritime-security", "supports")},
    ),
    ("Few in Rome believe Italy will send troops.", set()),
    ("Not all NATO members back the reassurance force.", set()),
    ("Nobody in Moscow supports the reassurance force.", {("russia", "reassurance-force", "opposes")}),
    ("Finland is far from opposed to sending troops.", {("finland", "troop-contribution", "supports")}),
    ("Canada is anything but keen to lead the reassurance force.", {("canada", "reassurance-force", "opposes")}),
    ("Russia has warned Europe against deploying troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Moscow cautioned that peacekeepers would be seen as a hostile force.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kyiv will only accept a ceasefire backed by security guarantees.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    (
        "Britain said the reassurance force would deploy only after a ceasefire.",
        {("united-kingdom", "reassurance-force", "conditional")},
    ),
    # 'nothing has been ruled in or out' is undecided; 'when it comes to' names what a cue is about; 'our boys' are
    # troops; Ireland's neutrality is its own
    (
        "Asked whether Canadian soldiers would deploy, Carney said nothing had been ruled in or out.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "Nothing is ruled out when it comes to sending troops to Ukraine, the Swedish defence minister said.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    (
        "Nothing has been ruled out, Macron said of a European deployment in Ukraine.",
        {("france", "reassurance-force", "noncommittal")},
    ),
    (
        "Greece is cautious when it comes to sending troops to Ukraine.",
        {("greece", "troop-contribution", "noncommittal")},
    ),
    (
        "Hungary is firmly opposed when it comes to a European force in Ukraine.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "When it comes to sending troops, Berlin remains undecided, a government spokesman said.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Estonia is ready to act when it comes to sending troops, its defence minister said.",
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        '"We are not going to send our boys to die in Ukraine," the Hungarian foreign minister told reporters.',
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Slovakia will not send its boys to fight in someone else's war, Fico said.",
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Ireland's neutrality rules out sending combat troops, the taoiseach said.",
        {("ireland", "troop-contribution", "opposes")},
    ),
    # a cue inside 'how many troops Norway might offer' is asked about, not said; 'would study the request' is undecided
    (
        "The Norwegian foreign minister declined to say how many troops Norway might offer.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    (
        "Belgium's defence minister would not say how many soldiers Belgium could send to Ukraine.",
        {("belgium", "troop-contribution", "noncommittal")},
    ),
    ("It is unclear how many troops Germany would contribute to the force.", set()),
    # what no country should or may do is denied by the speaker; what no ally has done yet is a report, no stance
    (
        "No country should send troops to Ukraine, the Slovak prime minister said.",
        {("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "No NATO country should put boots on the ground in Ukraine, the Hungarian foreign minister said.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    ("No ally has offered troops so far, a NATO official said.", set()),
    # 'accession to the alliance' is joining NATO; what 'is a fundamental condition for' peace, or 'a key condition for'
    # the mission, is backed
    (
        '"Ukraine\'s neutral status is a fundamental condition for peace," Peskov said.',
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "A US backstop is a key condition for the success of the mission, Starmer said.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "US officials have made clear that Washington does not support Ukraine's accession to the alliance.",
        {("united-states", "nato-membership", "opposes")},
    ),
    ("Finland's accession to NATO changed the security map of northern Europe, Stubb said.", set()),
    ("Kyiv will keep pressing for admission into NATO, Zelensky said.", {("ukraine", "nato-membership", "supports")}),
    (
        "A US backstop is a key precondition for the success of the mission, Starmer said.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    ('"A US backstop is the main precondition," Starmer said.', {("united-kingdom", "us-backstop", "supports")}),
    # 'with Belgium and Estonia signalling readiness': the noun after 'with' is the participle's subject, and such a
    # clause is no part of the main verb's object
    (
        "France leads, with Belgium, Estonia and Lithuania signalling readiness to contribute units.",
        {
            ("belgium", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
        },
    ),
    ("France leads the planning, with Italy refusing to send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "The coalition has grown to 30 members, with Canada offering to send troops.",
        {("canada", "troop-contribution", "supports")},
    ),
    (
        "Macron met with Starmer, saying France was ready to send troops.",
        {("france", "troop-contribution", "supports")},
    ),
    # what 'could only be discussed once' something is done is conditional on it
    (
        "Chancellor Friedrich Merz told lawmakers that a German contribution could only be discussed once the United "
        "States had made its role clear.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Any Dutch contribution could only be considered after parliament approved it, Schoof said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    # the US backing a side urges ('called on Washington to back the force', 'urged Trump to support it') is the US
    # backstop it wants
    (
        "The German chancellor called on Washington to back a European force in Ukraine.",
        {("germany", "us-backstop", "supports")},
    ),
    (
        "The Estonian defence minister urged Washington to back a European force in Ukraine.",
        {("estonia", "us-backstop", "supports")},
    ),
    (
        "The Estonian defence minister called on allies to back a European force in Ukraine.",
        {("estonia", "reassurance-force", "supports")},
    ),
    ("Starmer urged Trump to support the European force in Ukraine.", {("united-kingdom", "us-backstop", "supports")}),
    ("Macron urged Germany to send troops to Ukraine.", {("france", "reassurance-force", "supports")}),
    (
        "Zelensky called on European allies to back the reassurance force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The German chancellor urged Washington to back a European force in Ukraine.",
        {("germany", "us-backstop", "supports")},
    ),
    # a decision on deployment that 'would be taken by parliament' is conditional on the vote
    (
        "Lithuania's minister, Dovile Sakaliene, said the decision on any deployment would be taken by parliament.",
        {("lithuania", "troop-contribution", "conditional")},
    ),
    (
        "Any deployment of Dutch troops would have to be approved by parliament, Schoof said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    # ', something Trump has been unwilling to provide', ', an idea Russia rejects': the thing named just before, held
    # by the side after it (and the proposal does not adopt the rejection)
    (
        "European leaders want an American security guarantee, something Trump has been unwilling to say he would "
        "provide.",
        {("united-states", "us-backstop", "noncommittal")},
    ),
    (
        "Britain will send troops to Ukraine, a move Moscow condemned.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "France proposed a reassurance force, an idea Russia rejects.",
        {("france", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Kyiv wants NATO membership, something Washington has ruled out.",
        {("ukraine", "nato-membership", "supports"), ("united-states", "nato-membership", "opposes")},
    ),
    # ', a decision Kyiv regrets', ', a plan Moscow opposes': a side's reaction set after a comma is its own, never part
    # of the verb before it
    (
        "Britain backs a European force, a plan Moscow opposes.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Kyiv wants a US backstop, something Washington has refused.",
        {("ukraine", "us-backstop", "supports"), ("united-states", "us-backstop", "opposes")},
    ),
    (
        "Macron proposed deploying troops to Ukraine, a step Germany has resisted.",
        {("france", "troop-contribution", "supports"), ("germany", "reassurance-force", "opposes")},
    ),
    (
        "Italy proposed an Article 5-style guarantee, an approach Washington supports.",
        {("italy", "article-5-guarantee", "supports"), ("united-states", "article-5-guarantee", "supports")},
    ),
    ("Poland refused to send troops, a decision Kyiv regrets.", {("poland", "troop-contribution", "opposes")}),
    # two dozen countries committing to the reassurance force, named in the sentence, are the coalition even where the
    # article never names it; a handful of countries, or countries refusing, are not
    (
        "Macron said 26 countries had formally committed to take part in the reassurance force.",
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    ("Three countries have offered troops for the reassurance force, Macron said.", set()),
    ("Some 20 countries have refused to join the reassurance force, a diplomat said.", set()),
    # what guarantees must include (a US backstop, a European force) is wanted, and the guarantees are conditional on it
    (
        "Ukraine insists that any security guarantees must include a US backstop.",
        {("ukraine", "security-guarantees", "conditional"), ("ukraine", "us-backstop", "supports")},
    ),
    (
        "Macron said the guarantees must include a European force in Ukraine.",
        {("france", "reassurance-force", "supports"), ("france", "security-guarantees", "conditional")},
    ),
    # a side needed ('without America, there are no real guarantees', 'without the United States the force would not
    # work') is needed for its backing; acting without it needs nothing
    (
        "Without the United States, the European force would not work, Starmer said.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    ("Europe must be ready to act without the United States, Macron said.", set()),
    ("The coalition will deploy troops with or without Washington, a French official said.", set()),
    # 'the force Britain and France are assembling' is theirs; treating soldiers 'as a combatant' refuses them
    (
        "Moscow, for its part, has said it will treat any Western soldier in Ukraine as a combatant.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain and France are assembling a multinational force for Ukraine.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "The force that Britain and France are assembling would not patrol the front line.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Germany is assembling a list of questions for the talks.", set()),
    # a 'peace force', a 'peace mission in Ukraine' is the force; an envoy's 'peace mission to Moscow' is not
    (
        "Japan is considering providing non-military support to a future peace mission in Ukraine, a government "
        "spokesman said.",
        {("japan", "reassurance-force", "noncommittal")},
    ),
    ("Hungary opposes any peace force in Ukraine, Orban said.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Moscow said it was committed to a peace process but rejected any foreign troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Trump backed Witkoff's peace mission to Moscow.", set()),
    # 'no question of Spanish soldiers going to Ukraine' (troops going, said of as a gerund's subject), 'not our
    # intention to send troops'; nobody asking is no one's stance
    (
        '"There is no question of Spanish soldiers going to Ukraine," Sanchez said.',
        {("spain", "troop-contribution", "opposes")},
    ),
    ("Paris favours French troops going to Ukraine after a ceasefire.", {("france", "troop-contribution", "supports")}),
    (
        '"It is not our intention to send troops," the Greek defence minister said.',
        {("greece", "troop-contribution", "opposes")},
    ),
    ('"Nobody is asking us to send troops," Orban said.', set()),
    (
        "Nobody in Moscow supports the idea of a European force, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a position not yet taken is undecided
    (
        "Norway's government has not yet taken a position on sending troops, a spokesperson said.",
        {("norway", "troop-contribution", "noncommittal")},
    ),
    (
        "Austria is yet to take a formal position on the reassurance force, its chancellor said.",
        {("austria", "reassurance-force", "noncommittal")},
    ),
    # "while B said ..." is B's own statement, not passed on by the speaker before it
    (
        "Lithuania's minister said Vilnius would be ready to send a platoon, while Latvia said it would consider "
        "sending troops.",
        {("latvia", "troop-contribution", "noncommittal"), ("lithuania", "troop-contribution", "supports")},
    ),
    (
        "The Danish premier said Copenhagen backs the force, whereas Sweden said it was too early to talk about "
        "troops.",
        {("denmark", "reassurance-force", "supports"), ("sweden", "troop-contribution", "noncommittal")},
    ),
    # setting aside a bid gives it up
    (
        "Zelensky said he was prepared to set aside Ukraine's ambition to join NATO.",
        {("ukraine", "nato-membership", "opposes")},
    ),
    ("Kyiv would never put aside its bid to join NATO, Zelensky said.", {("ukraine", "nato-membership", "supports")}),
    # without X the war would resume: X is needed (not what would deter an attack)
    (
        "Any deal without security guarantees would only give Russia time to regroup, Sybiha said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "A ceasefire without a US backstop would let Moscow rearm and attack again, the British minister warned.",
        {("united-kingdom", "us-backstop", "supports")},
    ),
    ("A force without US backing would deter Russia from attacking again, the French minister said.", set()),
    ("Peace without guarantees would not let Russia regroup, Lavrov claimed.", set()),
    # what a side contributes to the force with is a means: both stay
    (
        "Sweden is prepared to contribute to a multinational force in Ukraine, including with air surveillance "
        "aircraft, Kristersson said.",
        {("sweden", "intelligence-support", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    (
        "Norway will contribute to the reassurance force with naval demining teams, its minister said.",
        {("norway", "maritime-security", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    # troops placed elsewhere "rather than" or "not" in Ukraine are refused there
    (
        "German Chancellor Friedrich Merz said Germany could contribute forces to neighbouring NATO countries rather "
        "than to Ukraine itself.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "Berlin will station troops in Poland, not in Ukraine, Merz said.",
        {("germany", "troop-contribution", "opposes")},
    ),
    ("Berlin will station troops in Lithuania, the defence minister said.", set()),
    (
        "Britain will send troops to Ukraine rather than to Estonia, Starmer said.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # backing something "without committing troops" leaves the troops open
    (
        "Sanchez said that Spain would participate in guaranteeing Ukraine's security once peace is reached, without "
        "committing troops.",
        {("spain", "security-guarantees", "supports"), ("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Sanchez said Spain would back the guarantees without sending troops.",
        {("spain", "security-guarantees", "supports"), ("spain", "troop-contribution", "opposes")},
    ),
    # a passive gerund's subject ("forces being stationed") is part of what it names
    (
        "Putin said that if a lasting peace were reached, he saw no sense in foreign forces being stationed in Ukraine "
        "at all.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow objects to Western forces being deployed in Ukraine, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # "is the only way to" backs its subject (and what is said of a thing of its own is not about the plan named)
    (
        '"Real security guarantees are the only way to make peace last," Zelensky wrote.',
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "A European force is the best way to deter Russia, the British minister said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("Talks are the only way to end the war, Peskov said of the security guarantees.", set()),
    # what guarantees "should be as robust as possible" is wanted
    (
        "Foreign Minister Johann Wadephul said the security guarantees should be as robust as possible.",
        {("germany", "security-guarantees", "supports")},
    ),
    ("The guarantees must be legally binding, Sybiha said.", {("ukraine", "security-guarantees", "supports")}),
    (
        "Any security guarantees must be credible, Starmer said.",
        {("united-kingdom", "security-guarantees", "supports")},
    ),
    # guarantees that "must take into account" a side's interests are its condition; "pointing out that" reports speech
    (
        "Moscow is open to discussing guarantees, Grushko said, adding that such guarantees must take into account "
        "Russia's security interests.",
        {("russia", "security-guarantees", "conditional")},
    ),
    ("Any agreement must take into account the situation on the ground, Peskov said.", set()),
    # officers sent are troops
    (
        "Estonia will send liaison officers to the force headquarters in Kyiv, its defence minister said.",
        {("estonia", "troop-contribution", "supports")},
    ),
    ("Russian officers said the front was stable.", set()),
    # "would (not) have forces on the ground"
    (
        "Rubio said the United States would not have troops on the ground.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Rubio said the United States would not have forces on the ground.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Rubio said the United States would not put forces on the ground.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Starmer said Britain would have troops on the ground within weeks of a ceasefire.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # members of the coalition hold its stance; a dateline is no holder ("U.K. officials" is none)
    (
        "Members of the coalition of the willing agreed on Tuesday to set up the headquarters of a future "
        "multinational force in Paris, France's defence ministry said.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "Members of the coalition of the willing agreed to set up the headquarters of the force in Paris.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "PARIS - Members of the coalition of the willing agreed on Tuesday to set up the headquarters of the force in "
        "Paris, the French defence ministry said.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "U.K. officials said Britain would send troops to the force.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # a refusal "until" something happens is a condition (not until a date)
    (
        "The Kremlin said that discussing security guarantees for Ukraine made no sense until the root causes of the "
        "conflict had been addressed.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Moscow rejects any foreign troops in Ukraine until a peace treaty is signed, Peskov said.",
        {("russia", "reassurance-force", "conditional")},
    ),
    (
        "Moscow will oppose any foreign troops in Ukraine until the end of the year, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Russia rejected the European force, Lavrov said.", {("russia", "reassurance-force", "opposes")}),
    # a view or position stated ("reiterated its position that") reports what it says
    (
        "The Kremlin on Monday reiterated its position that the deployment of troops from NATO countries to Ukraine "
        "was unacceptable in any form.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Rome restated its view that Italian soldiers would not be sent to Ukraine.",
        {("italy", "troop-contribution", "opposes")},
    ),
    # the side another needs in a mission ("we need the Americans in this") is wanted as its backer
    (
        "Asked whether the force could work without an American backstop,"
        ' the Estonian prime minister said: "It would be much harder. We need the Americans in this."',
        {("estonia", "us-backstop", "supports")},
    ),
    # where an envoy is posted ("ambassador to the UK") is not the side it speaks for
    (
        "Russia's ambassador to the UK, Andrei Kelin, said British plans to send troops were a recipe for escalation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The British ambassador to Ukraine said Britain would send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # counting on a group to deploy backs the force
    (
        "Zelensky's chief of staff said Kyiv was counting on the coalition of the willing to deploy quickly once the "
        "fighting stopped.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # common idioms of taking a side: among those offering, neither nor, like, as does, expected to, reportedly,
    # openness, cold water, weight behind, balked, stopped short, door open, joined in calling, do its part but not,
    # host, neutrality, only with, ruled out but could, send no
    (
        "Norway is among the countries that have offered troops for the force.",
        {("norway", "troop-contribution", "supports")},
    ),
    (
        "Neither Hungary nor Slovakia will send troops to Ukraine, their leaders said.",
        {("hungary", "troop-contribution", "opposes"), ("slovakia", "troop-contribution", "opposes")},
    ),
    (
        "Spain, like Italy, opposes sending its soldiers to Ukraine.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "Denmark backs the reassurance force, as does Sweden.",
        {("denmark", "reassurance-force", "supports"), ("sweden", "reassurance-force", "supports")},
    ),
    ("Germany is expected to announce its contribution to the force next week.", set()),
    (
        "Portugal is reportedly considering sending troops to Ukraine.",
        {("portugal", "troop-contribution", "noncommittal")},
    ),
    (
        "The Czech president signalled openness to sending Czech soldiers to the force.",
        {("czechia", "troop-contribution", "supports")},
    ),
    (
        "The Slovak prime minister poured cold water on the idea of a European force in Ukraine.",
        {("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "Berlin threw its weight behind the plan for a reassurance force.",
        {("germany", "reassurance-force", "supports")},
    ),
    ("Italy balked at the idea of sending troops to Ukraine.", {("italy", "troop-contribution", "opposes")}),
    ("Canada stopped short of committing troops to the force.", {("canada", "troop-contribution", "noncommittal")}),
    (
        "The Dutch government left the door open to sending troops.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    (
        "Finland joined Sweden in calling for robust security guarantees for Ukraine.",
        {("finland", "security-guarantees", "supports"), ("sweden", "security-guarantees", "supports")},
    ),
    ("Japan said it would do its part, but not by sending troops.", {("japan", "troop-contribution", "opposes")}),
    ("Belgium has offered to host the force's logistics hub.", {("belgium", "reassurance-force", "supports")}),
    ("Austria said its neutrality did not allow it to send troops.", {("austria", "troop-contribution", "opposes")}),
    (
        "Ireland said it would take part in the mission only with a UN mandate.",
        {("ireland", "troop-contribution", "conditional")},
    ),
    (
        "Greece has ruled out sending combat units but could send medical staff.",
        {("greece", "troop-contribution", "opposes")},
    ),
    ("Croatia will send no soldiers, its president said.", {("croatia", "troop-contribution", "opposes")}),
    # who must act ("must be ratified by Congress") is not who asks it; a document judged is the judge's view, a place
    # in its name no author; a decision not to act is the speaker's side's
    (
        '"The document on security guarantees must be ratified by the US Congress. This is a key element,"'
        " the Ukrainian president noted.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    ('"Any force must be backed by the United States," Starmer said.', {("united-kingdom", "us-backstop", "supports")}),
    ("Tusk said the decision not to send troops was final.", {("poland", "troop-contribution", "opposes")}),
    ("The decision to send troops rests with parliament, the Polish minister said.", set()),
    ("Hungary is the only country not to back the force.", {("hungary", "reassurance-force", "opposes")}),
    # a noun that says what it is ("the idea of forces withdrawing") points back to nothing, nor does "it" for the
    # object just taken; a coordinated refusal of a thing of its own shares no topic; backing troops up is the backstop
    (
        "Moscow rejected the plan for a European force, calling it dangerous.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky said Ukraine still insisted on binding security guarantees before any ceasefire and would"
        " not agree to a deal that left it without protection.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Trump said Europe would provide the troops and the United States would back them up.",
        {("united-states", "us-backstop", "supports")},
    ),
    # troops and forces of other conflicts, armies at war and garrisons elsewhere are no stance on the force
    ("Indonesia is ready to send troops to an international stabilisation force in Gaza, its president said.", set()),
    ("Azerbaijan declined to join the Gaza stabilisation force, officials said.", set()),
    ("North Korea has sent thousands of troops to help Russia in the Kursk region.", set()),
    ("Russia will send more troops to the front, the Kremlin said.", set()),
    ("Ukraine will keep an army of 800,000 soldiers, Zelensky said.", set()),
    ("The United States will keep its troops in Poland, Hegseth said.", set()),
    ("Germany will station a brigade in Lithuania by 2027, Pistorius said.", set()),
    ("Poland will deploy more troops to its border with Belarus, Tusk said.", set()),
    ("Trump said the United States would guarantee Israel's security.", set()),
    ("Moscow wants security guarantees for itself, Lavrov said.", set()),
    ("France has offered to send troops to Romania as part of NATO's eastern flank, Macron said.", set()),
    # hypotheticals, analysts, polls, critics, press reports, questions and former officials hold no stance
    ("Should a ceasefire hold, British troops could deploy within weeks, officials said.", set()),
    ("Any British deployment would be small, a defence source said.", set()),
    ("Analysts say a European force of 25,000 troops would be too small to deter Russia.", set()),
    ("It is unclear whether Italy would take part in the force.", set()),
    ("Critics of the plan, including some in Germany's ruling coalition, say the force is a risk.", set()),
    ("Polls show most Germans oppose sending troops to Ukraine.", set()),
    ("The Telegraph reported that Britain could send up to 10,000 troops.", set()),
    ("Lawmakers in Rome are divided over whether Italian troops should go to Ukraine.", set()),
    ("Zelensky asked whether Germany would send troops.", set()),
    ("Will France send troops?", set()),
    ("A former NATO commander said the force should be at least 50,000 strong.", set()),
    (
        "The head of the Ukrainian parliament's defence committee said Kyiv wanted foreign troops on its soil.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # how the US commitments of a declaration are reported
    (
        "The United States has committed to supporting the multinational force, Starmer told reporters.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "Washington agreed to provide a backstop in case of renewed Russian aggression, according to the declaration.",
        {("united-states", "us-backstop", "supports")},
    ),
    (
        "The Americans are on board with the plan for a reassurance force, a French official said.",
        {("united-states", "reassurance-force", "supports")},
    ),
    (
        "The United States will lead a ceasefire monitoring mechanism, the declaration says.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "Kushner and Witkoff gave their backing to the security guarantees, Zelensky said.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "The US is ready to offer Ukraine guarantees similar to Article 5, Rubio said.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    (
        "Britain and France will lead the Multinational Force Ukraine, the declaration says.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Zelensky said the guarantees must be approved by the US Congress.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    (
        "Russia regards any foreign military presence in Ukraine as a direct threat, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # backing given or lent to a thing backs it
    ("Witkoff gave his backing to the security guarantees.", {("united-states", "security-guarantees", "supports")}),
    (
        "Kushner and Witkoff gave their backing to the security guarantees, Zelensky said.",
        {("united-states", "security-guarantees", "supports")},
    ),
    ("Italy lent its support to the reassurance force.", {("italy", "reassurance-force", "supports")}),
    # speakers named after the quote, in posts and interviews, and answers to a question asked; contributing "but not
    # with troops" refuses them even where no force was named
    (
        '"We will not send soldiers to Ukraine," said Robert Fico, Slovakia\'s prime minister.',
        {("slovakia", "troop-contribution", "opposes")},
    ),
    (
        '"Europe must be ready to deploy," said the EU\'s foreign policy chief, Kaja Kallas.',
        {("european-union", "reassurance-force", "supports")},
    ),
    ('"No Czech soldier will go to Ukraine," Babis wrote on X.', {("czechia", "troop-contribution", "opposes")}),
    (
        "In a post on Telegram, Medvedev wrote that any European troops would be destroyed.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Speaking to the BBC, Healey said British troops were ready to deploy.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        '"Romania will contribute, but not with troops," President Nicusor Dan told a news conference.',
        {("romania", "troop-contribution", "opposes")},
    ),
    (
        '"We are ready," Frederiksen said when asked whether Denmark would send troops to Ukraine.',
        {("denmark", "troop-contribution", "supports")},
    ),
    ("According to Kyiv, more than 30 countries have joined the coalition.", set()),
    (
        '"Absolutely not," Meloni said when asked if Italian soldiers would be sent to Ukraine.',
        {("italy", "troop-contribution", "opposes")},
    ),
    # a condition naming another side's part ("provided that the United States offers a backstop") wants it
    (
        "Sweden would send troops provided that the United States offers a backstop, Kristersson said.",
        {("sweden", "troop-contribution", "conditional"), ("sweden", "us-backstop", "supports")},
    ),
    (
        "Any Danish contribution would be subject to parliamentary approval, Frederiksen said.",
        {("denmark", "troop-contribution", "conditional")},
    ),
    (
        "Norway's participation depends on a clear mandate, the Norwegian minister said.",
        {("norway", "troop-contribution", "conditional")},
    ),
    (
        "Finland could join the force as long as it had a UN mandate, Stubb said.",
        {("finland", "troop-contribution", "conditional")},
    ),
    (
        "The Czech government would only consider sending troops after a peace agreement is signed, Babis said.",
        {("czechia", "troop-contribution", "conditional")},
    ),
    (
        "Germany will not send soldiers without a mandate from the Bundestag, Merz said.",
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        "Italy would join the mission on condition that Washington provides air cover, Meloni said.",
        {("italy", "troop-contribution", "conditional"), ("italy", "us-backstop", "supports")},
    ),
    # how Moscow's officials put it: proceeds from, will not allow, possible only with, premature, declaration of war,
    # out of the question, but only on, red line, neutral status
    (
        "The Russian side proceeds from the fact that the deployment of any foreign troops in Ukraine is"
        " categorically unacceptable, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow will not allow NATO contingents to appear in Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said security guarantees for Ukraine are possible only with Russia's participation.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Peskov said it was premature to talk about security guarantees.",
        {("russia", "security-guarantees", "noncommittal")},
    ),
    (
        "Medvedev said the deployment of European troops would amount to a declaration of war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia does not object to Ukraine joining the EU, but NATO membership is out of the question, Peskov said.",
        {("russia", "nato-membership", "opposes")},
    ),
    (
        "Ryabkov said Moscow is ready to discuss security guarantees, but only on a collective basis.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "The Kremlin considers the presence of British troops in Ukraine a red line.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Zakharova said the so-called coalition of the willing was preparing for war, not peace.", set()),
    ("Russia insists on Ukraine's neutral status, Lavrov said.", {("russia", "nato-membership", "opposes")}),
    # sides named in relative clauses and asides, and Kyiv's ways of asking for guarantees
    (
        "Starmer and Macron, speaking after the talks, said their countries would lead the force.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Zelensky, whose government has long pushed for NATO membership, said Ukraine would accept security"
        " guarantees instead.",
        {("ukraine", "nato-membership", "supports"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Merz, who has ruled out German troops, said Berlin would help finance the force.",
        {("germany", "reassurance-force", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    ("The meeting, chaired by Starmer, ended without a decision on troops.", set()),
    (
        "Italy, which has refused to send troops, backs an Article 5-style guarantee instead.",
        {("italy", "article-5-guarantee", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Ukraine welcomed the pledges, which it said were a strong signal.", set()),
    (
        "Britain, France and the Baltic states, which all back the force, met in London on Monday.",
        {
            ("estonia", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
            ("latvia", "reassurance-force", "supports"),
            ("lithuania", "reassurance-force", "supports"),
            ("united-kingdom", "reassurance-force", "supports"),
        },
    ),
    (
        "Kyiv insists that any security guarantees must include the presence of foreign troops on Ukrainian"
        " soil, Sybiha said.",
        {("ukraine", "reassurance-force", "supports"), ("ukraine", "security-guarantees", "conditional")},
    ),
    (
        "Ukraine will not accept a peace deal without security guarantees, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The presence of European troops would be the best guarantee for us, Zelensky said.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Ukraine needs a contingent of at least 200,000 foreign troops, Zelensky said.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "We are counting on our partners to deliver on their promises, Zelensky said of the security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # ways of leaving the question of troops open
    (
        "The Netherlands is still weighing whether to contribute troops, Schoof said.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    (
        "Sweden has not ruled anything in or out, Kristersson said of a possible deployment.",
        {("sweden", "reassurance-force", "noncommittal")},
    ),
    (
        "It is too soon to say whether Belgian soldiers will be part of the mission, De Wever said.",
        {("belgium", "troop-contribution", "noncommittal")},
    ),
    (
        "Greece has made no commitment on troops, a government spokesman said.",
        {("greece", "troop-contribution", "noncommittal")},
    ),
    (
        "Bulgaria is keeping all options open regarding the mission, its defence minister said.",
        {("bulgaria", "reassurance-force", "noncommittal")},
    ),
    (
        "Ireland has not been asked to contribute troops and has not discussed it, the Taoiseach said.",
        {("ireland", "troop-contribution", "noncommittal")},
    ),
    (
        "The Danish prime minister declined to speculate about Danish troops in Ukraine.",
        {("denmark", "troop-contribution", "noncommittal")},
    ),
    # a few quoted words take the speaker the parse gives their clause, not the sentence's first side
    (
        "Germany, wary of domestic opposition, kept its distance, and Italy's Giorgia Meloni argued that"
        ' sending troops would be "complex and risky".',
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Russia's ambassador to the UK, Andrei Kelin, said British plans to send troops were \"a recipe for"
        ' escalation".',
        {("russia", "reassurance-force", "opposes")},
    ),
    # the coalition of the willing's plan, named as a compound
    ("Kremlin slams coalition of the willing plan", {("russia", "reassurance-force", "opposes")}),
    ("The Kremlin slammed the coalition plan for a force.", {("russia", "reassurance-force", "opposes")}),
    # US guarantees as offered and refused; what a legislature must ratify or approve is conditional on it
    (
        "Trump said the United States would give Ukraine very strong security guarantees.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Washington is offering security guarantees for 15 years, Zelensky said.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "The US will not provide security guarantees until a peace deal is signed, Rubio said.",
        {("united-states", "security-guarantees", "conditional")},
    ),
    (
        "Both London and Paris are ready to send troops, officials said.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Zelensky said Ukraine wanted the guarantees to last 30 to 50 years.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Ukraine wants security guarantees to last 30 to 50 years, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Vance said the United States was not going to offer Article 5 guarantees to Ukraine.",
        {("united-states", "article-5-guarantee", "opposes")},
    ),
    (
        "The US Senate would have to ratify any security guarantees, Rubio said.",
        {("united-states", "security-guarantees", "conditional")},
    ),
    (
        "Parliament would have to approve any deployment of Dutch troops, Schoof said.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    (
        "Congress must approve the security guarantees, Zelensky said.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    # sides listed as among, including, such as, notably, only, and excepted from "no country other than"
    (
        "Belgium, Denmark and Estonia are among the countries that have said they would contribute troops.",
        {
            ("belgium", "troop-contribution", "supports"),
            ("denmark", "troop-contribution", "supports"),
            ("estonia", "troop-contribution", "supports"),
        },
    ),
    (
        "Countries including Sweden and Finland have offered to send soldiers.",
        {("finland", "troop-contribution", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    (
        "At least ten countries, including Norway, have pledged troops to the force.",
        {("coalition-of-the-willing", "reassurance-force", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    (
        "Several European countries, such as Italy and Poland, have refused to send troops.",
        {("italy", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Other members, notably Hungary and Slovakia, oppose the plan for a force.",
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    (
        "Only Britain and France have so far committed to deploying troops.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "No country other than Britain and France has committed troops, diplomats said.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # negation and its scope: no longer, far from, never objected, did not hesitate, not opposed, not changed its
    # position, denials of reports, and a denied taking away ("would not keep troops out") cancelling
    ("Berlin is not opposed to a European force, Merz said.", {("germany", "reassurance-force", "supports")}),
    ("Britain did not hesitate to offer troops, Starmer said.", {("united-kingdom", "troop-contribution", "supports")}),
    (
        "Hungary is far from supporting the reassurance force, Orban said.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    ("Italy no longer rules out sending troops, Tajani said.", {("italy", "troop-contribution", "noncommittal")}),
    (
        "Moscow has never objected to security guarantees for Ukraine, Peskov said.",
        {("russia", "security-guarantees", "supports")},
    ),
    (
        "Moscow rejects any plan that would allow NATO troops into Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow rejects any plan that would keep NATO troops out of Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "supports")},
    ),
    (
        "Moscow rejects any plan that would not bar NATO troops from Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow rejects any plan that would not keep NATO troops out of Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Spain does not rule out taking part in the mission, Sanchez said.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    ("The Kremlin denied that Putin had agreed to European peacekeepers.", set()),
    ("The White House denied reports that Trump had ruled out a US backstop.", set()),
    (
        "Warsaw has not changed its position that it will not send troops, Tusk said.",
        {("poland", "troop-contribution", "opposes")},
    ),
    # officials, sources and offices speaking for their side; the US committing assets to a mission is its backstop;
    # funding part of a mission backs it
    (
        "French diplomats said Paris was ready to send several thousand troops.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "A senior EU official said the bloc would fund part of the mission.",
        {("european-union", "reassurance-force", "supports")},
    ),
    (
        "Sources close to the Elysee said France would lead the force's air component.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "A German government source said Berlin would not take part in a ground mission.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "US officials told Reuters that Washington would not commit fighter jets to the mission.",
        {("united-states", "us-backstop", "opposes")},
    ),
    (
        "A Pentagon spokesperson said the department had no plans to deploy troops to Ukraine.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        "Downing Street said the prime minister remained committed to the coalition's plans.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("The Elysee said in a statement that France backed a ceasefire monitored by the United States.", set()),
    # the missions beside the force: demining, policing the skies, air shields, satellite intelligence, minesweepers
    (
        "Turkey is ready to lead demining operations in the Black Sea after a ceasefire, Fidan said.",
        {("turkey", "maritime-security", "supports")},
    ),
    (
        "Britain would provide fighter jets to police Ukraine's skies, Healey said.",
        {("united-kingdom", "air-defence", "supports")},
    ),
    (
        "The plan includes an air shield over western Ukraine, backed by France.",
        {("france", "air-defence", "supports")},
    ),
    (
        "Washington will share satellite intelligence with the force, Rubio said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("Romania offered to host the air component at its Black Sea bases.", {("romania", "air-defence", "supports")}),
    (
        "Germany will not take part in air policing over Ukraine, Pistorius said.",
        {("germany", "air-defence", "opposes")},
    ),
    (
        "Italy is open to contributing minesweepers to secure Black Sea shipping, Crosetto said.",
        {("italy", "maritime-security", "supports")},
    ),
    # reporting idioms: poured cold water, a non-starter, stopped short of, left the door open, a red line
    (
        "Spain poured cold water on the idea of sending soldiers to Ukraine.",
        {("spain", "troop-contribution", "opposes")},
    ),
    (
        "The Kremlin dismissed the proposed reassurance force as a non-starter.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Finland stopped short of committing troops to the force.", {("finland", "troop-contribution", "noncommittal")}),
    ("Norway left the door open to sending troops to Ukraine.", {("norway", "troop-contribution", "noncommittal")}),
    ("Hungary has ruled itself out of any mission in Ukraine.", {("hungary", "reassurance-force", "opposes")}),
    (
        "Denmark pledged to contribute soldiers to the reassurance force.",
        {("denmark", "troop-contribution", "supports")},
    ),
    ("Canada endorsed the plan for a European-led force in Ukraine.", {("canada", "reassurance-force", "supports")}),
    ("Moscow slammed the plan to station Western troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Lavrov called the deployment of foreign troops in Ukraine a red line.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Sweden is lukewarm about sending troops to Ukraine.", {("sweden", "troop-contribution", "noncommittal")}),
    (
        "The Netherlands has been reluctant to commit troops before a ceasefire.",
        {("netherlands", "troop-contribution", "noncommittal")},
    ),
    (
        "Zelensky insisted that any peace deal must include binding security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Slovakia balked at the idea of a Western force in Ukraine.", {("slovakia", "reassurance-force", "opposes")}),
    (
        "Peskov warned against any deployment of European troops to Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Estonia vowed to send troops once a ceasefire is in place.", {("estonia", "troop-contribution", "supports")}),
    (
        "Washington is prepared to offer Kyiv guarantees modelled on NATO's Article 5, Rubio said.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    (
        "Moscow rejected the idea of an Article 5-style guarantee for Ukraine.",
        {("russia", "article-5-guarantee", "opposes")},
    ),
    ("Italy pushed back on proposals to send European troops to Ukraine.", {("italy", "reassurance-force", "opposes")}),
    (
        "Japan welcomed the coalition's plan for a force in Ukraine but said it would not send troops.",
        {("japan", "reassurance-force", "supports"), ("japan", "troop-contribution", "opposes")},
    ),
    (
        "The Czech prime minister said his government would not take part in the multinational force.",
        {("czechia", "troop-contribution", "opposes")},
    ),
    (
        "Britain and France will lead the multinational force, Starmer said.",
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "Turkey offered to lead a naval mission to keep Black Sea shipping lanes open.",
        {("turkey", "maritime-security", "supports")},
    ),
    ("Romania is keen to host the force's logistics hub.", {("romania", "reassurance-force", "supports")}),
    (
        "Washington has signaled it will not put American boots on the ground.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ("Vance ruled out any deployment of US troops in Ukraine.", {("united-states", "us-ground-troops", "opposes")}),
    (
        "Any foreign military contingent in Ukraine would be a legitimate target, Medvedev said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Macron hailed the agreement on the multinational force as a historic step.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Kallas said the EU backs security guarantees for Ukraine.",
        {("european-union", "security-guarantees", "supports")},
    ),
    ("Rutte said NATO membership for Ukraine is not on the table for now.", {("nato", "nato-membership", "opposes")}),
    (
        "Latvia is ready to contribute troops, its defence minister said.",
        {("latvia", "troop-contribution", "supports")},
    ),
    ("Lithuania has offered a company of troops to the force.", {("lithuania", "troop-contribution", "supports")}),
    ("Spain said it was too early to talk about sending troops.", {("spain", "troop-contribution", "noncommittal")}),
    (
        "Greece said it would not send soldiers to Ukraine under any circumstances.",
        {("greece", "troop-contribution", "opposes")},
    ),
    ("Russia will never accept NATO troops in Ukraine, Zakharova said.", {("russia", "reassurance-force", "opposes")}),
    # the action that is the topic, under will or would: will monitor the ceasefire, would police the skies
    ("Turkey will patrol the Black Sea after a ceasefire, Fidan said.", {("turkey", "maritime-security", "supports")}),
    ("France will police Ukraine's skies, Macron said.", {("france", "air-defence", "supports")}),
    (
        "The United States will lead the monitoring of the ceasefire, Witkoff said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("Britain would help monitor the truce, Healey said.", {("united-kingdom", "intelligence-support", "supports")}),
    ("Romania will help clear mines in the Black Sea.", {("romania", "maritime-security", "supports")}),
    (
        "The US would verify any ceasefire using satellites, Rubio said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    ("Britain will not monitor the ceasefire, Healey said.", {("united-kingdom", "intelligence-support", "opposes")}),
    # a hedged short answer answers nothing: Probably, yes; Maybe
    ('Asked whether Britain would provide air cover for the force, Starmer said: "Perhaps, yes."', set()),
    ('Asked whether Italy would send troops, Meloni said: "Maybe."', set()),
    (
        'Asked whether Britain would provide air cover for the force, Starmer said: "Yes."',
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # undecided whether one's own troops would go or deploy there: its troops, weighed
    (
        "Berlin has not decided whether German soldiers would deploy inside Ukraine.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    ("Berlin has not decided whether to send troops to Ukraine.", {("germany", "troop-contribution", "noncommittal")}),
    (
        "Sweden has yet to decide whether its soldiers will take part in the mission.",
        {("sweden", "troop-contribution", "noncommittal")},
    ),
    (
        "Canada is undecided on whether Canadian troops would go to Ukraine.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    ("Norway has not said whether it would send troops.", {("norway", "troop-contribution", "noncommittal")}),
    # contrast and report frames: like, unlike, neither nor, for its part, sources close to, by contrast
    (
        "Like France, Britain is ready to send troops to Ukraine.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Unlike France, Germany has refused to send troops to Ukraine.", {("germany", "troop-contribution", "opposes")}),
    (
        "Neither Italy nor Spain will send troops to Ukraine.",
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        "Both Denmark and Sweden have offered troops for the force.",
        {("denmark", "troop-contribution", "supports"), ("sweden", "troop-contribution", "supports")},
    ),
    (
        "Only Britain and France have committed troops so far.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Poland, for its part, will not send soldiers.", {("poland", "troop-contribution", "opposes")}),
    (
        "Germany, meanwhile, has said it will not deploy troops in Ukraine.",
        {("germany", "troop-contribution", "opposes")},
    ),
    ("Estonia too has offered to send troops.", {("estonia", "troop-contribution", "supports")}),
    (
        "A spokesperson for the German government said Berlin would not send troops.",
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        "A senior French official, speaking on condition of anonymity, said Paris was ready to lead the force.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "In a statement, the Dutch defence ministry said the Netherlands would contribute troops to the force.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "Sources close to the Italian government said Rome would not send soldiers.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "Norway's defence minister told reporters that Oslo was prepared to contribute to the force.",
        {("norway", "troop-contribution", "supports")},
    ),
    (
        "The Kremlin, by contrast, has rejected any Western force in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lithuania is the only Baltic state that has offered to send a full battalion.",
        {("lithuania", "troop-contribution", "supports")},
    ),
    (
        "Sweden, which has offered air surveillance, has not committed ground troops.",
        {("sweden", "intelligence-support", "supports"), ("sweden", "troop-contribution", "noncommittal")},
    ),
    (
        "Zelensky's office said Ukraine welcomed the coalition's commitment to a multinational force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Romania and Bulgaria said they would not send troops but would allow the force to use their ports.",
        {
            ("bulgaria", "reassurance-force", "supports"),
            ("bulgaria", "troop-contribution", "opposes"),
            ("romania", "reassurance-force", "supports"),
            ("romania", "troop-contribution", "opposes"),
        },
    ),
    # the period of the peace plan: a clause barring Ukraine from NATO rejected, guarantees that must address Russia's
    # concerns
    (
        "Moscow categorically rejects the deployment of any Western troops in Ukraine, Zakharova said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia considers the deployment of European troops in Ukraine unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said any security guarantees for Ukraine must also address Russia's security concerns.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Ukraine will not sign any deal without security guarantees, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Zelensky said he was ready to drop the NATO bid in exchange for Western security guarantees.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The United States has offered Ukraine security guarantees for 15 years, Zelensky said.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Zelensky wants the security guarantees to last 30 to 50 years.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Trump said the US would give Ukraine very strong security guarantees.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Russia is ready to give Ukraine security guarantees, Putin said.",
        {("russia", "security-guarantees", "supports")},
    ),
    (
        "The Kremlin said it had no objection to Ukraine joining the EU but opposed NATO membership.",
        {("russia", "nato-membership", "opposes")},
    ),
    ("The 28-point plan would bar Ukraine from ever joining NATO.", set()),
    ("Zelensky rejected the provision barring Ukraine from NATO.", {("ukraine", "nato-membership", "supports")}),
    (
        "Ukraine has given up its bid to join NATO in exchange for security guarantees, Zelensky said.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Zelensky rejected the provision barring Ukraine from joining NATO.",
        {("ukraine", "nato-membership", "supports")},
    ),
    ("Kyiv rejected the clause barring Ukraine from NATO membership.", {("ukraine", "nato-membership", "supports")}),
    ("Zelensky rejected any deal barring Ukraine from NATO.", {("ukraine", "nato-membership", "supports")}),
    ("Russia wants a clause barring Ukraine from NATO.", {("russia", "nato-membership", "opposes")}),
    ("Zelensky rejected the clause blocking Ukraine from joining NATO.", {("ukraine", "nato-membership", "supports")}),
    ("Moscow insists on a provision banning Ukraine from joining NATO.", {("russia", "nato-membership", "opposes")}),
    ("Kyiv will not accept any text that bars it from NATO membership.", {("ukraine", "nato-membership", "supports")}),
    # stances changed, denied or turned down: decided not to rule out, dropped its objection, scrapped plans, would not
    # oppose a force led by
    (
        "Kyiv welcomed Berlin's decision not to rule out sending troops.",
        {("germany", "troop-contribution", "noncommittal"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Zelensky criticised Germany's refusal to send troops.",
        {("germany", "troop-contribution", "opposes"), ("ukraine", "reassurance-force", "supports")},
    ),
    ("Hungary no longer opposes the reassurance force, Orban said.", {("hungary", "reassurance-force", "supports")}),
    ("Italy dropped its objection to the multinational force.", {("italy", "reassurance-force", "supports")}),
    ("Spain has scrapped plans to send troops to Ukraine.", {("spain", "troop-contribution", "opposes")}),
    (
        "The Netherlands shelved its plans to deploy troops to Ukraine.",
        {("netherlands", "troop-contribution", "opposes")},
    ),
    ("Denmark put its troop pledge on hold.", {("denmark", "troop-contribution", "noncommittal")}),
    ("Rome backtracked on its pledge to send soldiers.", {("italy", "troop-contribution", "opposes")}),
    (
        "The White House walked back Trump's offer of air support for the force.",
        {("united-states", "us-backstop", "opposes")},
    ),
    ("Trump reversed his opposition to a US backstop.", {("united-states", "us-backstop", "supports")}),
    ("Macron regretted that Italy would not send troops.", {("italy", "troop-contribution", "opposes")}),
    (
        "Kyiv lamented the US refusal to provide a backstop.",
        {("ukraine", "us-backstop", "supports"), ("united-states", "us-backstop", "opposes")},
    ),
    (
        "Russia rejected Kyiv's demand for Western troops.",
        {("russia", "reassurance-force", "opposes"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Poland dismissed Moscow's objections to the force.",
        {("poland", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow is not against security guarantees for Ukraine, Peskov said.",
        {("russia", "security-guarantees", "supports")},
    ),
    ("Britain never said it would not send troops.", set()),
    (
        "Germany does not rule out sending troops, but it will not be the first.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    ("Nobody in Warsaw wants Polish troops in Ukraine.", {("poland", "troop-contribution", "opposes")}),
    (
        "Not a single Italian soldier will be sent to Ukraine, Crosetto said.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "It is not true that Spain refuses to send troops, Sanchez said.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    ("Latvia would not oppose a force led by Britain and France.", {("latvia", "reassurance-force", "supports")}),
    ("Canada will not send troops unless there is a ceasefire.", {("canada", "troop-contribution", "conditional")}),
    ("Germany refused to rule out sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Berlin decided not to rule out sending troops.", {("germany", "troop-contribution", "noncommittal")}),
    ("Germany's decision not to send troops angered Kyiv.", {("germany", "troop-contribution", "opposes")}),
    ("Latvia would not oppose a force led by Britain and France.", {("latvia", "reassurance-force", "supports")}),
    ("Poland decided not to send troops.", {("poland", "troop-contribution", "opposes")}),
    ("Britain urged Germany not to rule out sending troops.", {("united-kingdom", "reassurance-force", "supports")}),
    # not X but Y: what a denied need or wish is affirmed instead; peace judged (would not bring peace); judgements and
    # refusals of the force
    (
        "The force would be pointless without an American backstop, Macron said.",
        {("france", "us-backstop", "supports")},
    ),
    ("Europe cannot do it alone without the Americans, Stubb said.", {("finland", "us-backstop", "supports")}),
    (
        "Peskov said that the presence of European troops in Ukraine would not bring peace.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Moscow sees no place for foreign troops in Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Russia has no intention of accepting foreign troops in Ukraine, Lavrov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow would regard any such force in Ukraine as a party to the conflict.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky said Ukraine did not need peacekeepers but real security guarantees.",
        {("ukraine", "reassurance-force", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        '"We do not need a tripwire, we need a real peacekeeping force," Healey said.',
        {("united-kingdom", "reassurance-force", "supports"), ("united-kingdom", "tripwire", "opposes")},
    ),
    (
        "Nobody is talking about sending troops at this stage, Merz said.",
        {("germany", "reassurance-force", "noncommittal")},
    ),
    ("It is too early to talk about troops, Tusk said.", {("poland", "troop-contribution", "noncommittal")}),
    ("Any talk of sending troops is premature, Scholz said.", {("germany", "troop-contribution", "noncommittal")}),
    ("Hungary will block any EU funding for the force, Orban said.", {("hungary", "reassurance-force", "opposes")}),
    ("Slovakia will veto any EU mission to Ukraine, Fico said.", {("slovakia", "reassurance-force", "opposes")}),
    ("Lavrov accused Britain of wanting to send troops to Ukraine.", {("russia", "reassurance-force", "opposes")}),
    (
        "Orban said Europe should not send troops but negotiate with Moscow.",
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin said that Western troops in Ukraine would only prolong the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Zakharova said the coalition's plans were a provocation.", {("russia", "reassurance-force", "opposes")}),
    ("Sybiha said Ukraine counts on the coalition's troops.", {("ukraine", "reassurance-force", "supports")}),
    ("Zelensky said Ukraine would insist on a US backstop.", {("ukraine", "us-backstop", "supports")}),
    (
        "Ukraine is counting on American air support for the mission, Zelensky said.",
        {("ukraine", "us-backstop", "supports")},
    ),
    (
        "Ukraine needs security guarantees, not peacekeepers.",
        {("ukraine", "reassurance-force", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Ukraine does not want NATO membership but security guarantees.",
        {("ukraine", "nato-membership", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Ukraine does not want a tripwire but a peacekeeping force.",
        {("ukraine", "reassurance-force", "supports"), ("ukraine", "tripwire", "opposes")},
    ),
    (
        "Ukraine wants not a tripwire but a peacekeeping force.",
        {("ukraine", "reassurance-force", "supports"), ("ukraine", "tripwire", "opposes")},
    ),
    (
        "Ukraine wants NATO membership but also security guarantees.",
        {("ukraine", "nato-membership", "supports"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        "Germany ruled out ground troops but backed air support for the force.",
        {("germany", "reassurance-force", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "Peskov said that the presence of European troops in Ukraine would not bring peace.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Security guarantees will not bring peace unless Russia agrees, Orban said.",
        {("hungary", "security-guarantees", "conditional")},
    ),
    ("Russia says the talks will bring peace.", set()),
    (
        "A European force would bring a lasting peace, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        "The presence of European troops would bring a lasting peace, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    ("European troops would not bring peace, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    # holders named by role: the French leader, the chancellor, Poland's top diplomat
    (
        "The French leader said Europe was ready to deploy troops after a ceasefire.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "The British prime minister said his country would send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The German chancellor has ruled out sending troops for now.", {("germany", "troop-contribution", "opposes")}),
    (
        "The Kremlin's spokesman said Moscow would never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Poland's top diplomat said Warsaw would not send soldiers.", {("poland", "troop-contribution", "opposes")}),
    (
        "Ukraine's foreign minister welcomed the coalition's plan for a multinational force.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    (
        "The Dutch premier said the Netherlands was ready to contribute to the force.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    (
        "The head of NATO said the alliance backed security guarantees for Ukraine.",
        {("nato", "security-guarantees", "supports")},
    ),
    (
        "Canada's prime minister said Ottawa would consider sending troops.",
        {("canada", "troop-contribution", "noncommittal")},
    ),
    (
        "The Turkish foreign minister said Ankara could take part in the naval mission.",
        {("turkey", "maritime-security", "supports")},
    ),
    ("Japan's chief cabinet secretary said Tokyo would not send troops.", {("japan", "troop-contribution", "opposes")}),
    (
        "Spain's defence minister said it was premature to talk about troops.",
        {("spain", "troop-contribution", "noncommittal")},
    ),
    # the guarantees of the peace talks: a document 100 percent ready, platinum guarantees, hubs set up
    (
        "The document on security guarantees is 100 percent ready, Zelensky said.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        'Washington has offered Kyiv "platinum" security guarantees, a US official said.',
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "The US is ready to submit the security guarantees to Congress for approval, Witkoff said.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Zelensky said the US had agreed to provide security guarantees modelled on Article 5.",
        {("united-states", "article-5-guarantee", "supports")},
    ),
    (
        "Britain and France will set up military hubs in Ukraine after a ceasefire, the declaration says.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Starmer said Britain and France would set up military hubs across Ukraine.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Putin said Russia was prepared to put in writing that it would not attack Ukraine again.", set()),
    (
        "Moscow said any deployment of Western units under the Paris declaration would be a legitimate target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zelensky said the guarantees must be approved by the US Congress.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    ("Zelensky said Ukraine was prepared to hold a referendum on the peace plan.", set()),
    # agreements on the guarantees: finalised, agreed on; a declaration binding its signatories names no author by its
    # city
    (
        "Ukraine and the United States have agreed on the security guarantees, Zelensky said.",
        {("ukraine", "security-guarantees", "supports"), ("united-states", "security-guarantees", "supports")},
    ),
    (
        "The US and Ukraine finalised the text of the security guarantees in Miami.",
        {("ukraine", "security-guarantees", "supports"), ("united-states", "security-guarantees", "supports")},
    ),
    (
        "Kyiv and Washington have largely agreed on security guarantees, a Ukrainian negotiator said.",
        {("ukraine", "security-guarantees", "supports"), ("united-states", "security-guarantees", "supports")},
    ),
    ("The sides made progress on security guarantees but not on territory, Witkoff said.", set()),
    ("Zelensky and Trump discussed security guarantees by phone.", set()),
    (
        "The United States would be part of the ceasefire monitoring mechanism, Rubio said.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "The coalition of the willing agreed to establish a multinational force for Ukraine.",
        {("coalition-of-the-willing", "reassurance-force", "supports")},
    ),
    (
        "Coalition leaders endorsed the Paris declaration, which commits them to deploying a force once a"
        " ceasefire is agreed.",
        set(),
    ),
    (
        "The Kremlin has rejected the Paris declaration, calling European troops in Ukraine unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Britain and France signed the Paris declaration, which commits them to deploying a force once a"
        " ceasefire is agreed.",
        set(),
    ),
    # cities as venues, not holders: at a summit in Paris, speaking in Washington, the Berlin talks
    ("At a summit in Paris, European leaders agreed to back a multinational force.", set()),
    ("Talks in Berlin produced agreement on security guarantees, officials said.", set()),
    (
        "The Berlin talks ended with a US offer of security guarantees.",
        {("united-states", "security-guarantees", "supports")},
    ),
    (
        "Lavrov said the guarantees should be based on the Istanbul draft.",
        {("russia", "security-guarantees", "conditional")},
    ),
    ("In London, Zelensky called for a robust reassurance force.", {("ukraine", "reassurance-force", "supports")}),
    ("Leaders gathered in Paris backed the plan for a multinational force.", set()),
    ("Speaking in Washington, Macron said France would send troops.", {("france", "troop-contribution", "supports")}),
    ("After meeting in Kyiv, the leaders said they supported security guarantees.", set()),
    # Asian and Pacific sides; support given to the coalition of the willing is for its force
    ("China supports all efforts conducive to peace, the foreign ministry spokesperson said.", set()),
    (
        "Beijing has no plans to send peacekeepers to Ukraine, the Chinese foreign ministry said.",
        {("china", "troop-contribution", "opposes")},
    ),
    (
        "India would consider taking part in a UN peacekeeping mission in Ukraine, officials in New Delhi said.",
        {("india", "troop-contribution", "noncommittal")},
    ),
    (
        "China said it could join a peacekeeping force only under a UN mandate.",
        {("china", "troop-contribution", "conditional")},
    ),
    (
        "Japan will not dispatch Self-Defense Forces to Ukraine, the chief cabinet secretary said.",
        {("japan", "troop-contribution", "opposes")},
    ),
    (
        "Tokyo is considering providing logistical support to the coalition of the willing, Japanese officials said.",
        {("japan", "reassurance-force", "noncommittal")},
    ),
    (
        "South Korea has no plans to join the reassurance force, Seoul said.",
        {("south-korea", "troop-contribution", "opposes")},
    ),
    (
        "Australia is open to contributing to a peacekeeping force, Albanese said.",
        {("australia", "troop-contribution", "supports")},
    ),
    (
        "Albanese did not rule out sending Australian troops to Ukraine.",
        {("australia", "troop-contribution", "noncommittal")},
    ),
    (
        "Beijing warned that deploying NATO troops in Ukraine would escalate the conflict.",
        {("china", "reassurance-force", "opposes")},
    ),
    (
        "Tokyo is considering providing logistical support to the coalition of the willing, Japanese officials said.",
        {("japan", "reassurance-force", "noncommittal")},
    ),
    (
        "Tokyo will provide logistical support to the coalition of the willing.",
        {("japan", "reassurance-force", "supports")},
    ),
    (
        "Canada will contribute to the coalition of the willing, Carney said.",
        {("canada", "troop-contribution", "supports")},
    ),
    ("The coalition of the willing welcomed support from Japan.", set()),
    (
        "Russia warned against any support for the coalition of the willing.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # headlines: a colon for the speaker, "Germany to send troops" (a headline's future), "Sweden open to sending
    # troops" (no verb)
    ("UK ready to send troops to Ukraine, Starmer says", {("united-kingdom", "troop-contribution", "supports")}),
    ("Poland not to send troops to Ukraine, Tusk says", {("poland", "troop-contribution", "opposes")}),
    ("Germany to send troops to Ukraine after ceasefire", {("germany", "troop-contribution", "supports")}),
    ("US won't send troops to Ukraine: Trump", {("united-states", "us-ground-troops", "opposes")}),
    ("Italy says no to sending troops to Ukraine", {("italy", "troop-contribution", "opposes")}),
    ("Kremlin says no to European troops in Ukraine", {("russia", "reassurance-force", "opposes")}),
    ("Sweden open to sending troops to Ukraine", {("sweden", "troop-contribution", "supports")}),
    ("Zelensky wants Germany to send troops to Ukraine.", {("ukraine", "reassurance-force", "supports")}),
    ("Poland plans to send troops to Ukraine.", {("poland", "troop-contribution", "supports")}),
    # headlines with a colon for the speaker
    ("Meloni: Italy will not send troops to Ukraine", {("italy", "troop-contribution", "opposes")}),
    ("Peskov: Moscow views the deployment of European troops negatively", {("russia", "reassurance-force", "opposes")}),
    ("Zelensky: Ukraine needs a US backstop for any European force", {("ukraine", "us-backstop", "supports")}),
    ("Healey: British troops ready to deploy after ceasefire", {("united-kingdom", "troop-contribution", "supports")}),
    ("Kremlin: European peacekeepers would be legitimate targets", {("russia", "reassurance-force", "opposes")}),
    ("Orban rejects sending Hungarian soldiers to Ukraine", {("hungary", "troop-contribution", "opposes")}),
    ("Merz: too early to talk about German troops", {("germany", "troop-contribution", "noncommittal")}),
    # positions reported by unnamed sources: diplomats said, according to an official, reportedly
    ("Germany is unlikely to send troops to Ukraine, government sources said.", set()),
    (
        "Italy has privately told allies it will not send troops, two diplomats said.",
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        "France is prepared to send up to 10,000 troops, according to a French official.",
        {("france", "troop-contribution", "supports")},
    ),
    (
        "Britain has drawn up plans to send 5,000 troops, the Times reported.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The Netherlands is expected to contribute a battalion, officials said.", set()),
    (
        "Washington has told Europeans it will provide intelligence to the force, according to three people"
        " familiar with the matter.",
        {("united-states", "intelligence-support", "supports")},
    ),
    (
        "Poland has quietly dropped its opposition to a European force, officials said.",
        {("poland", "reassurance-force", "supports")},
    ),
    (
        "Several countries, including Belgium and Denmark, have said they could contribute troops.",
        {("belgium", "troop-contribution", "supports"), ("denmark", "troop-contribution", "supports")},
    ),
    ("Turkey is reportedly ready to take part in the naval mission.", {("turkey", "maritime-security", "supports")}),
    # sides set against each other in one sentence: "but Germany said it would not", "while Italy declined", "while
    # Hungary and Slovakia are opposed"
    (
        "While France and Britain have offered troops, Germany, Italy and Poland have said they will not.",
        {
            ("france", "troop-contribution", "supports"),
            ("germany", "troop-contribution", "opposes"),
            ("italy", "troop-contribution", "opposes"),
            ("poland", "troop-contribution", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        "France has offered troops; Germany has not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain said it would send troops, as did France, while Italy declined.",
        {
            ("france", "troop-contribution", "supports"),
            ("italy", "troop-contribution", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        "Denmark, Sweden and Finland are among those willing to send troops, while Hungary and Slovakia are opposed.",
        {
            ("denmark", "troop-contribution", "supports"),
            ("finland", "troop-contribution", "supports"),
            ("hungary", "troop-contribution", "opposes"),
            ("slovakia", "troop-contribution", "opposes"),
            ("sweden", "troop-contribution", "supports"),
        },
    ),
    (
        "Estonia and Latvia said they would contribute troops, but Lithuania said it needed more time.",
        {
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "noncommittal"),
        },
    ),
    (
        "Unlike Warsaw, which ruled out sending troops, Vilnius said it was ready to deploy soldiers.",
        {("lithuania", "troop-contribution", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    (
        "Norway and Denmark backed the force; Hungary did not.",
        {
            ("denmark", "reassurance-force", "supports"),
            ("hungary", "reassurance-force", "opposes"),
            ("norway", "reassurance-force", "supports"),
        },
    ),
    (
        "France will send troops, but Germany said it would not.",
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        "France will send troops, and Spain has yet to decide.",
        {("france", "troop-contribution", "supports"), ("spain", "troop-contribution", "noncommittal")},
    ),
    (
        "Britain will send troops, while Italy declined.",
        {("italy", "troop-contribution", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "France has offered troops, while Italy refused.",
        {("france", "troop-contribution", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    ("Italy declined to comment.", set()),
    ("Germany said it would not comment on troops.", set()),
    # epithets for a side named before: the Baltic state, the Nordic country, the NATO member; "Orban met Putin. The
    # country ..." is Hungary
    (
        "Turkey, a NATO member, has offered to lead a naval mission in the Black Sea.",
        {("turkey", "maritime-security", "supports")},
    ),
    (
        "The state has no plans to send troops, the Austrian chancellor said.",
        {("austria", "troop-contribution", "opposes")},
    ),
    # quantified and denied subjects: none of, neither nor, not even, only, hardly any
    (
        "None of the Baltic states has ruled out sending troops.",
        {
            ("estonia", "troop-contribution", "noncommittal"),
            ("latvia", "troop-contribution", "noncommittal"),
            ("lithuania", "troop-contribution", "noncommittal"),
        },
    ),
    (
        "Neither Germany nor Italy has committed troops.",
        {("germany", "troop-contribution", "noncommittal"), ("italy", "troop-contribution", "noncommittal")},
    ),
    ("Not even Britain has committed troops yet.", {("united-kingdom", "troop-contribution", "noncommittal")}),
    ("Hardly any European country is willing to send troops.", set()),
    ("Only France has said it will send troops.", {("france", "troop-contribution", "supports")}),
    (
        "Apart from Hungary, every EU country backs the guarantees.",
        {("european-union", "security-guarantees", "supports")},
    ),
    ("Even Hungary does not object to the guarantees, Orban said.", {("hungary", "security-guarantees", "supports")}),
    # a negation or filler set off by commas inside a cue: will, under no circumstances, send; will not, for the time
    # being, send
    (
        "Poland will never, under any circumstances, send troops to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        "Poland will not, under any circumstances, send troops to Ukraine.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("Poland will, under no circumstances, send troops to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("Italy will not, for the time being, send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Hungary will in no way support the force.", {("hungary", "reassurance-force", "opposes")}),
    # stances changed over time: initially, at first, no longer, a U-turn, withdrew its support
    (
        "Germany, which initially ruled out sending troops, now says it could contribute.",
        {("germany", "troop-contribution", "supports")},
    ),
    (
        "Poland has changed its position and is now ready to send troops.",
        {("poland", "troop-contribution", "supports")},
    ),
    (
        "In a U-turn, the Netherlands said it would send troops after all.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    ("Sweden previously rejected sending troops.", set()),
    ("Two years ago, Macron floated the idea of sending Western troops to Ukraine.", set()),
    ("Macron first floated sending Western troops in February 2024.", set()),
    ("Spain no longer rules out sending troops.", {("spain", "troop-contribution", "noncommittal")}),
    ("Canada has reversed its refusal to send troops.", {("canada", "troop-contribution", "supports")}),
    ("Italy withdrew its support for the force.", {("italy", "reassurance-force", "opposes")}),
    ("Italy has withdrawn its support for the reassurance force.", {("italy", "reassurance-force", "opposes")}),
    ("Italy withdrew its offer of troops.", {("italy", "troop-contribution", "opposes")}),
    ("Italy lifted its objection to the force.", {("italy", "reassurance-force", "supports")}),
    # Russian official phrasings (fraught with, adventurist, participants in the conflict); plans of unnamed sides ("the
    # European plans") held by no one, not by whoever discusses or judges them
    (
        "Moscow proceeds from the premise that any deployment of NATO troops in Ukraine is unacceptable, Peskov said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Zakharova said the plans of the so-called coalition of the willing were fraught with a direct clash"
        " between Russia and NATO.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov called the European plans to send troops to Ukraine adventurist.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Kremlin described the idea of a European contingent in Ukraine as a path to escalation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Medvedev said European peacekeepers in Ukraine would mean war with NATO.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Russia will consider any foreign troops in Ukraine as participants in the conflict, Shoigu said.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Russian side categorically disagrees with the deployment of Western military contingents in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said Moscow had a negative attitude towards the idea of sending peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Ryabkov said Russia would not agree to the presence of NATO troops in Ukraine in any form.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Putin said Western troops in Ukraine would be a threat to Russia.", {("russia", "reassurance-force", "opposes")}),
    (
        "Lavrov called the European plans to send troops to Ukraine adventurist.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov discussed the European plans to send troops to Ukraine.", set()),
    (
        "Lavrov mentioned the British plans to send troops to Ukraine.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Zelensky welcomed Western support for the security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    # plans known or spoken of by a side not holding them: aware of plans, commented on plans, asked about proposals
    ("Peskov commented on plans to deploy troops to Ukraine.", set()),
    ("Lavrov spoke about the plans to send Western troops to Ukraine.", set()),
    ("Zakharova was asked about proposals to deploy peacekeepers.", set()),
    ("The Kremlin is following the plans for a European force closely.", set()),
    ("Russia is aware of plans to send troops to Ukraine, Peskov said.", set()),
    ("Moscow has taken note of the proposals for a reassurance force.", set()),
    ("Putin reacted to the coalition's plans to send troops.", set()),
    ("Lavrov responded to questions about the readiness of some countries to send troops.", set()),
    (
        "Russia is monitoring Britain's readiness to deploy troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Britain is aware of the risks but has plans to send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The Kremlin has heard of proposals for a European force.", set()),
    # another side's offer or plan, received: rejected Britain's offer of troops, dismissed Macron's call
    (
        "Moscow rejected Britain's offer of troops.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Kyiv welcomed the Danish pledge of soldiers.",
        {("denmark", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        "Hungary criticised Poland's support for the force.",
        {("hungary", "reassurance-force", "opposes"), ("poland", "reassurance-force", "supports")},
    ),
    ("Russia mocked the coalition of the willing's plans for a force.", {("russia", "reassurance-force", "opposes")}),
    (
        "Putin dismissed Macron's call for a European force.",
        {("france", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    ("Lavrov said Germany's readiness to send troops was a provocation.", {("russia", "reassurance-force", "opposes")}),
    ("Zelensky thanked Canada for its willingness to deploy troops.", {("canada", "troop-contribution", "supports")}),
    ("Trump praised Europe's plans to send troops.", {("united-states", "reassurance-force", "supports")}),
    (
        "Moscow warned against the French proposal to deploy troops.",
        {("france", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # pressure and requests: resisted pressure, ignored calls, rebuffed requests, is under pressure
    ("Germany resisted pressure to send troops to Ukraine.", {("germany", "troop-contribution", "opposes")}),
    ("Berlin ignored calls to send troops.", {("germany", "troop-contribution", "opposes")}),
    ("Italy is under pressure to commit troops to the force.", set()),
    ("Spain faces growing pressure to send soldiers.", set()),
    (
        "The Netherlands bowed to pressure and agreed to send troops.",
        {("netherlands", "troop-contribution", "supports")},
    ),
    ("Poland rebuffed requests to contribute troops.", {("poland", "troop-contribution", "opposes")}),
    ("Sweden has been asked to send troops.", set()),
    ("Kyiv has asked Berlin to send troops.", {("ukraine", "reassurance-force", "supports")}),
    ("Norway turned down a request to send troops.", {("norway", "troop-contribution", "opposes")}),
    # institutions and parliaments: Number 10, the Elysee, the Bundestag would have to approve, the Sejm, the Riksdag
    (
        "The Bundeswehr is ready to take part in the multinational force, a defence ministry spokesman in Berlin said.",
        {("germany", "troop-contribution", "supports")},
    ),
    (
        "Number 10 said British troops would be deployed once a ceasefire was agreed.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("The Elysee said France was ready to lead the force.", {("france", "reassurance-force", "supports")}),
    ("The Quai d'Orsay rejected the Russian claims about the force.", set()),
    (
        "The Bundestag would have to approve any deployment of German troops.",
        {("germany", "troop-contribution", "conditional")},
    ),
    ("The Sejm voted against sending Polish troops to Ukraine.", {("poland", "troop-contribution", "opposes")}),
    ("The Verkhovna Rada called for binding security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    (
        "The State Duma warned that Western troops in Ukraine would be targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "The Foreign Office said Britain would not rule out sending troops.",
        {("united-kingdom", "troop-contribution", "noncommittal")},
    ),
    (
        "The Kremlin's press secretary said Russia would not accept Western troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("The Riksdag would have to approve any Swedish deployment.", {("sweden", "troop-contribution", "conditional")}),
    ("Poland's parliament voted against sending troops.", {("poland", "troop-contribution", "opposes")}),
    # a clause added by a speech verb is said, not judged by the verb above it ("had not seen any guarantees, adding
    # that Russia would never accept NATO troops")
    (
        "Moscow had not seen any guarantees, adding that Russia would never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Moscow had not seen any guarantees and would judge them by their substance, adding that Russia"
        " would never accept NATO troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said Moscow would judge the guarantees by their substance, adding that Russia would never"
        " accept NATO troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said Moscow would study the guarantees, adding that Russia would never accept NATO troops.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Hungary repeated on Thursday that it would not take part in the force.",
        {("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Hungary, which opposes the force, said that it would not take part in the force.",
        {("hungary", "reassurance-force", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        "Hungary, which opposes the force, said it would not take part.",
        {("hungary", "reassurance-force", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    # a clause of its own beside a judgement (after "and", or giving a reason) is not what is judged
    (
        "Russia considers the talks useful and is ready to discuss security guarantees.",
        {("russia", "security-guarantees", "supports")},
    ),
    ("Moscow sees no reason for optimism, since Western troops would be deployed in Ukraine.", set()),
    (
        "Lavrov described the meeting as constructive, while warning that NATO troops in Ukraine would be a target.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Germany considers the timing wrong but would not rule out sending troops later.",
        {("germany", "troop-contribution", "noncommittal")},
    ),
    # a deployment of others' troops forecast by a side ("Peskov said Western troops would be deployed under the plan")
    # is no stance of its own; its own troops are
    ("Peskov said Western troops would be deployed in Ukraine under the plan.", set()),
    (
        "Lavrov claimed that British troops will be sent to Ukraine soon.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Zakharova said European soldiers were being prepared for deployment to Ukraine.", set()),
    ("According to the Kremlin, NATO troops would be stationed in western Ukraine.", set()),
    (
        "Medvedev said the coalition would send troops anyway, which Russia would treat as an act of war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "European troops would be deployed after a ceasefire, Macron said.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Western troops would be deployed far from the front line, Starmer said.",
        {("united-kingdom", "reassurance-force", "supports"), ("united-kingdom", "tripwire", "opposes")},
    ),
    ("Western troops will never be deployed in Ukraine, Peskov said.", {("russia", "reassurance-force", "opposes")}),
    (
        "US President Trump insisted that no American soldiers will be sent.",
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # Russian voices on Western plans: the plans are their owners', the speaker's stance only where it judges them
    (
        "Zakharova said London and Paris want to send troops to Ukraine.",
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    ("Peskov said Europe is preparing to send troops to Ukraine.", set()),
    ("Lavrov said the West wants to deploy a force in Ukraine to freeze the conflict.", set()),
    (
        "Shoigu said Britain and France are ready to deploy troops, which Moscow will not allow.",
        {
            ("france", "troop-contribution", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        "Russian intelligence claimed that Britain is preparing to send troops.",
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        "Medvedev mocked Macron's plan to send troops.",
        {("france", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        "Peskov said the plan for a European force was being discussed without Russia.",
        {("russia", "reassurance-force", "conditional")},
    ),
    ("The SVR said NATO was planning to station troops in Ukraine.", {("nato", "troop-contribution", "supports")}),
    # conditions: as long as, subject to, depends on, only after, but not before
    (
        "Britain will send troops as long as the US provides air cover.",
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    (
        "Any Dutch contribution is subject to parliamentary approval.",
        {("netherlands", "troop-contribution", "conditional")},
    ),
    ("France would deploy troops, but not before a ceasefire.", {("france", "troop-contribution", "conditional")}),
    ("Canada's contribution depends on what the Americans do.", {("canada", "troop-contribution", "conditional")}),
    (
        "Germany's participation depends on a US backstop, Merz said.",
        {("germany", "troop-contribution", "conditional"), ("germany", "us-backstop", "supports")},
    ),
    ("Poland would send troops only after a peace deal is signed.", {("poland", "troop-contribution", "conditional")}),
    # guarantees extended, deserved, lobbied and pressed for
    (
        "Zelensky lobbied for binding security guarantees in Washington.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The United States extended security guarantees to Ukraine.",
        {("united-states", "security-guarantees", "supports")},
    ),
    ("Zelensky pressed Trump for security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Kyiv is seeking guarantees that would deter another Russian invasion.", set()),
    ("Zelensky said Ukraine deserves security guarantees.", {("ukraine", "security-guarantees", "supports")}),
    ("Ukraine is entitled to security guarantees, Sybiha said.", {("ukraine", "security-guarantees", "supports")}),
    # taking part asked of the US is its backing ("the Americans must take part in the force"); asked of another side,
    # the force
    ("The Americans must take part in the force, Tusk said.", {("poland", "us-backstop", "supports")}),
    ("Washington should contribute to the force, Macron said.", {("france", "us-backstop", "supports")}),
    ("Germany must take part in the force, Zelensky said.", {("ukraine", "reassurance-force", "supports")}),
    ('"We will take part in the force," Tusk said.', {("poland", "troop-contribution", "supports")}),
    # a peace deal signed first is a condition (the end of fighting is part of the plan); 'no grounds for'; 'no reason
    # not to'; a pronoun under a nested speech verb is that verb's subject
    (
        "Latvia said it was prepared to send soldiers if a peace deal is signed.",
        {("latvia", "troop-contribution", "conditional")},
    ),
    ("If a peace settlement is reached, Belgium will send troops.", {("belgium", "troop-contribution", "conditional")}),
    ("Norway is ready to deploy soldiers if the fighting stops.", {("norway", "troop-contribution", "supports")}),
    (
        "Russia's foreign ministry said it saw no grounds for discussing the deployment of peacekeepers.",
        {("russia", "reassurance-force", "opposes")},
    ),
    ("Warsaw sees no reason not to join the mission.", {("poland", "troop-contribution", "supports")}),
    (
        "Rubio said Russia had made clear it would never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said Moscow had made clear it would never accept NATO troops in Ukraine.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # what a thing that is no topic needs, said by an official, is the official's side's view
    (
        "Rutte said a peace deal would need robust security guarantees for Ukraine.",
        {("nato", "security-guarantees", "supports")},
    ),
    ("Any settlement will require a US backstop, Healey said.", {("united-kingdom", "us-backstop", "supports")}),
    ("Analysts said any deal would need strong guarantees for Ukraine.", set()),
    # a thing judged 'as the only credible guarantee'; what was first said, before what came 'then' or 'later', is
    # history
    (
        "Macron has repeatedly described a European presence as the only credible guarantee against a new"
        " Russian attack.",
        {("france", "reassurance-force", "supports")},
    ),
    (
        "Kyiv sees foreign troops on its soil as the best deterrent against Russia.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Moscow does not see a Western contingent as a guarantee of peace.", {("russia", "reassurance-force", "opposes")}),
    (
        "Berlin first refused to send troops but later agreed to contribute.",
        {("germany", "troop-contribution", "supports")},
    ),
    ("Poland will first send engineers and then decide on troops.", set()),
    ("Italy first ruled out sending troops.", {("italy", "troop-contribution", "opposes")}),
    # a participle describing a group whose members the sentence names is their stance
    (
        "Among those refusing to send soldiers are Poland, Italy and Hungary.",
        {
            ("hungary", "troop-contribution", "opposes"),
            ("italy", "troop-contribution", "opposes"),
            ("poland", "troop-contribution", "opposes"),
        },
    ),
    ("A force supported by around 30 countries would be based away from the front line.", set()),
    # a pronoun after 'Asked about X,' or 'Commenting on X,' stands for X; 'but only those that'; 'drag out the war';
    # troops that 'appear in Ukraine'
    (
        "Asked about the plan to deploy European troops, Peskov said it was unacceptable.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Commenting on the idea of an air mission over Ukraine, Grushko said it would mean a direct clash"
        " between NATO and Russia.",
        {("russia", "air-defence", "opposes")},
    ),
    (
        "Asked about the deployment of peacekeepers, Lavrov said it would lead to escalation.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Speaking about security guarantees, Zelensky said they must be legally binding.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The deputy minister noted that Russia is ready to discuss security guarantees, but only those that"
        " take into account the interests of all parties.",
        {("russia", "security-guarantees", "conditional")},
    ),
    (
        "Kyiv will accept security guarantees, but only ones which are legally binding.",
        {("ukraine", "security-guarantees", "conditional")},
    ),
    (
        "Lavrov said European plans to send troops would only drag out the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Putin said that if any troops appear in Ukraine, Russia will treat them as legitimate targets.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # a side's role in the force is its troops; 'toyed with the idea of'
    ("Berlin ruled out a German role in the force.", {("germany", "troop-contribution", "opposes")}),
    ("Finland has toyed with the idea of sending troops.", {("finland", "troop-contribution", "noncommittal")}),
    ("Rome is open to an Italian role in the mission.", {("italy", "troop-contribution", "supports")}),
    (
        "Lavrov said security guarantees for Ukraine are possible only with Russia's participation.",
        {("russia", "security-guarantees", "conditional")},
    ),
    # what a plan is 'aimed at' judges it, whoever owns the plan
    (
        "Lavrov said the security guarantees for Kyiv were aimed at preparing Ukraine for a new war.",
        {("russia", "security-guarantees", "opposes")},
    ),
    (
        "Lavrov said the West's plans to send troops were aimed at escalating the war.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "According to Grushko, the Western statements about security guarantees for Kiev are aimed at"
        " dragging out the conflict.",
        {("russia", "security-guarantees", "opposes")},
    ),
    (
        "The Kremlin said that Europe's plans to deploy troops were aimed at escalating the conflict.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # what a resolution says is held by those who adopt it
    (
        "The Verkhovna Rada adopted a resolution calling for security guarantees.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        "The Sejm adopted a resolution rejecting the deployment of Polish troops.",
        {("poland", "troop-contribution", "opposes")},
    ),
    ("A UN resolution authorising a peacekeeping force was discussed.", set()),
    # 'far from ready', however the parser hangs 'far'
    ("Italy is far from ready to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Italy is far from willing to send troops.", {("italy", "troop-contribution", "opposes")}),
    ("Germany is far from committed to sending soldiers.", {("germany", "troop-contribution", "opposes")}),
    # 'nothing other than' names the only thing; 'everything but'; 'held off on pledging'
    ("Moscow would accept nothing other than a neutral Ukraine.", {("russia", "nato-membership", "opposes")}),
    ("Canada will contribute everything but ground forces.", {("canada", "troop-contribution", "opposes")}),
    ("Spain held off on pledging soldiers to the mission.", {("spain", "troop-contribution", "noncommittal")}),
    ("Japan will help with anything except sending troops.", {("japan", "troop-contribution", "opposes")}),
    # a deed done 'under the guise of' peacekeeping, or 'to prolong the war', is judged by the one who says so
    (
        "Zakharova said London and Paris were preparing to deploy forces under the guise of a peace mission.",
        {
            ("france", "troop-contribution", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        "Zakharova said the West was preparing to send troops to Ukraine under the cover of peacekeeping.",
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        "Lavrov said Britain wanted to send troops to Ukraine to prolong the war.",
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # 'the best guarantee for Ukraine' names whom it protects, not who judges; 'could not veto' is a power denied
    (
        "Vance said European troops were the best guarantee for Ukraine.",
        {("united-states", "security-guarantees", "supports")},
    ),
    ("Starmer said Moscow could not veto the deployment of a European force.", set()),
    ("Macron said the force was a red line for Moscow.", {("russia", "reassurance-force", "opposes")}),
    # an unnamed official's 'we' who will not send American troops is the United States; 'would be seen as a hostile
    # act' warns
    (
        '"We are not going to put American boots on the ground in Ukraine," a senior official said.',
        {("united-states", "us-ground-troops", "opposes")},
    ),
    ('"We will not accept NATO troops in Ukraine," a diplomat said.', set()),
    (
        "The Russian ambassador said any Western involvement in Ukraine would be seen as a hostile act.",
        {("russia", "reassurance-force", "opposes")},
    ),
    # 'under the right conditions' is a condition
    (
        'Merz said German participation was "conceivable" under the right conditions.',
        {("germany", "troop-contribution", "conditional")},
    ),
    ("Sweden would send troops under the right circumstances.", {("sweden", "troop-contribution", "conditional")}),
    # 'appealed for', 'pleaded with X to', 'would not settle for anything less than', 'his vision of' (a force
    # envisioned as backed by X is not X's)
    (
        "Zelensky appealed for Western troops to be deployed after a ceasefire.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    ("Zelensky pleaded with allies to commit troops to the force.", {("ukraine", "reassurance-force", "supports")}),
    (
        "Umerov said Ukraine would not settle for anything less than NATO-style guarantees.",
        {("ukraine", "article-5-guarantee", "supports")},
    ),
    (
        "Zelensky set out his vision of a European force backed by the United States.",
        {("ukraine", "reassurance-force", "supports")},
    ),
    # being a guarantor of Ukraine's security; the US guaranteeing or protecting the force is its backstop
    (
        "Rubio said Washington would not be the guarantor of Ukraine's security.",
        {("united-states", "security-guarantees", "opposes")},
    ),
    (
        "Turkey is ready to become one of the guarantors of Ukraine's security.",
        {("turkey", "security-guarantees", "supports")},
    ),
    ("Britain will be a guarantor of any peace deal.", set()),
    ("Poland wants to be a security guarantor for Ukraine.", {("poland", "security-guarantees", "supports")}),
    (
        "Vance said the United States would not guarantee the security of a European force.",
        {("united-states", "us-backstop", "opposes")},
    ),
    ("Washington will protect the European mission from the air.", {("united-states", "us-backstop", "supports")}),
    # accepting a thing that is no topic only if a topic is given backs that topic
    (
        "Kyiv will accept a ceasefire only if security guarantees are in place.",
        {("ukraine", "security-guarantees", "supports")},
    ),
    ("Kyiv will accept a ceasefire only if Russia withdraws.", set()),
    # whom a group of countries backs is not who the group is
    ("The group of countries backing Kyiv said security guarantees must be robust.", set()),
    ("Countries supporting Ukraine said the guarantees must be robust.", set()),
    ("The countries that back Kyiv said security guarantees must be legally binding.", set()),
]

# Short passages: what a sentence means depends on the one before it.
PASSAGES: list[tuple[list[str], set[Triple]]] = [
    # "welcomed this" after another side's own topic (a backstop) is that topic; "would do the same" repeats it
    (
        ["European leaders discussed a reassurance force on Monday.", "Hungary opposed the idea."],
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        ["Britain has offered to send troops to Ukraine.", "Russia called the move a provocation."],
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Britain has offered to send troops to Ukraine.", "France welcomed the move and said it would do the same."],
        {
            ("france", "reassurance-force", "supports"),
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        ["The US has promised a backstop.", "Poland welcomed this."],
        {("poland", "us-backstop", "supports"), ("united-states", "us-backstop", "supports")},
    ),
    # "it" as the object of a verb inside a relative clause is no topic pointed back to (it was an inversion)
    (
        ["NATO membership was discussed in Vilnius.", "Kyiv rejected any deal that would bar it from the alliance."],
        set(),
    ),
    # a consensus that names no group is that of the group the article has been about (seventeenth round)
    (
        [
            "Leaders of the coalition of the willing met in Paris on Thursday.",
            "Macron later said there was currently no unanimity on sending a European-led force.",
        ],
        {("coalition-of-the-willing", "reassurance-force", "noncommittal")},
    ),
    (["Italy and Spain met in Rome.", "There is no consensus on sending troops, a diplomat said."], set()),
    # Quotations, pronouns and "the idea" across two sentences; caution is no decision (seventeenth round)
    (
        ["Lavrov was asked about the deployment of European troops.", '"This is absolutely unacceptable," he said.'],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        ['"Italy will not send soldiers," Meloni told reporters.', '"We have been clear about that from the start."'],
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        [
            "Sikorski spoke in Warsaw.",
            '"Poland will not send its soldiers, but we will be the logistics hub," he said.',
        ],
        {("poland", "troop-contribution", "opposes")},
    ),
    (
        ["The plan envisages a European force in western Ukraine.", "The Kremlin rejected it on Tuesday."],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        [
            "Macron has proposed a European reassurance force.",
            "Germany and Poland have been more cautious about the idea.",
        ],
        {
            ("france", "reassurance-force", "supports"),
            ("germany", "reassurance-force", "noncommittal"),
            ("poland", "reassurance-force", "noncommittal"),
        },
    ),
    (['"We don\'t want NATO troops on our border," Peskov said.'], {("russia", "reassurance-force", "opposes")}),
    (
        [
            "Zelensky said European troops would be a real security guarantee.",
            '"Without them, Russia will come back," he said.',
        ],
        {("ukraine", "reassurance-force", "supports")},
    ),
    (["Berlin has been cautious about sending troops."], {("germany", "troop-contribution", "noncommittal")}),
    (["Rome remains guarded on the idea of a European force."], {("italy", "reassurance-force", "noncommittal")}),
    # A side taking part after a force was named, on a condition (seventeenth round)
    (
        [
            "European leaders discussed a reassurance force for Ukraine on Thursday.",
            "Germany could take part, but only with a clear mandate from the Bundestag, Merz said.",
        ],
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        [
            "European leaders discussed a reassurance force for Ukraine on Thursday.",
            "Romania will only take part if Russia agrees, Bucharest said.",
        ],
        {("romania", "troop-contribution", "conditional")},
    ),
    (
        [
            "Several countries have offered troops for a multinational force.",
            "Italy, however, will not take part, Meloni said.",
        ],
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        [
            "Several countries have offered troops for a multinational force.",
            "Spain is still considering whether to join.",
        ],
        {("spain", "troop-contribution", "noncommittal")},
    ),
    # a quoted "they" after foreign troops were named is those troops, even in a sentence naming no topic
    (
        [
            "Zakharova was asked about troops from Western countries.",
            '"They will be legitimate targets," she said.',
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # but not the warring sides' own forces
    (["Russian forces shelled Kharkiv overnight.", '"They will be destroyed," Zelensky said.'], set()),
    # "they" in a quotation, after troops were named, stands for the troops: the speaker's view of where they go
    (
        [
            "Healey said British soldiers could deploy within weeks of a ceasefire.",
            '"They will be stationed far from the front line," he said.',
        ],
        {("united-kingdom", "troop-contribution", "supports"), ("united-kingdom", "tripwire", "opposes")},
    ),
    (
        [
            '"We are ready to provide security guarantees, which could include troops," Macron said.',
            '"They would not be on the front line," he said.',
        ],
        {("france", "security-guarantees", "supports"), ("france", "tripwire", "opposes")},
    ),
    # after sides were named, "they" in a quotation are those sides, whom the speaker does not speak for
    (
        ["Starmer met the leaders of France and Poland.", '"They will send troops," he said.'],
        set(),
    ),
    # "do so" repeats the verb phrase just said: sending its own troops, done (or refused) by the new holder
    (
        [
            "Britain has offered to send troops to Ukraine.",
            "Canada said it was prepared to do so as well, but Italy said it would not do so.",
        ],
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("canada", "troop-contribution", "supports"),
            ("italy", "troop-contribution", "opposes"),
        },
    ),
    # undecided whether its own units would take part: its own troops, whatever the sentence before was about
    (
        [
            "Paris said its soldiers would not be stationed on the front line.",
            "Berlin has not yet decided whether German units would take part.",
        ],
        {("france", "tripwire", "opposes"), ("germany", "troop-contribution", "noncommittal")},
    ),
    # troops pointed back to that "would become targets" are judged by the quoted speaker, as with a noun cue
    (
        [
            "Several European governments discussed sending soldiers to Ukraine.",
            '"Such forces would become targets," the Russian foreign ministry spokeswoman said.',
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # of two stance cues sharing a word, the longer says more ("the plans 'a direct path to escalation'", not "plans a")
    (
        [
            "Britain wants a reassurance force.",
            'Peskov called the plans "a direct path to escalation".',
        ],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # "the two countries" are the two just named, even where "the countries" could stand for a coalition named before
    (
        [
            "The coalition of the willing met in Paris.",
            "The statements came as Britain and France pressed ahead with planning.",
            "A defence source said the two countries had drawn up plans for a reassurance force.",
        ],
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    # troops pointed back to ("such units") are those just named; a judgement of them is the quoted speaker's
    (
        [
            "The coalition discussed the deployment of Western troops in Ukraine on Monday.",
            '"Such units would become legitimate targets for our armed forces," Zakharova said.',
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # "in her words": the one named before speaks the clause
    (
        [
            "Zakharova commented on the Paris meeting.",
            "In her words, any foreign contingent would become a legitimate target.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # read backwards before: the verb describing the plan a clause is read from is no stance of its own
    (
        [
            "Britain and France want a reassurance force in Ukraine.",
            "Under the plan drafted by Washington, no Western troops would be deployed in Ukraine.",
        ],
        {
            ("united-kingdom", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
            ("united-states", "reassurance-force", "opposes"),
        },
    ),
    # the US "will be involved" in a force whose troops are others': no US ground troops
    (
        [
            "Britain will send troops to Ukraine.",
            "Washington has been reluctant to commit to a backstop.",
            "Trump said the United States will be involved.",
        ],
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("united-states", "us-backstop", "noncommittal"),
            ("united-states", "reassurance-force", "supports"),
        },
    ),
    # after a question, "this" is what the question asked, not a topic named before it
    (
        [
            "Lavrov said Russia was open to discussing security guarantees for Ukraine.",
            "Asked about the talks, a reporter put it to him: will Moscow accept observers from neutral states?",
            '"It is premature to talk about this," Lavrov replied.',
        ],
        {("russia", "security-guarantees", "supports")},
    ),
    # the terms of speaking are no condition on the stance spoken
    (
        [
            "European governments are discussing a post-war force for Ukraine.",
            "A State Department official, speaking on condition of anonymity, said Washington remained committed "
            "to backing European efforts.",
        ],
        {("united-states", "us-backstop", "supports")},
    ),
    # a transcript: "Name: ..." opens that person's answer, so "we" is the speaker's side
    (
        [
            "Kremlin spokesman Dmitry Peskov answered questions from reporters.",
            "Question: How do you respond to the latest offer from London?",
            "Peskov: We consider the presence of any NATO troops in Ukraine unacceptable.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # "he" in a quotation is the person of another side just named, whose stance the speaker reports
    (
        [
            "Zelensky met the Norwegian prime minister Jonas Gahr Store on Monday.",
            '"He is ready to send soldiers," Zelensky said.',
        ],
        {("norway", "troop-contribution", "supports")},
    ),
    # a plan or document named again ("the plan") is credited to those its first mention named
    (
        [
            "A peace framework drawn up by US negotiators reached Kyiv on Friday.",
            "The framework rules out NATO membership.",
        ],
        {("united-states", "nato-membership", "opposes")},
    ),
    (
        ["Sweden and Finland have drafted a plan for Ukraine.", "The plan envisages a multinational force in Ukraine."],
        {("sweden", "reassurance-force", "supports"), ("finland", "reassurance-force", "supports")},
    ),
    (["The plan rules out NATO membership for Ukraine."], set()),
    # "the ministry said" is the ministry named a few sentences before, which is no person
    (
        [
            "The Russian Foreign Ministry issued a statement on Monday.",
            "The statement followed a meeting of European leaders in Paris.",
            '"The deployment of Western troops is a direct path to escalation," the ministry said.',
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # an unnamed group whose members the next sentence names: each member holds the group's stance
    (
        ["Some members of the alliance have declined to send soldiers.", "These include Spain and Belgium."],
        {("spain", "troop-contribution", "opposes"), ("belgium", "troop-contribution", "opposes")},
    ),
    (
        ["A handful of governments said they were willing to deploy troops.", "Among them are Norway and Denmark."],
        {("norway", "troop-contribution", "supports"), ("denmark", "troop-contribution", "supports")},
    ),
    # a sentence naming no members leaves the group unnamed
    (["Several allies have declined to send soldiers.", "Spain hosted the talks."], set()),
    # bare "guarantees" name security guarantees once the article has named them, not before
    (
        [
            "Kyiv wants security guarantees before any ceasefire.",
            '"We need guarantees that work," Zelensky said.',
        ],
        {("ukraine", "security-guarantees", "supports")},
    ),
    (['"We need guarantees that work," Zelensky said.'], set()),
    (
        [
            "Allies discussed security guarantees for Kyiv.",
            "Orban said Hungary would not give any loan guarantees to Ukraine.",
        ],
        set(),
    ),
    # "important contributors" to what was just discussed
    (
        [
            "Twenty countries have pledged to send troops to Ukraine after a ceasefire.",
            "Macron said Germany and Poland were important contributors.",
        ],
        {("germany", "reassurance-force", "supports"), ("poland", "reassurance-force", "supports")},
    ),
    # an interview printed as questions and answers: "we" in an answer is the one interviewed
    (
        [
            "Prime Minister Petr Fiala spoke to the paper about the war.",
            "Q: Would Czech troops take part in a reassurance force?",
            "A: We are ready to send soldiers to Ukraine after a ceasefire.",
        ],
        {("czechia", "troop-contribution", "supports")},
    ),
    # leading "these discussions" about a force sent by several countries backs the force, even for a country
    # that spoke of its own troops just before
    (
        [
            "Canada is ready to send troops to Ukraine, its prime minister said.",
            "Several European countries have been discussing the deployment of troops to Ukraine after a ceasefire.",
            "Canada and Norway are leading these discussions, diplomats said.",
        ],
        {
            ("canada", "troop-contribution", "supports"),
            ("canada", "reassurance-force", "supports"),
            ("norway", "reassurance-force", "supports"),
        },
    ),
    # "cannot say what we are going to do": undecided on the holder's own part in what was just discussed
    (
        [
            "European governments are discussing a reassurance force for Ukraine.",
            '"At this stage we cannot say what we are going to do," the Spanish defence minister said.',
        ],
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        [
            "Tokyo is studying how it could contribute to security guarantees for Ukraine.",
            '"We cannot say yet what we will do," the Japanese prime minister told reporters.',
        ],
        {("japan", "security-guarantees", "noncommittal")},
    ),
    # "not ruled anything out", "not committed to anything": undecided on what was just discussed
    (
        [
            "The Belgian government is considering whether to send soldiers to Ukraine.",
            '"We have not ruled anything out," the Belgian foreign minister said.',
        ],
        {("belgium", "troop-contribution", "noncommittal")},
    ),
    (
        [
            "Washington has been asked to back the European-led force with air power.",
            "The White House is not committed to anything yet, a US official said.",
        ],
        {("united-states", "us-backstop", "noncommittal")},
    ),
    # "he" after an unnamed office at the start of a sentence the parser did not read: that office's side, though
    # another country is named later in that sentence and a Russian was named before
    (
        [
            "Russia rejected any Western force in Ukraine, Deputy Foreign Minister Sergei Ryabkov said.",
            "The Dutch prime minister said the American offer was generous.",
            "Asked whether Dutch soldiers would go, he said it was too early to say.",
        ],
        {("russia", "reassurance-force", "opposes"), ("netherlands", "troop-contribution", "noncommittal")},
    ),
    # "the declaration" points back to the declaration that named the force
    (
        [
            "Canada and Australia signed a declaration of intent to deploy troops to Ukraine.",
            "Sweden welcomed the declaration.",
        ],
        {
            ("canada", "troop-contribution", "supports"),
            ("australia", "troop-contribution", "supports"),
            ("sweden", "reassurance-force", "supports"),
        },
    ),
    # "he" in the first sentence looks back to nothing (not to the article's last sentence)
    (
        [
            "Trump said the US would support a European force, but he again ruled out sending American ground troops.",
            "A French official said Paris welcomed the announcement.",
        ],
        {
            ("united-states", "us-backstop", "supports"),
            ("united-states", "us-ground-troops", "opposes"),
            ("france", "us-backstop", "supports"),
        },
    ),
    # "according to him": the diplomat quoted before; "the so-called guarantees" are guarantees
    (
        [
            '"Such scenarios are unacceptable to us," Grushko told reporters.',
            "According to him, the so-called guarantees the West is discussing are aimed at prolonging the war.",
        ],
        {("russia", "security-guarantees", "opposes")},
    ),
    # wanting no part "in it": in what was just discussed
    (
        ["Several states refuse to join the reassurance force.", "Hungary and Slovakia want no part in it."],
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    # "the official" after an unnamed official of one side: that side, not the last person named
    (
        [
            "Peskov said Moscow opposed any Western force.",
            "A senior Spanish official said Madrid would not send soldiers.",
            '"We will help with training outside the country," the official said.',
        ],
        {("russia", "reassurance-force", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    # a quotation whose subject is "no ..." thing: the speaker's view
    (
        ["Zelensky spoke after the talks.", '"Without American support, no guarantee will work," he wrote.'],
        {("ukraine", "us-backstop", "supports")},
    ),
    # waiting for peace before deciding is undecided, on what was just discussed
    (
        [
            "Several countries discussed sending troops to Ukraine.",
            "The Netherlands and Belgium, however, say they will wait for a ceasefire before deciding.",
        ],
        {("netherlands", "troop-contribution", "noncommittal"), ("belgium", "troop-contribution", "noncommittal")},
    ),
    # "he" after an office of one side that names no one: that side
    (
        [
            "The Danish prime minister was asked whether Copenhagen would join the force.",
            '"We are ready to help," she replied.',
        ],
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        [
            "The Kremlin's spokesman was blunt.",
            '"Any deployment of Western forces would be unacceptable," he told journalists.',
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # "these three countries": the three the sentence before listed, wherever it listed them
    (
        [
            "The chancellor said Belgium, Denmark and Norway had been consulted.",
            "These three countries back the reassurance force.",
        ],
        {
            ("belgium", "reassurance-force", "supports"),
            ("denmark", "reassurance-force", "supports"),
            ("norway", "reassurance-force", "supports"),
        },
    ),
    # a condition with no topic of its own is set on what was just discussed
    (
        [
            "Finland has said it is ready to send troops.",
            "Helsinki added that there must first be a ceasefire that holds.",
        ],
        {("finland", "troop-contribution", "supports"), ("finland", "troop-contribution", "conditional")},
    ),
    # "no firm plans are in place": undecided, on what was just discussed
    (
        [
            "Norway was asked about sending soldiers.",
            "Norway's defence minister explained that no firm plans were in place yet.",
        ],
        {("norway", "troop-contribution", "noncommittal")},
    ),
    # an undecided cue with nothing after it but the capacity one speaks in: on what was just discussed
    (
        [
            "Norway was asked whether it would send troops to Ukraine.",
            '"We are keeping an open mind as a government," the Norwegian prime minister said.',
        ],
        {("norway", "troop-contribution", "noncommittal")},
    ),
    # declining to comment, with nothing after it, says nothing on what was discussed
    (
        ["Britain said it would send troops to Ukraine.", "The German government declined to comment."],
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # "open to taking part" in the force named before: its own troops
    (
        [
            "Europe is planning a reassurance force for Ukraine.",
            "Canada's defence minister said Ottawa was open to taking part.",
        ],
        {("canada", "troop-contribution", "supports")},
    ),
    # "it", "the country", "the bloc" with no one speaking: the one actor the sentence before was about
    (
        ["Belgium has been leading talks on a reassurance force.", "It is prepared to put troops on the ground."],
        {("belgium", "reassurance-force", "supports"), ("belgium", "troop-contribution", "supports")},
    ),
    (
        [
            "Norway discussed the reassurance force on Monday.",
            "The country is ready to contribute troops, its defence minister said.",
        ],
        {("norway", "troop-contribution", "supports")},
    ),
    (
        [
            "The EU's foreign policy chief spoke in Brussels.",
            "The bloc supports robust security guarantees for Ukraine, she said.",
        ],
        {("european-union", "security-guarantees", "supports")},
    ),
    (["Russia launched a missile attack on Kyiv.", "It is ready to continue the war."], set()),
    # "do its part" in the force named before: its own troops
    (
        ["The Finnish president was asked about a reassurance force.", '"Finland is ready to do its part," he said.'],
        {("finland", "troop-contribution", "supports")},
    ),
    # "the statement said": the statement of whoever spoke before; an outlet issues none
    (
        [
            "The Romanian defence ministry said it was ready to send troops to Ukraine.",
            '"Our participation in the mission will be considered with all partners," the statement said.',
        ],
        {("romania", "troop-contribution", "supports"), ("romania", "troop-contribution", "noncommittal")},
    ),
    (
        ["Reuters reported on the talks.", "The statement said the allies rejected sending troops."],
        set(),
    ),
    # "would not take part", with no object: in the force named before, with its own troops
    (
        [
            "Defence ministers met in Brussels to discuss a reassurance force for Ukraine.",
            "The Spanish minister said her country would not take part.",
        ],
        {("spain", "troop-contribution", "opposes")},
    ),
    # "said of ...": what "this" stands for
    (
        [
            "Kremlin spokesman Dmitry Peskov was asked about the summit.",
            "“This is absolutely unacceptable for us,” Peskov said of the idea of European troops in Ukraine.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # every agent of a passive holds it
    (
        [
            "Europe is preparing a reassurance force.",
            "The plan, backed by Britain and France, would see thousands of troops deployed.",
        ],
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    # "asked about troops": what the answer is about, troops of the answerer's side
    (
        [
            "The Belgian defence minister held a press conference in Brussels.",
            "Asked about troops, the minister said Belgium had not taken a decision.",
        ],
        {("belgium", "troop-contribution", "noncommittal")},
    ),
    # "answering a question about ...": what "this" stands for
    (
        [
            "Polish Prime Minister Donald Tusk spoke to reporters in Warsaw.",
            '"We are not considering this," he said, answering a question about whether Poland would send troops.',
        ],
        {("poland", "troop-contribution", "opposes")},
    ),
    # "it" speaking is the one side the sentence before was about
    (
        ["The Kremlin issued a statement.", "It said European troops in Ukraine would be unacceptable."],
        {("russia", "reassurance-force", "opposes")},
    ),
    # "they", "both countries", "the two leaders": each of the sides the sentence before named
    (
        ["Italy and Spain were more cautious.", "They said they would not send troops."],
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        ["Italy and Spain were more cautious.", "Both countries said they would not send troops."],
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        ["Macron and Starmer met in Paris.", "The two leaders agreed to send troops to Ukraine after a ceasefire."],
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # "we will help" after refusing troops offers help, not the troops it refused
    (
        [
            '"The president has ruled out American boots on the ground," press secretary Karoline Leavitt said.',
            '"But we will help."',
        ],
        {("united-states", "us-ground-troops", "opposes"), ("united-states", "us-backstop", "supports")},
    ),
    # "they" is a coordinated subject just named, not every side the sentence before mentioned
    (
        ["Would Washington step in if Russian forces attacked them?", "They would need American air cover."],
        set(),
    ),
    # late-2025 wire phrasings; a condition set on the guarantees themselves ('must take into account', 'must be based
    # on'); a condition on another thing or side is no condition on what was discussed
    (
        ["France will send troops to the force.", "Trump said the deal must include a ceasefire."],
        {("france", "troop-contribution", "supports")},
    ),
    (
        ["France will send troops to the force.", "Rubio said Kyiv must take into account Russia's concerns."],
        {("france", "troop-contribution", "supports")},
    ),
    # a clause describing what a denied predicate names ('not something we will accept'); the subject of 'is something
    # we would support'; threats to destroy any troops
    (
        [
            "European leaders met in Paris to discuss a reassurance force.",
            '"Sweden stands ready to contribute," Kristersson said, adding that details were still being worked out.',
        ],
        {("sweden", "troop-contribution", "supports")},
    ),
    # conditions opened by 'only after'; 'they' after a sentence naming a side only as a place is no side
    (
        [
            "European leaders discussed a reassurance force for Ukraine.",
            "The Czech Republic would participate only after a peace agreement is signed.",
        ],
        {("czechia", "troop-contribution", "conditional")},
    ),
    (
        [
            "The question of deploying troops to Ukraine was raised by several European governments.",
            "They are willing to do so only after a ceasefire.",
        ],
        set(),
    ),
    (
        ["Norway discussed the force on Monday.", "It is willing to take part only after a ceasefire."],
        {("norway", "troop-contribution", "conditional")},
    ),
    # 'it' as the subject of a judgement in a quotation is the speaker's view; a short answer to a question about
    # troops is their side's, given by the one answering
    (
        ["The Italian defence minister was blunt.", '"Italian soldiers will not go to Ukraine," he said.'],
        {("italy", "troop-contribution", "opposes")},
    ),
    # A region stands for the side of a member who speaks of it, and for no one else (data/actors.yml `regions:`)
    (
        ["European leaders discussed a reassurance force for Ukraine.", "Macron said Europe was ready to help."],
        {("france", "reassurance-force", "supports")},
    ),
    # Round 19: states that deny a verb ("in no mood to"), a part set aside in the passive ("a German contribution
    # cannot be ruled out"), not taking part in guarantees one does not block is no refusal of them, and attribution
    (
        ["Merz spoke to ZDF on Sunday.", "The chancellor said Germany would not send ground troops."],
        {("germany", "troop-contribution", "opposes")},
    ),
    # What a thwarting verb is done with is not what it thwarts; the EU's membership is not NATO's; a public
    # ('residents of
    # Kyiv', 'most Ukrainians', voters) speaks for no side, while 'several countries' still do; 'preparing to send'
    (
        [
            "Several countries have stated that they will not send their troops to Ukraine.",
            "These include Poland and Italy.",
        ],
        {("italy", "troop-contribution", "opposes"), ("poland", "troop-contribution", "opposes")},
    ),
    # A pronoun in a clause set before its subject points ahead ('Though it will not send troops, Poland ...'); 'held
    # back'
    # is no backing; 'pushing hard for'; a relative pronoun misread as an apposition names no one
    (
        ["Britain has pledged troops.", "Though it will not send troops, Poland will support the force."],
        {
            ("poland", "reassurance-force", "supports"),
            ("poland", "troop-contribution", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        ["France backs the force.", "Although it has ruled out sending soldiers, Germany will help with air defence."],
        {
            ("france", "reassurance-force", "supports"),
            ("germany", "air-defence", "supports"),
            ("germany", "troop-contribution", "opposes"),
        },
    ),
    (["Britain is ready to lead.", "If it sends troops, France will follow."], set()),
    # 'provided' before a clause the parser hung on a noun; 'will be going to'; 'whose' holders; a person's apposition
    # ('Rutte, a supporter of ...'); 'the president' said by the side's own office; 'will have nothing to do with';
    # 'So does Latvia'; 'but wants X first' read at the clause's end
    (
        ["Zelensky asked for foreign troops to be stationed in Ukraine.", "Hungary will have nothing to do with it."],
        {("hungary", "reassurance-force", "opposes"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        [
            "A European force could be deployed after a ceasefire.",
            "Berlin is open to the idea but wants American support first.",
        ],
        {("germany", "reassurance-force", "conditional"), ("germany", "us-backstop", "supports")},
    ),
    (
        ["Estonia backs a multinational force.", "So does Latvia."],
        {("estonia", "reassurance-force", "supports"), ("latvia", "reassurance-force", "supports")},
    ),
    (
        ["Italy backs a US backstop.", "Britain wants American support first."],
        {("italy", "us-backstop", "supports"), ("united-kingdom", "us-backstop", "supports")},
    ),
    # Round 22: 'dead on arrival'; a condition's backstop wanted when nothing else is named; 'must remain neutral';
    # 'would never become a member'; judged worthless without, hung on the subject; refused to sign without; 'rather
    # than' as a
    # coordinator or a clause before the subject; 'never considered sending'; 'backstop' as a verb; 'see a role for its
    # soldiers'; a 'that' clause misread as describing the hearer; a condition on the force one joins; a judgement
    # coordinated
    # with a side's clause; 'not the only country'; whose decision a 'whether' clause names; 'no question of'; troops
    # 'being
    # sent'; a pledge to join owned by another side
    (
        [
            "Danish Prime Minister Mette Frederiksen spoke after the summit.",
            '"We are ready to contribute with soldiers," she said.',
        ],
        {("denmark", "troop-contribution", "supports")},
    ),
    # Backing won or held "of" a side, "said yes to", "ruled out troops" (its own), a UN flag, "made no secret of",
    # "not shy about", "dismissed ... as premature", "nothing will work without"
    (
        ['"We need a US backstop," Zelensky said.', '"Without it, nothing will work."'],
        {("ukraine", "us-backstop", "supports")},
    ),
    # A clause set against the one before by its bare auxiliary ("...; Stockholm is not", "Germany is not."), a
    # semicolon
    # clause is no complement, "among the countries prepared to", "it is not true that" said of one's own side, "insists
    # that ... must", "anathema", "kept its cards close to its chest", "hardened its stance against", "signed on to"
    (
        ["Britain is ready to send troops.", "Germany is not."],
        {("germany", "troop-contribution", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Italy has ruled out sending troops.", "Spain has not."],
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "noncommittal")},
    ),
    (["The talks in Paris ended late.", "Germany will not."], set()),
    # A bare auxiliary after a claim: "has not" after an offer is undecided; "by contrast"
    (
        ["France has offered troops.", "Italy and Spain have not."],
        {
            ("france", "troop-contribution", "supports"),
            ("italy", "troop-contribution", "noncommittal"),
            ("spain", "troop-contribution", "noncommittal"),
        },
    ),
    (
        ["Britain will send troops.", "Germany, by contrast, will not."],
        {("germany", "troop-contribution", "opposes"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # Asides set off by commas inside a cue ("is prepared, in principle, to"), a judgement made for a side ("off the
    # table
    # for Warsaw"), the members named for critics or supporters, "the first to", what a reporter asked about, an
    # approval required, "did the same" and "did not follow suit" repeating the claims before, a bare refusal
    (
        ["Hungary rejected the force.", "Slovakia did the same."],
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain ruled out sending troops.", "Poland followed suit."],
        {("poland", "troop-contribution", "opposes"), ("united-kingdom", "troop-contribution", "opposes")},
    ),
    (
        ["Britain offered troops for the force.", "Germany said it would do the same."],
        {("germany", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (["The coalition met in London.", "Germany said it would do the same."], set()),
    (
        [
            "Lavrov said Moscow cannot agree with the fact that guarantees are discussed without Russia.",
            "Hungary agreed.",
        ],
        set(),
    ),
    (
        ["France backs the force.", "Germany does not agree."],
        {("france", "reassurance-force", "supports"), ("germany", "reassurance-force", "opposes")},
    ),
    (
        ["France backs the force.", "Poland does not share this view."],
        {("france", "reassurance-force", "supports"), ("poland", "reassurance-force", "opposes")},
    ),
    (
        ["Britain backs the force.", "Germany did not follow suit."],
        {("germany", "reassurance-force", "noncommittal"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Britain backs the force.", "Germany agreed with London."],
        {("germany", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Starmer wants a US backstop.", "Trump has so far refused."],
        {("united-kingdom", "us-backstop", "supports"), ("united-states", "us-backstop", "opposes")},
    ),
    (
        ["Zelensky asked for a US backstop.", "Trump said he would think about it."],
        {("ukraine", "us-backstop", "supports"), ("united-states", "us-backstop", "noncommittal")},
    ),
    # A condition named by a verb ("if the US provided a backstop") is no connector; "the same" repeats the sentence's
    # own claims first; an apposition's clause is no part of the speaker's name; "raised the prospect of"
    (
        ["Britain has offered to send troops.", "Norway welcomed the offer and said it would do the same."],
        {
            ("norway", "troop-contribution", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("norway", "reassurance-force", "supports"),
        },
    ),
    # 'the two leaders', 'both men' after a sentence naming two sides (not as a list: 'X met Y'): each of them, also
    # through 'they' and 'their countries' in what they said
    (
        ["Starmer met Macron in London.", "The two leaders said they were ready to deploy troops to Ukraine."],
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        [
            "The British prime minister met his French counterpart in Paris.",
            "Both men said their countries would send troops after a ceasefire.",
        ],
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    # 'important contributors (among the 26)': contributors to the force named before, in troops or otherwise ('among'
    # names no thing contributed to)
    (
        [
            "Leaders discussed the reassurance force on Thursday.",
            "Germany, Italy and Poland were important contributors among the 26.",
        ],
        {
            ("germany", "reassurance-force", "supports"),
            ("italy", "reassurance-force", "supports"),
            ("poland", "reassurance-force", "supports"),
        },
    ),
    (
        [
            "Leaders discussed the reassurance force on Thursday.",
            "Spain and Portugal were among the main contributors.",
        ],
        {("spain", "reassurance-force", "supports"), ("portugal", "reassurance-force", "supports")},
    ),
    # a group counted in words at the head of a sentence ('Thirty countries', 'twenty-six countries'), which the parser
    # may read as a compound; supporting Ukraine 'with troops'
    (
        ["The coalition of the willing met in Paris.", "Twenty-six countries have pledged to send troops to Ukraine."],
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    (
        [
            "The coalition of the willing met in Paris.",
            "Macron announced that twenty-six countries have pledged to support Ukraine with troops.",
        ],
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    (
        [
            "The coalition of the willing met in Paris.",
            '"We have today 26 countries who have formally committed to deploy troops," Macron said.',
        ],
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    (
        [
            "The coalition of the willing met in Paris.",
            "Thirty countries are ready to take part in the reassurance force.",
        ],
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    # 'all of this' after a comma comments on what was said, as the speaker's judgement; it is not part of the object of
    # the cue before it
    (
        [
            "Maria Zakharova spoke on Thursday.",
            "London wants troops in Ukraine, all of this disguised as a peacekeeping mission, she said.",
        ],
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    # a clause of time the parser took for an object ('ready to contribute once a peace deal is signed'); 'under certain
    # conditions', 'set conditions for'
    (
        [
            "Leaders discussed the reassurance force for Ukraine.",
            "Finland is ready to contribute once a peace deal is signed.",
        ],
        {("finland", "troop-contribution", "supports")},
    ),
    (
        [
            "Leaders discussed the reassurance force for Ukraine.",
            "Norway would be prepared to participate under certain conditions.",
        ],
        {("norway", "troop-contribution", "conditional")},
    ),
    (
        [
            "Leaders discussed the reassurance force for Ukraine.",
            "Poland set conditions for joining the mission, including a clear mandate.",
        ],
        {("poland", "troop-contribution", "conditional")},
    ),
    # what would be vulnerable or fail without a thing needs it
    (
        [
            "Macron met Starmer in Paris.",
            "Without American air power, the European force would be vulnerable, Macron warned.",
        ],
        {("france", "us-backstop", "supports")},
    ),
    # 'them' as what a verb takes stands for what was named before it ('will treat them as legitimate targets' after an
    # 'if' clause naming troops); 'joined NATO'
    (
        ["Britain and France are planning a reassurance force.", "Moscow has ruled them out."],
        {
            ("united-kingdom", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
            ("russia", "reassurance-force", "opposes"),
        },
    ),
    # 'will contribute, but not with troops': a part in the force, its own soldiers refused
    (
        [
            "Leaders discussed the reassurance force.",
            '"We will contribute, but not with boots on the ground," Tusk said.',
        ],
        {("poland", "reassurance-force", "supports"), ("poland", "troop-contribution", "opposes")},
    ),
    # 'welcomed the pledges': the topic of the sentence that made them, not of the sentence just before
    (
        [
            "Twenty-six countries have pledged to take part in the force, Macron said.",
            "US officials said Washington could provide intelligence support.",
            "Zelensky welcomed the pledges.",
        ],
        {("united-states", "intelligence-support", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    # taking part with nothing named to take part in, on a condition, is a conditional part in the force (the backing
    # asked for is wanted); a 'provided' clause the parser coordinated asserts nothing
    (
        [
            "European leaders discussed a reassurance force for Ukraine.",
            "Sweden is ready to contribute, provided the United States offers a backstop.",
        ],
        {("sweden", "troop-contribution", "conditional"), ("sweden", "us-backstop", "supports")},
    ),
    # 'such units will be considered targets': a passive judgement of troops pointed back to is the speaker's
    (
        [
            "European leaders discussed sending Western troops to Ukraine.",
            "Such troops would be considered legitimate targets, Zakharova said.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # 'a contribution' with nothing named is a part in what was just discussed, as 'to contribute' is
    (
        [
            "European leaders discussed a reassurance force for Ukraine.",
            "Lithuania said it was considering a contribution.",
        ],
        {("lithuania", "troop-contribution", "noncommittal")},
    ),
    (
        [
            "European leaders discussed a reassurance force for Ukraine.",
            "Norway made a financial contribution to Ukraine's army.",
        ],
        set(),
    ),
    # a definite plan noun never named before points at no topic
    (
        ["Moscow rejected any NATO troops in Ukraine.", "Zelensky promised to work on the proposals calmly."],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain proposed a reassurance force.", "Poland welcomed the proposal."],
        {("united-kingdom", "reassurance-force", "supports"), ("poland", "reassurance-force", "supports")},
    ),
    # 'the request' points back to where one was made ('asked'), and only there; undecided on another's troops is
    # undecided on one's own; 'a robust force' is the force; pledges never named are the offers before
    (
        ["Britain asked Lithuania to send troops.", "Vilnius was considering the request but had made no decision."],
        {("united-kingdom", "reassurance-force", "supports"), ("lithuania", "troop-contribution", "noncommittal")},
    ),
    (
        ["Estonia said it would send troops.", "Vilnius was considering the request but had made no decision."],
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        ["Russian officials warned that Western troops in Ukraine would be targets.", "Ukraine welcomed the pledges."],
        {("russia", "reassurance-force", "opposes"), ("ukraine", "reassurance-force", "supports")},
    ),
    # 'they', 'both' or 'both countries' framing a demand stand for each side named just before
    (
        [
            "Britain and France have each offered several thousand troops.",
            "Both have insisted that the force must be backed by the United States.",
        ],
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "us-backstop", "supports"),
            ("france", "us-backstop", "supports"),
        },
    ),
    (
        [
            "Britain and France have each offered several thousand troops.",
            "They have insisted that the force must be backed by the United States.",
        ],
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "us-backstop", "supports"),
            ("france", "us-backstop", "supports"),
        },
    ),
    (
        ["Spain and Italy were cautious.", "Both countries said the force must have a UN mandate."],
        {("spain", "reassurance-force", "conditional"), ("italy", "reassurance-force", "conditional")},
    ),
    (
        ["Macron met Starmer in London.", "Both said Russia must accept the force."],
        {("france", "reassurance-force", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    # 'they', 'both' and 'the two governments' saying something stand for the sides named just before
    (
        ["Spain and Italy were cautious.", "They said a US backstop was essential."],
        {("spain", "us-backstop", "supports"), ("italy", "us-backstop", "supports")},
    ),
    (
        ["Spain and Italy were cautious.", "Both said the force must have a UN mandate."],
        {("spain", "reassurance-force", "conditional"), ("italy", "reassurance-force", "conditional")},
    ),
    (
        ["Spain and Italy met in Rome on Monday.", "The two governments said the force must have a UN mandate."],
        {("spain", "reassurance-force", "conditional"), ("italy", "reassurance-force", "conditional")},
    ),
    (
        ["Spain and Italy met in Rome on Monday.", "Both rejected Russia's demand that Ukraine stay out of NATO."],
        {
            ("spain", "nato-membership", "supports"),
            ("italy", "nato-membership", "supports"),
            ("russia", "nato-membership", "opposes"),
        },
    ),
    # an office 'of' a named side speaks for that side, not for the last person named; a bare 'parliament' under a
    # speaker is the speaker's side's
    (
        [
            "Macron met Zelensky in Paris.",
            "The Verkhovna Rada committee head said Ukraine would accept security guarantees only after a ceasefire.",
        ],
        {("ukraine", "security-guarantees", "conditional")},
    ),
    (
        [
            "Macron said France would send troops.",
            "The head of the Verkhovna Rada said parliament would ratify security guarantees only after a truce.",
        ],
        {("france", "troop-contribution", "supports"), ("ukraine", "security-guarantees", "conditional")},
    ),
    # an office 'for' or 'of' a named side speaks for that side, after another side's speaker
    (
        [
            "Macron said France would send troops.",
            "A spokesman for the Kremlin said Western troops in Ukraine would be unacceptable.",
        ],
        {("france", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        [
            "Zelensky spoke in Kyiv on Monday.",
            "A spokesman for the Italian government said its country would not send troops.",
        ],
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        [
            "Starmer met Merz in Berlin.",
            "The head of the Kremlin administration said Western troops in Ukraine would be unacceptable.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # the place an office is posted to ('the envoy to NATO') is not whose 'its' stands for
    (
        ["Macron said France would send troops.", "Rome's envoy to NATO said its troops would not go to Ukraine."],
        {("france", "troop-contribution", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        [
            "Starmer met Merz in Berlin on Monday.",
            "Italy's ambassador to Washington said its troops would not go to Ukraine.",
        ],
        {("italy", "troop-contribution", "opposes")},
    ),
    # 'he' and 'she' after two people named: the one the pronoun fits ('women' in actors.yml)
    (
        ["Emmanuel Macron met Giorgia Meloni in Rome on Monday.", '"We will not send troops to Ukraine," she said.'],
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        ["Giorgia Meloni met Emmanuel Macron in Rome on Monday.", "He said his country would not send troops."],
        {("france", "troop-contribution", "opposes")},
    ),
    (
        ["Keir Starmer and Mette Frederiksen spoke by phone.", "She said her country would not send troops."],
        {("denmark", "troop-contribution", "opposes")},
    ),
    (
        ["Keir Starmer met Anna Kowal in London.", "She said Britain would send troops."],
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # 'its' in a 'while'-participle is the clause's subject's; 'ready to discuss the issue' backs nothing, 'in this
    # matter' still points back
    (
        [
            "Britain proposed a reassurance force.",
            "Moscow said it would be ready to discuss the issue with Washington.",
        ],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Britain proposed a reassurance force.", "Germany has not decided on the matter."],
        {("united-kingdom", "reassurance-force", "supports"), ("germany", "reassurance-force", "noncommittal")},
    ),
    # 'current discussions' and 'ongoing discussions' point back
    (
        ["Britain proposed a reassurance force.", "Peskov dismissed current discussions as premature."],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "noncommittal")},
    ),
    (
        ["France wants a European force in Ukraine.", "Berlin called ongoing discussions premature."],
        {("france", "reassurance-force", "supports"), ("germany", "reassurance-force", "noncommittal")},
    ),
    # 'the leaders of Spain and Italy' are the sides a following 'they' stands for
    (
        [
            "The leaders of Spain and Italy spoke by phone.",
            "They rejected Russia's demand that Ukraine stay out of NATO.",
        ],
        {
            ("spain", "nato-membership", "supports"),
            ("italy", "nato-membership", "supports"),
            ("russia", "nato-membership", "opposes"),
        },
    ),
    # judgements through 'seen as'; 'that' naming the clause before it; 'the debate' pointing back; taking part long
    # after the force was named, and not in talks
    (
        ["Norway backs the force.", "Hungary will not deploy soldiers; this is final, Orban said."],
        {("norway", "reassurance-force", "supports"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        ["Canada wants a European force in Ukraine.", "The Swedish minister has called the debate premature."],
        {("canada", "reassurance-force", "supports"), ("sweden", "reassurance-force", "noncommittal")},
    ),
    (
        ["Canada wants a European force in Ukraine.", "Spain welcomed the debate."],
        {("canada", "reassurance-force", "supports")},
    ),
    (
        [
            "Finland wants a European force in Ukraine.",
            "Russia rejects it.",
            "Talks went on.",
            "Denmark has moved slowly.",
            "Oslo was quiet.",
            "Norway would be willing to take part.",
        ],
        {
            ("finland", "reassurance-force", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("norway", "troop-contribution", "supports"),
        },
    ),
    (
        [
            "Finland wants a European force in Ukraine.",
            "Russia rejects it.",
            "Talks went on.",
            "Denmark has moved slowly.",
            "Oslo was quiet.",
            "Norway would be willing to contribute, as long as there is a clear mandate.",
        ],
        {
            ("finland", "reassurance-force", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("norway", "troop-contribution", "conditional"),
        },
    ),
    (
        [
            "Finland wants a European force in Ukraine.",
            "Russia rejects it.",
            "Talks went on.",
            "Denmark has moved slowly.",
            "Oslo was quiet.",
            "Norway will not take part.",
        ],
        {
            ("finland", "reassurance-force", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("norway", "troop-contribution", "opposes"),
        },
    ),
    (
        [
            "Finland wants a European force in Ukraine.",
            "Russia rejects it.",
            "Talks went on.",
            "Denmark has moved slowly.",
            "Oslo was quiet.",
            "Sanctions will hardly help.",
        ],
        {("finland", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Finland wants a European force in Ukraine.", "Norway is willing to take part in the talks."],
        {("finland", "reassurance-force", "supports")},
    ),
    (
        ["Finland wants a European force in Ukraine.", "Norway is ready to play a role in the negotiations."],
        {("finland", "reassurance-force", "supports")},
    ),
    (
        ["Finland wants a European force in Ukraine.", "Norway is ready to play a role."],
        {("finland", "reassurance-force", "supports"), ("norway", "reassurance-force", "supports")},
    ),
    # a mission to secure a ceasefire; opening the door; a perfect split by a phrase inside it; the last word on it
    (
        ["Finland backs the force.", "Stubb said parliament would have the final say on sending troops."],
        {("finland", "reassurance-force", "supports"), ("finland", "troop-contribution", "conditional")},
    ),
    (
        ["Stubb said Finnish troops could take part.", '"But parliament will have the final word," Stubb said.'],
        {("finland", "troop-contribution", "supports"), ("finland", "troop-contribution", "conditional")},
    ),
    # refusing to answer is no 'no'; an open question ('divided over how far') asserts nothing; 'them', done to the
    # people just named
    (
        ["Canada wants a European force.", "Rubio told allies that Washington would not abandon them."],
        {("canada", "reassurance-force", "supports")},
    ),
    (
        ["Canada wants a European force.", "Moscow said it would treat them as targets."],
        {("canada", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Canada proposed European peacekeepers.", "Lavrov warned European leaders that Moscow would reject them."],
        {("canada", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # nothing ruled in or out
    (
        ["Finland wants a European force.", "Sweden has ruled nothing in or out."],
        {("finland", "reassurance-force", "supports"), ("sweden", "troop-contribution", "noncommittal")},
    ),
    (
        ["Finland wants a European force.", "Denmark said it would not rule anything in or out."],
        {("finland", "reassurance-force", "supports"), ("denmark", "troop-contribution", "noncommittal")},
    ),
    # a relative clause narrowing 'any' thing, or denying something of a thing refused, names a kind; the army or navy
    # is the speaker's side; 'made the same commitment', 'taken the same position', 'has done likewise' repeat the claim
    # before
    (
        ["Britain has pledged troops.", "France has made a similar pledge."],
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Italy has ruled out sending soldiers.", "Spain has taken the same position."],
        {("italy", "troop-contribution", "opposes"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        ["Britain has pledged troops.", "France has done likewise."],
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Britain has pledged troops.", "France has not made the same commitment."],
        {("france", "troop-contribution", "noncommittal"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    # paired group names; what 'without it' or 'without one' lacks is wanted, not refused; 'called for' is no naming
    # verb; an answer about something else; plans of unnamed sides spoken about
    (
        ["Schoof said a US backstop was essential.", "He said the Netherlands would not deploy without it."],
        {("netherlands", "troop-contribution", "conditional"), ("netherlands", "us-backstop", "supports")},
    ),
    (
        ["Britain wants a US backstop.", "It will not send troops without one."],
        {("united-kingdom", "troop-contribution", "conditional"), ("united-kingdom", "us-backstop", "supports")},
    ),
    # refusing a deal that rules a topic out backs it, through coordinated relative clauses too; a nested apposition
    # ('Ukraine's neighbour') describes, names no holder; names in capitals; 'said in a statement that'; 'especially if'
    # sets no condition
    (
        [
            "Estonia's minister dismissed the warning.",
            "Lithuania's foreign ministry said in a statement that the country remained ready to join the mission.",
        ],
        {("lithuania", "troop-contribution", "supports")},
    ),
    # 'called' is a naming verb unless 'for' or 'on' follows it at once; a verb coordinated under what someone is urged
    # to do is the urger's wish; 'would not recognise' the force refuses it
    (
        [
            "Trump spoke on Monday.",
            "Senator Lindsey Graham urged the administration to go further and commit to defending European troops.",
        ],
        set(),
    ),
    # the same two sides listed twice in the sentence before ('France and Britain ... Macron and Starmer') are 'the two
    # leaders'; a side's role, named by its people, is its part
    (
        [
            "The Elysee said France and Britain will deploy troops after a call between Macron and Keir Starmer.",
            "The two leaders said they were ready to lead the multinational force.",
        ],
        {
            ("france", "reassurance-force", "supports"),
            ("france", "troop-contribution", "supports"),
            ("united-kingdom", "reassurance-force", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    # troops 'promised' are pledged; 'the troops', bare, are the ones just named
    (
        ["Britain and France pledged troops for the force.", "Lavrov said Moscow would treat the troops as occupiers."],
        {
            ("france", "troop-contribution", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    (
        ["Britain and France pledged troops for the force.", "Germany said it would not send the troops."],
        {
            ("france", "troop-contribution", "supports"),
            ("germany", "troop-contribution", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    # 'the presence of such contingents', judged, are the troops just named
    (
        [
            "Peskov spoke about the European troops planned for Ukraine.",
            '"The presence of such contingents near our borders is a direct threat," Peskov said.',
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # a position not taken, right after a sentence read on a side's part, is on that part
    (
        [
            "Kristersson said it was too soon to say what Sweden's contribution would be.",
            "Norway has not taken a position, a spokesperson said.",
        ],
        {("sweden", "troop-contribution", "noncommittal"), ("norway", "troop-contribution", "noncommittal")},
    ),
    # 'they' in a quotation, wanting or deciding, are sides, not the troops named before
    (
        [
            "Trump said American soldiers would not be part of the force.",
            '"They want to do it, and I think that is great," Trump said of the Europeans.',
        ],
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # 'fine with', 'comfortable with', 'happy with'
    (
        [
            "Trump said he was fine with European troops going, but that American soldiers would not be part of it.",
            '"They want to do it, and I think that is great," Trump told reporters.',
        ],
        {("united-states", "reassurance-force", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    # an adjective with a complement describing a noun has that noun as its holder ('there are 26 countries ready to
    # deploy')
    (
        ["The coalition of the willing met in Paris.", "Macron said there are 26 countries ready to deploy troops."],
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    # 'prepared to consider any request' is undecided on what was just discussed; 'had not yet taken a decision'
    (
        [
            "Australia is open to contributing to a peacekeeping force in Ukraine, Albanese said.",
            '"We are prepared to consider any request," Albanese said.',
        ],
        {("australia", "troop-contribution", "supports"), ("australia", "troop-contribution", "noncommittal")},
    ),
    (
        ["Lithuania backs the force.", "Lithuania had not yet taken a decision on troops, the minister said."],
        {("lithuania", "reassurance-force", "supports"), ("lithuania", "troop-contribution", "noncommittal")},
    ),
    # an official the lists do not know, named by an office after a sentence that opens with a side, speaks for it; an
    # analyst named after his trade speaks for none
    (
        [
            "Japan will not send troops, Chief Cabinet Secretary Yoshimasa Hayashi said.",
            "Japan could help with demining, Hayashi said.",
        ],
        {("japan", "troop-contribution", "opposes"), ("japan", "maritime-security", "supports")},
    ),
    (["Japan will not send troops, analyst Ken Tanaka said.", "Japan could help with demining, Tanaka said."], set()),
    # an office in lower case before the name; a former official the parser left without a clause speaks for no side
    (
        [
            "Spain will not send troops to Ukraine, government spokesman Luis Marin said.",
            "Spain could help with demining, Marin said.",
        ],
        {("spain", "troop-contribution", "opposes"), ("spain", "maritime-security", "supports")},
    ),
    # 'the two leaders' are the people named before (sides named as adjectives are not leaders); what sides agreed that
    # ... is what they say
    (
        [
            "The Prime Minister spoke to President Zelenskyy about a US backstop and Russian threats.",
            "The two leaders agreed that a European force would be vital.",
        ],
        set(),
    ),
    (
        ["Starmer met Macron in London.", "The two leaders agreed that a US backstop would be vital."],
        {("united-kingdom", "us-backstop", "supports"), ("france", "us-backstop", "supports")},
    ),
    # an interview printed without 'Q:' or 'A:': the answers after its questions are the interviewee's; 'It remains our
    # goal' names what was just asked
    (
        [
            "The foreign minister of Poland, Radoslaw Sikorski, spoke to us in an interview in Warsaw.",
            "Will Poland send troops?",
            "No. Our army must protect our own territory.",
            "And NATO membership for Ukraine?",
            "It remains our goal.",
        ],
        {("poland", "nato-membership", "supports")},
    ),
    (
        ["Moscow rejected a European force.", "It remains unacceptable, Peskov said."],
        {("russia", "reassurance-force", "opposes")},
    ),
    # a question naming no topic ('Who is in?') passes 'it' on to what was named before; 'but only once ...' beside the
    # cue is its condition; 'Canada, which has said it could ...' speaks for Canada; 'Turkey or Romania would lead'
    # names neither; 'not ground troops' with 'not' on the compound; 'not in a position to send' refuses; an unnamed
    # government's spokesman speaks for the side the sentence before was about
    (
        [
            "A reassurance force would be deployed in Ukraine after a ceasefire.",
            "Britain and France have said they will lead it.",
        ],
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        [
            "A reassurance force would be deployed in Ukraine after a ceasefire.",
            "Who is in?",
            "Britain and France have said they will lead it.",
        ],
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        ["Who leads the reassurance force?", "Britain and France have said they will lead it."],
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    (
        ["Britain backs a reassurance force.", "What happens next?", "Russia rejects it."],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (["Will Moscow accept observers?", "It is premature to talk about this, Peskov said."], set()),
    (
        [
            "Readers asked whether Germany will take part in a reassurance force.",
            "Short answer: not yet.",
            "Merz said Germany is willing to contribute, but only once a ceasefire is agreed and parliament approves.",
        ],
        {("germany", "troop-contribution", "conditional")},
    ),
    (
        [
            "The German government denied a report that it would send a brigade.",
            '"No decision has been taken," a government spokesman said.',
        ],
        {("germany", "troop-contribution", "noncommittal"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        ["Spain is weighing a naval role.", '"No decision has been taken on troops," a government spokesman said.'],
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        [
            "The Spanish government is weighing a naval role.",
            "A government spokesperson said no decision had been taken on troops.",
        ],
        {("spain", "troop-contribution", "noncommittal")},
    ),
    (
        ["Spain is weighing a naval role.", '"We will not send troops," a government spokesman said.'],
        {("spain", "troop-contribution", "opposes")},
    ),
    # 'provided ...' hung on the verb of saying conditions the reported clause; 'their readiness' of two named sides is
    # each one's own; personnel from NATO countries on Ukrainian territory; 'ready to discuss' backs nothing; 'studying
    # the question' points back
    (
        [
            "A senior administration official said the United States would not put troops on the ground in Ukraine.",
            '"The president was clear. No boots on the ground," the official said, speaking on condition of anonymity.',
        ],
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        [
            "A senior administration official said the United States would not put troops on the ground in Ukraine.",
            '"No boots on the ground," the official said.',
        ],
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        ["Nobody has committed troops to the force yet.", "Sweden said it was still studying the question."],
        {("sweden", "reassurance-force", "noncommittal")},
    ),
    # 'both governments' after a sentence naming one side and another's thing ('NATO's eastern flank'): the pair listed
    # a few sentences before; pressing or arguing the case for a larger force
    (
        [
            "Poland and Lithuania have taken different positions on the reassurance force.",
            "Lithuania's defence minister said her country would send a unit.",
            "Poland's minister said Polish soldiers would stay in Poland, where they guard NATO's eastern flank.",
            "Both governments support the force politically, officials said.",
        ],
        {
            ("lithuania", "troop-contribution", "supports"),
            ("poland", "reassurance-force", "supports"),
            ("lithuania", "reassurance-force", "supports"),
        },
    ),
    (
        [
            "Poland's defence minister met Lithuania's defence minister.",
            "Both governments support the force, officials said.",
        ],
        {("poland", "reassurance-force", "supports"), ("lithuania", "reassurance-force", "supports")},
    ),
    (["Poland's president spoke about NATO's eastern flank.", "Both governments support the force."], set()),
    # a quotation inside a quotation, introduced by another ('He told me, 'I'll accept that''), is not the speaker's
    # first person; a statement passed on by a speaker of another side ('Trump said Putin had told him Russia could
    # ...') is reported by that side
    (
        [
            "Trump spoke to Putin on Monday.",
            "\"He told me, 'I'll accept that.' He's OK with it,\" Trump told reporters.",
        ],
        set(),
    ),
    (["Macron met Putin.", '"He said to me: ‘We will never accept this force.’ That was all," Macron said.'], set()),
    # 'is open to contributing' after a topic points back to it (an -ing that drops an 'e' is found as the verb's stem);
    # financing or paying for the force backs it ('will finance part of the force' is no troop offer)
    (
        [
            "Canada will contribute troops to the reassurance force.",
            'Albanese told the summit that Canberra is "open to" contributing.',
        ],
        {("australia", "troop-contribution", "supports"), ("canada", "troop-contribution", "supports")},
    ),
    # a verb after 'but not' shares the modal before it, denied ('would act as a hub but not send soldiers'); a frame
    # around another that reports a clause of its own besides is no outer speaker ('Copenhagen said it was ready, Oslo
    # said it needed more time'); 'needed more time' is undecided
    (
        [
            "Leaders discussed the reassurance force.",
            "Copenhagen said it was ready to contribute, Oslo said it needed more time, and Helsinki said little.",
        ],
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "noncommittal")},
    ),
    (
        [
            "Leaders discussed the reassurance force.",
            "Copenhagen said it was ready to contribute; Oslo said it needed more time to decide on the force.",
        ],
        {("denmark", "troop-contribution", "supports"), ("norway", "reassurance-force", "noncommittal")},
    ),
    # 'consider them dangerous' after plans were named: 'them', the judged small clause's subject, is what was named;
    # the presence of NATO countries in Ukraine names the force
    (
        [
            "Question: How does the Kremlin assess the plans of the so-called coalition of the willing?",
            "Peskov: We have said many times that we consider them extremely dangerous.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain and France presented plans for a reassurance force.", '"We consider them dangerous," Peskov said.'],
        {
            ("united-kingdom", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
            ("russia", "reassurance-force", "opposes"),
        },
    ),
    (["Macron met the Baltic leaders.", '"We consider them reliable," Macron said.'], set()),
    # a name the lists do not know after an office of one side ('Danish Foreign Minister Anton Velko') is that side's
    # person, for 'he' after it too
    (
        ["Greek Foreign Minister Anton Velko spoke in Athens on Monday.", '"We are ready to send troops," he said.'],
        {("greece", "troop-contribution", "supports")},
    ),
    (
        ["Spanish Defence Minister Anton Velko met Macron.", "He said Spain would not send troops."],
        {("spain", "troop-contribution", "opposes")},
    ),
    (["Former Greek Foreign Minister Anton Velko spoke in Athens.", '"We should send troops," he said.'], set()),
    (
        ["Danish Foreign Minister Anton Velko spoke on Monday.", '"We are ready to send troops," he said.'],
        {("denmark", "troop-contribution", "supports")},
    ),
    # unnamed officials and offices of the side a sentence opens with; troops judged by another side; 'keep its troops
    # at home'; 'cool on the idea'; relative pronouns that stand for no topic
    (
        [
            "Italy said it would not send troops.",
            "The United States will lead the ceasefire monitoring, a senior administration official said, adding"
            " that no American troops would be deployed on Ukrainian soil.",
        ],
        {
            ("italy", "troop-contribution", "opposes"),
            ("united-states", "intelligence-support", "supports"),
            ("united-states", "us-ground-troops", "opposes"),
        },
    ),
    (
        [
            "Spain is weighing a naval role.",
            "Portugal will send a frigate to the Black Sea mission, a government spokesman said.",
        ],
        {("portugal", "maritime-security", "supports")},
    ),
    (
        ["Norway will help.", "Estonia has already earmarked a company of troops, its prime minister said."],
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        [
            "Estonia has earmarked a company of troops.",
            "Its prime minister said the soldiers would be ready by spring.",
        ],
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        ["Britain wants a European force.", "Spain has been noticeably cool on the idea."],
        {("united-kingdom", "reassurance-force", "supports"), ("spain", "reassurance-force", "opposes")},
    ),
    (
        ["Britain wants a European force.", "Spain has taken part in a meeting on the plan."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        [
            "Russia rejects foreign troops.",
            "Hungary and Slovakia have refused to sign any document that commits them to military assistance.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain wants a European force.", "Italy rejected the idea, which Spain backs."],
        {
            ("united-kingdom", "reassurance-force", "supports"),
            ("italy", "reassurance-force", "opposes"),
            ("spain", "reassurance-force", "supports"),
        },
    ),
    # 'no plans to take part' is the side's own part; 'any guarantee'; 'the government' of a place named with it; 'a
    # good deal'
    (
        [
            "Japan is considering sending personnel to help with logistics.",
            "South Korea has said it has no plans to take part.",
        ],
        {("japan", "troop-contribution", "noncommittal"), ("south-korea", "troop-contribution", "opposes")},
    ),
    (
        ["Germany will send troops.", "Spain has no intention to take part."],
        {("germany", "troop-contribution", "supports"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        [
            "Lithuania will send troops.",
            "In neighbouring Latvia, the government has not yet decided whether to send troops.",
        ],
        {("lithuania", "troop-contribution", "supports"), ("latvia", "troop-contribution", "noncommittal")},
    ),
    (
        ["Lithuania will send troops.", "The government in Latvia has not yet decided whether to send troops."],
        {("lithuania", "troop-contribution", "supports"), ("latvia", "troop-contribution", "noncommittal")},
    ),
    (
        ["Lithuania will send troops.", "The government of Latvia has not yet decided whether to send troops."],
        {("lithuania", "troop-contribution", "supports"), ("latvia", "troop-contribution", "noncommittal")},
    ),
    # 'a binding commitment' is a guarantee; a side's own words of what it could do stay its offer when the article has
    # them 'according to' others
    (
        ["Rubio spoke.", "He did not say whether Washington would agree to a binding commitment."],
        {("united-states", "security-guarantees", "noncommittal")},
    ),
    # 'X would be welcome' is the speaker's welcome, not X's offer; taking part after a naval or air mission was named
    # is a part in that mission
    (
        ["Turkey will lead the Black Sea naval mission.", "Bulgaria has yet to say whether it will take part."],
        {("turkey", "maritime-security", "supports"), ("bulgaria", "maritime-security", "noncommittal")},
    ),
    (
        ["Turkey will lead the Black Sea naval mission.", "Bulgaria will take part."],
        {("turkey", "maritime-security", "supports"), ("bulgaria", "maritime-security", "supports")},
    ),
    (
        ["Britain will lead the air policing mission over Ukraine.", "Norway has not decided whether it will join."],
        {("united-kingdom", "air-defence", "supports"), ("norway", "air-defence", "noncommittal")},
    ),
    (
        ["Britain backs security guarantees for Ukraine.", "Norway has not decided whether it will take part."],
        {("united-kingdom", "security-guarantees", "supports"), ("norway", "troop-contribution", "noncommittal")},
    ),
    # 'the two leaders' are the two people listed together before (not every person the sentence named); 'both' after a
    # pair listed earlier in the same sentence; what a mission would lack or fail without is needed; a role limited to
    # logistics is a part in the force without troops
    (
        [
            "Keir Starmer and Emmanuel Macron urged Donald Trump on Thursday to back the force.",
            "The two leaders, speaking after a call with the US president, said they were ready to deploy troops.",
        ],
        {
            ("united-kingdom", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
        },
    ),
    (
        ["Starmer met Zelensky.", "The two leaders said they backed the force."],
        {("united-kingdom", "reassurance-force", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        [
            "Starmer met Trump.",
            "Neither Germany nor Italy has agreed to send ground forces, though both have offered to help with"
            " training.",
        ],
        {("germany", "troop-contribution", "noncommittal"), ("italy", "troop-contribution", "noncommittal")},
    ),
    (
        [
            "Starmer met Trump.",
            "Germany and Italy refused to send troops, but both have offered to help with air defence.",
        ],
        {
            ("germany", "troop-contribution", "opposes"),
            ("italy", "troop-contribution", "opposes"),
            ("germany", "air-defence", "supports"),
            ("italy", "air-defence", "supports"),
        },
    ),
    # 'it' after a colon is the side the clause before it is about; 'a troop role'; 'the administration' after a
    # sentence about a side is that side, and its own words ('air support', for the US) are its topic
    (
        [
            "Merz said German participation would require a vote.",
            "Washington's position has shifted.",
            "The administration is now willing to provide air support, officials say.",
        ],
        {("germany", "troop-contribution", "conditional"), ("united-states", "us-backstop", "supports")},
    ),
    # 'one of the root causes of the conflict' opposes what it names (not a root cause 'for' something else); a request
    # the holder balks at is no request of its own
    (
        [
            "Russia will not accept troops from NATO countries in Ukraine, Peskov said.",
            '"This is one of the root causes of the conflict, and our position here has not changed at all," Peskov'
            " said.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        [
            "Putin spoke about the troops.",
            '"As regards any stationing of troop contingents in Ukraine, this was one of the root causes for'
            ' dragging Ukraine into NATO," Putin said.',
        ],
        set(),
    ),
    # 'a spokeswoman', unnamed, speaks for the side the sentence before was about
    (
        [
            "The White House readout made no mention of a force.",
            'A spokeswoman said only that the president had "reiterated that there will be no American troops in'
            ' Ukraine".',
        ],
        {("united-states", "us-ground-troops", "opposes")},
    ),
    (
        ["Spain is weighing a naval role.", '"We will not send troops," a spokesman said.'],
        {("spain", "troop-contribution", "opposes")},
    ),
    # 'the official' after 'a senior defense official said' that spoke for the side its sentence opened with; a dateline
    # in capitals is where the news was filed, not the side a sentence opens with
    (
        [
            "WASHINGTON - The Pentagon will provide air cover for the European force, a senior defense official said.",
            '"There will be no American boots on Ukrainian soil," the official said.',
        ],
        {("united-states", "us-backstop", "supports"), ("united-states", "us-ground-troops", "opposes")},
    ),
    # 'our soldiers will be there' is a commitment
    (
        ["Britain backs the force.", "The United States would be there for Europe, Trump said."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # 'has not ruled out a role', 'rejected any role': a role of its own in what was just discussed (not 'a role in the
    # talks'; to 'play a role' stays backing the force)
    (
        ["Italy will not send soldiers.", "Germany has not ruled out a role."],
        {("italy", "troop-contribution", "opposes"), ("germany", "troop-contribution", "noncommittal")},
    ),
    (
        ["Italy will not send soldiers.", "Germany has not ruled out a role in the talks."],
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        ["Britain backs the force.", "Spain rejected any role."],
        {("united-kingdom", "reassurance-force", "supports"), ("spain", "troop-contribution", "opposes")},
    ),
    (
        [
            "Italy will not send soldiers.",
            "Germany has not ruled out a role but says its focus is on NATO's eastern flank.",
        ],
        {("italy", "troop-contribution", "opposes"), ("germany", "troop-contribution", "noncommittal")},
    ),
    # troops sent across the border go beyond it; a taking part denied below a hope; 'it' after an opening clause about
    # a region
    (
        ["Britain leads the planning for the force.", "Russia hoped Portugal would not join."],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain leads the planning for the force.", "Moscow urged Greece not to take part."],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain leads the planning for the force.", "Greece hoped it would join."],
        {("united-kingdom", "reassurance-force", "supports"), ("greece", "troop-contribution", "supports")},
    ),
    (
        ["Moscow says Western troops would be a provocation.", "If Europe is serious, it should send soldiers."],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        [
            "Moscow says Western troops would be a provocation.",
            "If Europe means it, it should say how many soldiers it will send.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    (
        [
            "Moscow says Western troops would be a provocation.",
            "Although Italy backs the force, it will not send troops.",
        ],
        {
            ("russia", "reassurance-force", "opposes"),
            ("italy", "reassurance-force", "supports"),
            ("italy", "troop-contribution", "opposes"),
        },
    ),
    # a brief's label ('BELGIUM: The government said ...') names the side; a taking part held back ('kept it from taking
    # part', 'wants to stop Britain from taking part') is refused
    (
        [
            "Britain will send troops to the force.",
            "NORWAY: The government said it was still weighing whether to take part.",
        ],
        {("united-kingdom", "troop-contribution", "supports"), ("norway", "troop-contribution", "noncommittal")},
    ),
    (
        ["Britain will send troops to the force.", "IRELAND: Dublin said its neutrality barred it from joining."],
        {("united-kingdom", "troop-contribution", "supports"), ("ireland", "troop-contribution", "opposes")},
    ),
    (
        ["Britain will send troops to the force.", "Ireland said its constitution kept it from taking part."],
        {("united-kingdom", "troop-contribution", "supports"), ("ireland", "troop-contribution", "opposes")},
    ),
    (
        ["Britain will send troops to the force.", "Russia wants to stop Britain from taking part."],
        {("united-kingdom", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain will send troops to the force.", "Moscow is trying to prevent Germany from joining the force."],
        {("united-kingdom", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain will send troops to the force.", "The Kremlin warned that it would block Poland from taking part."],
        {("united-kingdom", "troop-contribution", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    (
        ["Britain will send troops to the force.", "Threats will not deter France from taking part."],
        {("united-kingdom", "troop-contribution", "supports"), ("france", "troop-contribution", "supports")},
    ),
    (
        ["Britain will send troops to the force.", "Ireland said its constitution prevents it from taking part."],
        {("united-kingdom", "troop-contribution", "supports"), ("ireland", "troop-contribution", "opposes")},
    ),
    # 'Spain will be there' after the force: its own part (not 'be there for Europe'); 'enabling support' from
    # Washington is the backstop
    (
        [
            "Greece will take part in a European security force once a peace deal is signed, the prime minister said.",
            '"Greece will be there, as it has always been in every mission of peace," he told parliament.',
        ],
        {("greece", "troop-contribution", "supports")},
    ),
    (
        ["Britain backs a European force.", '"Portugal will be there," the prime minister said.'],
        {("united-kingdom", "reassurance-force", "supports"), ("portugal", "troop-contribution", "supports")},
    ),
    (
        ["Britain backs the force.", "The United States would be there for Europe, Trump said."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # holders and speakers in reported speech
    (
        ["Britain backs the force.", "Støre said Norway would consider contributing."],
        {("united-kingdom", "reassurance-force", "supports"), ("norway", "troop-contribution", "noncommittal")},
    ),
    # pushing an idea backs it; the troops a relative clause's sending verb stands for, and its 'it' for the main
    # clause's subject; 'the most reliable deterrent' praises, 'a guarantee of escalation' does not
    (
        ["Britain backs a European force.", "London and Paris continue to push the idea despite the risks."],
        {("united-kingdom", "reassurance-force", "supports"), ("france", "reassurance-force", "supports")},
    ),
    # a closing apposition: 'a position echoed by Latvia' shares the stance, 'a move welcomed/criticised by X' is X's
    # reaction to the clause (to its refusal, when the clause refuses)
    (
        ["Britain backs the force.", "Spain agreed."],
        {("united-kingdom", "reassurance-force", "supports"), ("spain", "reassurance-force", "supports")},
    ),
    (
        ["Britain backs the force.", "Hungary disagreed."],
        {("united-kingdom", "reassurance-force", "supports"), ("hungary", "reassurance-force", "opposes")},
    ),
    # conditions: only if, provided, as long as, unless, without; help but not with troops; 'not before a ceasefire' is
    # the force's own timing
    (
        ["Britain will send troops to the force.", "Norway will contribute provided there is a ceasefire."],
        {("united-kingdom", "troop-contribution", "supports"), ("norway", "troop-contribution", "conditional")},
    ),
    (
        ["Britain will send troops to the force.", "Poland will help, but not with troops."],
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("poland", "troop-contribution", "opposes"),
            ("poland", "reassurance-force", "supports"),
        },
    ),
    (
        ["Britain will send troops to the force.", "Belgium is ready to contribute, though not before a ceasefire."],
        {("united-kingdom", "troop-contribution", "supports"), ("belgium", "troop-contribution", "supports")},
    ),
    # sides taken up in the next sentence: the two leaders, both, it, 'So does', 'Neither will', 'however, will not'
    (
        ["Macron met Starmer in London.", "The two leaders said they were ready to send troops."],
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Estonia and Latvia have offered troops.", "Both say a US backstop is essential."],
        {
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("estonia", "us-backstop", "supports"),
            ("latvia", "us-backstop", "supports"),
        },
    ),
    (
        ["Britain has offered troops.", "It says it will lead the force."],
        {("united-kingdom", "troop-contribution", "supports"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Hungary opposes the force.", "So does Slovakia."],
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "reassurance-force", "opposes")},
    ),
    (
        ["Poland will not send troops.", "Neither will Hungary."],
        {("poland", "troop-contribution", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        ["France will send troops.", "Germany, however, will not."],
        {("france", "troop-contribution", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        ["Britain backs the force.", "Germany has too many doubts."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # where it was said: on X, on Telegram, in an interview, in a statement, to the Security Council; the coalition's
    # efforts are the force's
    (
        [
            "Britain will send troops to the force.",
            "The Finnish defence ministry said in a statement that Finland was ready to contribute.",
        ],
        {("united-kingdom", "troop-contribution", "supports"), ("finland", "troop-contribution", "supports")},
    ),
    # 'will be there' is a part in the force only for a side that can send its own troops to it
    (
        ["Britain backs the force.", "The United States will not be there, Vance said."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Britain backs the force.", "Germany will not be there."],
        {("united-kingdom", "reassurance-force", "supports"), ("germany", "troop-contribution", "opposes")},
    ),
    (
        ["Britain backs the force.", "Russia will be there to watch."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    # 'The two said', 'The three said': the sides just named
    (
        ["Macron met Starmer in Paris.", "The two said they would send troops."],
        {("france", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Estonia, Latvia and Lithuania met in Riga.", "The three said they were ready to contribute troops."],
        {
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
        },
    ),
    # 'the idea' is the proposal or plan named before, not the topic of the sentence just before
    (
        [
            "Sanchez renewed his proposal for an Article 5-style pledge for Ukraine.",
            "Italy will not send troops.",
            "Kyiv said it was open to the idea.",
        ],
        {
            ("spain", "article-5-guarantee", "supports"),
            ("italy", "troop-contribution", "opposes"),
            ("ukraine", "article-5-guarantee", "supports"),
        },
    ),
    (
        ["Britain backs the force.", "Russia rejected the idea."],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # 'the chiefs of defence of' three sides, then 'The three said': those sides
    (
        [
            "The chiefs of defence of Estonia, Latvia and Lithuania met in Riga.",
            "The three said they were ready to contribute troops.",
        ],
        {
            ("estonia", "troop-contribution", "supports"),
            ("latvia", "troop-contribution", "supports"),
            ("lithuania", "troop-contribution", "supports"),
        },
    ),
    (
        ["The foreign ministers of Denmark and Norway met in Oslo.", "The two said they would send troops."],
        {("denmark", "troop-contribution", "supports"), ("norway", "troop-contribution", "supports")},
    ),
    # Round 34: offers pointed back to, another side's plan, a side's position taken up, a negative attitude
    (
        ["Britain said it would send troops to Ukraine.", "Kyiv welcomed the offer."],
        {("united-kingdom", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        ["Denmark said it would send troops.", "Norway said it did not share the Danish view."],
        {("denmark", "troop-contribution", "supports")},
    ),
    (
        ["Finland wants the reassurance force to serve as a tripwire.", "Sweden backed the Finnish position."],
        {("finland", "tripwire", "supports"), ("sweden", "tripwire", "supports")},
    ),
    (
        ["Italy opposes the reassurance force.", "Britain criticised the Italian approach."],
        {("italy", "reassurance-force", "opposes"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        [
            "Moscow said the plan to send a reassurance force was a provocation.",
            "Russia offered security guarantees of its own.",
            "Peskov rejected the European proposal again.",
        ],
        {("russia", "reassurance-force", "opposes"), ("russia", "security-guarantees", "supports")},
    ),
    (
        ["Poland said it would not send troops.", "Hungary backed Warsaw's stance."],
        {("poland", "troop-contribution", "opposes"), ("hungary", "troop-contribution", "opposes")},
    ),
    (
        ["Poland will not send troops.", "However, it intends to provide logistical support in this matter."],
        {("poland", "troop-contribution", "opposes"), ("poland", "reassurance-force", "supports")},
    ),
    (
        [
            "Russia said it was ready to offer Ukraine security guarantees of its own.",
            "Lavrov dismissed the Western plans as a fantasy.",
        ],
        {("russia", "security-guarantees", "supports")},
    ),
    (
        ["Spain supports the reassurance force.", "Slovakia rejected the Spanish position."],
        {("spain", "reassurance-force", "supports"), ("slovakia", "reassurance-force", "opposes")},
    ),
    (
        [
            "Turkey said it was willing to lead a naval mission to clear mines in the Black Sea.",
            "Greece welcomed the offer.",
        ],
        {("turkey", "maritime-security", "supports"), ("greece", "maritime-security", "supports")},
    ),
    (
        [
            "Washington is ready to offer Kyiv an Article 5-style guarantee, officials said.",
            "The offer would not amount to NATO membership, they stressed.",
            "Zelensky welcomed the offer.",
        ],
        {("united-states", "article-5-guarantee", "supports"), ("ukraine", "article-5-guarantee", "supports")},
    ),
    # Round 34: a name's own side before its apposition's, infantry, two sides named one sentence each
    (
        [
            "Ireland will not send troops to Ukraine.",
            "Austria said it would consider sending troops.",
            "Both countries have backed security guarantees for Ukraine.",
        ],
        {
            ("ireland", "troop-contribution", "opposes"),
            ("austria", "troop-contribution", "noncommittal"),
            ("ireland", "security-guarantees", "supports"),
            ("austria", "security-guarantees", "supports"),
        },
    ),
    (
        [
            "Spain will send troops to Ukraine.",
            "Portugal will send a frigate.",
            "The two countries back the reassurance force.",
        ],
        {
            ("spain", "troop-contribution", "supports"),
            ("spain", "reassurance-force", "supports"),
            ("portugal", "reassurance-force", "supports"),
        },
    ),
    (
        ["Britain and France will send troops.", "Italy will not.", "Both countries back the reassurance force."],
        {
            ("united-kingdom", "troop-contribution", "supports"),
            ("france", "troop-contribution", "supports"),
            ("italy", "troop-contribution", "opposes"),
            ("united-kingdom", "reassurance-force", "supports"),
            ("france", "reassurance-force", "supports"),
        },
    ),
    # Round 34: relative clauses on coordinated sides, each their own
    (
        [
            "Twenty-six countries signed a declaration on the reassurance force.",
            "Two had not: Hungary, which objected to the whole idea, and Slovakia, which said it needed more time.",
        ],
        {("hungary", "reassurance-force", "opposes"), ("slovakia", "troop-contribution", "noncommittal")},
    ),
    # Round 34: the announcement pointed back to
    (
        ["Portugal said it would send troops to Ukraine.", "The announcement was welcomed by Kyiv."],
        {("portugal", "troop-contribution", "supports"), ("ukraine", "reassurance-force", "supports")},
    ),
    (
        ["Britain announced it would lead the reassurance force.", "Moscow condemned the announcement."],
        {("united-kingdom", "reassurance-force", "supports"), ("russia", "reassurance-force", "opposes")},
    ),
    # a cue inside 'how many troops Norway might offer' is asked about, not said; 'would study the request' is undecided
    (
        [
            "France asked its allies for troops for a force in Ukraine.",
            "Norway said it would study the request carefully.",
        ],
        {("norway", "troop-contribution", "noncommittal")},
    ),
    (
        ["Britain invited Canada to join the reassurance force.", "Ottawa said it would examine the invitation."],
        {("canada", "troop-contribution", "noncommittal")},
    ),
    # a side needed ('without America, there are no real guarantees', 'without the United States the force would not
    # work') is needed for its backing; acting without it needs nothing
    (
        ["Ukraine wants security guarantees.", '"Without America, there are no real guarantees," Yermak said.'],
        {("ukraine", "security-guarantees", "supports"), ("ukraine", "us-backstop", "supports")},
    ),
    # 'such a mission' after a side's own troops is still the mission others would join; 'such a deployment' is its own
    (
        [
            "Slovakia will not send soldiers to Ukraine.",
            "Bratislava would veto any EU funding for such a mission, Fico said.",
        ],
        {("slovakia", "reassurance-force", "opposes"), ("slovakia", "troop-contribution", "opposes")},
    ),
    (
        ["Poland will send soldiers to Ukraine.", "Warsaw said such a deployment would start after a ceasefire."],
        {("poland", "troop-contribution", "supports")},
    ),
    # deciding on a contribution is about the holder's own part
    (
        [
            "Europe plans a reassurance force for Ukraine.",
            "The Dutch cabinet would decide on a contribution only after a ceasefire agreement was signed.",
        ],
        {("netherlands", "troop-contribution", "conditional")},
    ),
    (
        [
            "Europe plans a reassurance force for Ukraine.",
            "The Dutch cabinet will decide on its participation after the summit.",
        ],
        set(),
    ),
    # officers sent are troops
    (
        [
            "Europe plans a reassurance force for Ukraine.",
            "Belgium, the Netherlands and Denmark confirmed they would contribute staff officers.",
        ],
        {
            ("belgium", "troop-contribution", "supports"),
            ("denmark", "troop-contribution", "supports"),
            ("netherlands", "troop-contribution", "supports"),
        },
    ),
    # items listed under a plan are its terms, not the stances of the sides they name
    (
        [
            "The draft drawn up by the envoys runs to 28 points, among them:",
            "- Ukraine will not join NATO.",
            "- NATO agrees not to station troops in Ukraine.",
        ],
        set(),
    ),
    (
        ["Where the allies stand:", "- France is ready to send troops.", "- Italy will not send soldiers."],
        {("france", "troop-contribution", "supports"), ("italy", "troop-contribution", "opposes")},
    ),
    (
        [
            "The plan's main points:",
            "1. Ukraine receives security guarantees.",
            "2. Kyiv gives up its bid to join NATO.",
        ],
        set(),
    ),
    # the side another needs in a mission ("we need the Americans in this") is wanted as its backer
    (
        ["Europe is preparing a reassurance force.", '"We need Germany in this," the French minister said.'],
        {("france", "reassurance-force", "supports")},
    ),
    # "he" after a named person of no known side is that person
    (
        [
            "Trump wants a deal.",
            "Senator Lindsey Graham said he would support a Senate vote on security guarantees for Ukraine.",
        ],
        set(),
    ),
    (
        ["Starmer spoke to Macron.", "Starmer said he would send troops."],
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # who must act ("must be ratified by Congress") is not who asks it; a document judged is the judge's view, a place
    # in its name no author; a decision not to act is the speaker's side's
    (
        [
            "Britain and France signed a declaration on deploying troops to Ukraine.",
            "Zakharova said the Paris declaration signed by Britain and France is a militaristic document.",
        ],
        {
            ("france", "troop-contribution", "supports"),
            ("russia", "reassurance-force", "opposes"),
            ("united-kingdom", "troop-contribution", "supports"),
        },
    ),
    # a noun that says what it is ("the idea of forces withdrawing") points back to nothing, nor does "it" for the
    # object just taken; a coordinated refusal of a thing of its own shares no topic; backing troops up is the backstop
    (
        [
            "Ukraine wants security guarantees.",
            "Zelensky rejected the idea of Ukrainian forces withdrawing from the Donbas, calling it unacceptable.",
        ],
        {("ukraine", "security-guarantees", "supports")},
    ),
    (
        ["Britain proposed a reassurance force.", "Moscow rejected the idea, Peskov said."],
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Britain proposed a reassurance force.", "Moscow rejected the plan to cede land, Peskov said."],
        {("united-kingdom", "reassurance-force", "supports")},
    ),
    (
        ["Britain proposed a reassurance force.", "Moscow condemned the move, calling it dangerous."],
        {("russia", "reassurance-force", "opposes"), ("united-kingdom", "reassurance-force", "supports")},
    ),
    # pronouns across sentences: them, it, its members, a decision expected
    (
        ["Kyiv wants security guarantees.", "Moscow rejects them, Peskov said."],
        {("russia", "security-guarantees", "opposes"), ("ukraine", "security-guarantees", "supports")},
    ),
    (
        ["France is ready to lead the force.", "Poland supports it but will not take part."],
        {
            ("france", "reassurance-force", "supports"),
            ("poland", "reassurance-force", "supports"),
            ("poland", "troop-contribution", "opposes"),
        },
    ),
    (
        ["The coalition of the willing met in Paris.", "Its members agreed to deploy a force after a ceasefire."],
        {("coalition-of-the-willing", "troop-contribution", "supports")},
    ),
    (
        ["The United States is weighing a backstop.", "A decision is expected next month, officials said."],
        {("united-states", "us-backstop", "noncommittal")},
    ),
    # contrast and report frames: like, unlike, neither nor, for its part, sources close to, by contrast
    (
        ["The plan was rejected by Moscow.", "Russia said the force would be a threat."],
        {("russia", "reassurance-force", "opposes")},
    ),
    # the period of the peace plan: a clause barring Ukraine from NATO rejected, guarantees that must address Russia's
    # concerns
    (
        [
            "Zelensky said Kyiv wanted the guarantees to be ratified by the US Congress.",
            "Ukraine needs security guarantees.",
        ],
        {("ukraine", "security-guarantees", "supports")},
    ),
    # holders named by role: the French leader, the chancellor, Poland's top diplomat
    (
        ["Merz met Macron in Berlin.", "The chancellor said Germany would not send soldiers."],
        {("germany", "troop-contribution", "opposes")},
    ),
    (
        ["Italy's Meloni spoke on Tuesday.", "The Italian premier said Rome would not deploy troops."],
        {("italy", "troop-contribution", "opposes")},
    ),
    (
        ["Macron spoke after the summit.", "The president said France was ready to lead the force."],
        {("france", "reassurance-force", "supports")},
    ),
    # epithets for a side named before: the Baltic state, the Nordic country, the NATO member; "Orban met Putin. The
    # country ..." is Hungary
    (
        [
            "Estonia's prime minister spoke in Tallinn.",
            "The Baltic state is ready to send a company of troops, she said.",
        ],
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        ["Finland has a long border with Russia.", "The Nordic country said it would not send ground troops."],
        {("finland", "troop-contribution", "opposes")},
    ),
    (
        ["Austria is neutral.", "The Alpine nation has ruled out any military role."],
        {("austria", "troop-contribution", "opposes")},
    ),
    (
        [
            "Hungary's Orban met Putin last year.",
            "The Central European country has rejected any Western force in Ukraine.",
        ],
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        ["Turkey controls the Bosphorus.", "The NATO member has offered to lead a naval mission in the Black Sea."],
        {("turkey", "maritime-security", "supports")},
    ),
    (
        ["Britain's defence secretary visited Kyiv.", "The country will send troops once a ceasefire holds, he said."],
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Hungary's Orban met Putin last year.", "The country has rejected any Western force in Ukraine."],
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        ["Orban met Putin last year.", "The country has rejected any Western force in Ukraine."],
        {("hungary", "reassurance-force", "opposes")},
    ),
    (
        ["Finland has a long border with Russia.", "The country said it would not send ground troops."],
        {("finland", "troop-contribution", "opposes")},
    ),
    (
        ["Finland has a long border with Russia.", "The Nordic country will not send ground troops."],
        {("finland", "troop-contribution", "opposes")},
    ),
    (
        ["Estonia's prime minister spoke in Tallinn.", "The Baltic state will send a company of troops."],
        {("estonia", "troop-contribution", "supports")},
    ),
    (
        [
            "Russia's foreign ministry issued a statement.",
            "The Russian state will never accept Western troops in Ukraine.",
        ],
        {("russia", "reassurance-force", "opposes")},
    ),
    # a thing judged 'as the only credible guarantee'; what was first said, before what came 'then' or 'later', is
    # history
    (
        [
            "Washington's position has shifted.",
            "The administration first signalled it would not take part, then said it would back the mission from"
            " the air.",
        ],
        {("united-states", "us-backstop", "supports")},
    ),
    # 'the declaration' is the one named before, however far back; what one wants others to know is a message
    (
        [
            "Denmark and Norway signed a declaration pledging to send troops to Ukraine.",
            "Washington and Kyiv also discussed the minerals deal.",
            "Kyiv welcomed the declaration.",
        ],
        {
            ("denmark", "troop-contribution", "supports"),
            ("norway", "troop-contribution", "supports"),
            ("ukraine", "reassurance-force", "supports"),
        },
    ),
    (
        [
            "Denmark and Norway signed a declaration pledging to send troops to Ukraine.",
            '"This declaration opens a new chapter," the Danish prime minister said.',
            "Leaders met for three hours.",
            "They discussed the economy.",
            "They also discussed the minerals deal.",
            "Kyiv welcomed the declaration.",
        ],
        {
            ("denmark", "troop-contribution", "supports"),
            ("norway", "troop-contribution", "supports"),
            ("ukraine", "reassurance-force", "supports"),
        },
    ),
    (
        [
            "Witkoff said no American troops would be sent.",
            '"We want Ukrainians to know that when this ends, it ends for good," Witkoff said.',
        ],
        {("united-states", "us-ground-troops", "opposes")},
    ),
    # 'it' after a clause about a thing is the thing; after a side's government, the side; in what a named side 'must
    # make clear', that side (a demand)
    (
        ["Britain will send troops.", "Germany's hesitation is understandable, but it is a mistake."],
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Britain will send troops.", "The German government is cautious, but it will contribute to the force."],
        {("germany", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Britain will send troops.", "Berlin is cautious, but it will contribute to the force."],
        {("germany", "troop-contribution", "supports"), ("united-kingdom", "troop-contribution", "supports")},
    ),
    (
        ["Britain will send troops.", "Washington must make clear that it will back the mission from the air."],
        {("united-kingdom", "troop-contribution", "supports")},
    ),
    # 'ready to go' is ready for what was just named
    (
        [
            "Allies discussed the reassurance force in Paris.",
            'Macron described the coalition as "ready to go" once a ceasefire is agreed.',
        ],
        {("france", "reassurance-force", "supports")},
    ),
    (
        [
            "Allies discussed the reassurance force in Paris.",
            "Macron said France was ready to go further in its support for Kyiv.",
        ],
        set(),
    ),
]


@pytest.fixture(scope="module")
def claims_by_case(lexicon: Lexicon) -> dict[tuple[str, ...], set[Triple]]:
    """Every case read in one batch, as bulk ingest reads articles: the parser runs a batch a few times faster
    than one sentence at a time, and the gate has thousands of cases."""
    cases = [(sentence,) for sentence, _ in PHRASINGS] + [tuple(passage) for passage, _ in PASSAGES]
    analyses = analyze_many([article(list(case)) for case in cases], lexicon)
    return {
        case: {(c.actor, c.topic, c.stance) for c in found.claims} for case, found in zip(cases, analyses, strict=True)
    }


@pytest.mark.parametrize(("sentence", "expected"), PHRASINGS, ids=[s[:60] for s, _ in PHRASINGS])
def test_a_common_phrasing_gives_exactly_its_claims(
    claims_by_case: dict[tuple[str, ...], set[Triple]], sentence: str, expected: set[Triple]
) -> None:
    assert claims_by_case[(sentence,)] == expected


@pytest.mark.parametrize(("passage", "expected"), PASSAGES, ids=[p[-1][:60] for p, _ in PASSAGES])
def test_a_passage_gives_exactly_its_claims(
    claims_by_case: dict[tuple[str, ...], set[Triple]], passage: list[str], expected: set[Triple]
) -> None:
    assert claims_by_case[tuple(passage)] == expected


def test_a_passage_read_alone_gives_what_it_gives_in_the_batch(
    lexicon: Lexicon, claims_by_case: dict[tuple[str, ...], set[Triple]]
) -> None:
    """An uploaded article is read on its own; the gate reads its cases together. Both must agree."""
    for passage, _ in PASSAGES[:40]:
        assert claims_of(lexicon, *passage) == claims_by_case[tuple(passage)], passage


def test_members_named_after_their_group_hold_its_stance_in_the_sentence_naming_them(lexicon: Lexicon) -> None:
    passage = ["Several allies have declined to send soldiers to Ukraine.", "They include Spain and Belgium."]
    claims = analyze(article(passage), lexicon).claims
    assert sorted((c.sentence, c.actor, c.stance, c.confidence) for c in claims) == [
        (1, "belgium", "opposes", "inferred"),
        (1, "spain", "opposes", "inferred"),
    ]


def test_she_after_a_sentence_without_a_cue_is_the_person_it_opened_with(lexicon: Lexicon) -> None:
    passage = [
        "Italian Prime Minister Giorgia Meloni met Zelensky in Rome.",
        "She reiterated that Italy would not send soldiers.",
    ]
    claims = analyze(article(passage), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.speaker, c.reported_by) for c in claims] == [
        ("italy", "troop-contribution", "opposes", "Giorgia Meloni", None)
    ]


def test_a_pronoun_under_a_second_speech_verb_is_the_side_that_verb_reports(lexicon: Lexicon) -> None:
    passage = ["Rubio said Russia had made clear it would never accept NATO troops in Ukraine."]
    claims = analyze(article(passage), lexicon).claims
    assert [(c.actor, c.topic, c.stance, c.reported_by) for c in claims] == [
        ("russia", "reassurance-force", "opposes", "united-states")
    ]
