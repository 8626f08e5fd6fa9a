"""Word pools of the synthetic archive: news English, places, people and the parts invented names are made of.

Kept as plain data so the generator stays readable; the pools are large enough that an archive of a few
million sentences has a vocabulary of tens of thousands of distinct words, as a real newsroom archive does.
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """A pool written as whitespace-separated words; `_` joins a multi-word entry."""
    return tuple(w.replace("_", " ") for w in text.split())


FIRST_NAMES = words(
    """Olena Andriy Oksana Mykola Iryna Taras Yulia Dmytro Halyna Serhiy Natalia Oleksandr Kateryna Bohdan
    Anna Piotr Agnieszka Tomasz Magdalena Krzysztof Ewa Marek Joanna Pawel Zofia Wojciech Jan Ines Lukas Greta
    Matthias Sabine Jonas Ursula Felix Heike Claire Julien Camille Antoine Elodie Thierry Margaux Pierre Sophie
    Giulia Marco Francesca Luca Chiara Matteo Elena Paolo Sara Davide James Emily Oliver Charlotte Harry Amelia
    George Isla Thomas Olivia William Grace Michael Sarah David Laura Daniel Rachel Mark Karen Steven Megan
    Brian Kevin Ashley Jason Nicole Ryan Hannah Lars Ingrid Mikael Astrid Henrik Sigrid Mats Freja Jukka Aino
    Mikko Liisa Kaarel Kadri Andris Ilze Vytautas Ruta Mihai Ioana Andrei Ramona Ahmet Elif Mehmet Zeynep Kemal
    Ayse Hiroshi Yuki Kenji Akiko Pablo Lucia Javier Carmen Diego Marta Tamas Eszter Peter Zuzana Jiri Petra
    Sergei Irina Alexei Tatiana Nikolai Olga Vladimir Svetlana Pavel Ludmila Chen Wei Priya Arjun Ravi Meera
    Sabina Tamilla Camille Bence Dovile Keir Volodymyr Olaf Donald Emmanuel Giorgia Mark Pete Marco Sergey"""
)

# Invented surnames and towns are built from these parts, so their number grows with the archive.
SURNAME_ROOTS = words(
    """Kov Petr Shev Bond Mel Hrab Kra Zal Lys Moro Tkach Sav Rud Hon Bil Chor Dov Fed Hav Ivan Kuz Lev Mart Nov
    Pav Rom Sem Tar Yak Zub Wal Nowak Kowal Wiszn Lewand Kam Dab Zieli Wojc Krawc Mazur Schmid Muell Schnei Fisch
    Web Wag Beck Hoff Kle Wolf Neu Schwarz Bern Dub Laur Mor Gir Fourn Bon Lamb Rouss Ross Bian Ric Mar Gallo
    Conti Fer Espo Rom Colo Smith Jon Tay Brow Wil Evan Thom Rob Walk Wright Hugh Green Lars Nils Berg Lind Strom
    Holm Vir Kask Tamm Saar Ozol Kal Popes Ion Dumitr Yil Demir Kaya Sahin Tana Suzu Wata Garc Fern Lop Mart
    Nagy Horv Tot Szab Novo Dvor Svob Vesel Orl Sok Vol Mikh Kisel Pozd Zhuk Gus Vas Belo Chern"""
)
SURNAME_MIDDLES = words("a e i o u ar er in on el al en ov ev ol an ur ich ens ard")
SURNAME_ENDINGS = words(
    """enko uk chuk yshyn ko ski ska wicz czyk ek mann er ner hardt el ard et ier ault elli etti ini one ano son
    sen ström qvist berg sson stad mäe ste ins escu eanu oglu er ci ta ki moto ez es eira os y ak ik ova ov ev
    in ets sky ton ley well field wood"""
)
TOWN_ROOTS = words(
    """Kras Bila Chorno Zoloto Novo Staro Velyko Mala Vys Myr Pokr Kosti Kupi Lyman Siver Bakh Avdi Hulia Oril
    Pryl Vuhle Sol Slav Kram Druzh Kurakh Mari Torets Chasiv Yar Polo Koro Zvan Terno Berez Dubo Lozo Kalyn
    Lypo Vasyl Ivano Petro Oleks Mykhai Hory Stepa Rivn Ozer Prud Kamy Pisky Yasno Zelen Sosn Vesel Myko Stan
    Kozach Hrush Vilsh Topol Yabl Chere Sukho Mokr Tykh Shyr Hlyb Vyso"""
)
TOWN_ENDINGS = words("ivka ove ivske ne ka yn sk horod pil ske ivtsi yne ychi any ets dar opil enky ynka ova ariv")

REAL_PLACES = words(
    """Kyiv Kharkiv Odesa Dnipro Zaporizhzhia Kherson Lviv Mykolaiv Sumy Chernihiv Poltava Vinnytsia Zhytomyr
    Pokrovsk Kramatorsk Sloviansk Bakhmut Avdiivka Donetsk Luhansk Crimea Sevastopol Mariupol Melitopol Berdiansk
    Izium Kupiansk Huliaipole Orikhiv Nikopol Enerhodar Kostiantynivka Rzeszow Warsaw Krakow Bucharest Constanta
    Chisinau Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Berlin Munich Ramstein Paris London Rome
    Madrid Brussels The_Hague Vienna Geneva Istanbul Ankara Riyadh Jeddah Doha Abu_Dhabi Washington Brasilia
    Beijing New_Delhi Tokyo Ottawa Canberra Moscow Minsk Belgorod Kursk Bryansk Rostov Novorossiysk Budapest
    Bratislava Prague Odesa_Oblast Donbas the_Black_Sea the_Sea_of_Azov the_Dnipro_River Transnistria"""
)

OUTLETS: tuple[tuple[str, str, str], ...] = (
    ("Caliber.az", "caliber.az", "menu"),
    ("Daily Sabah", "dailysabah.com", "footer"),
    ("Kyiv Post", "kyivpost.com", "menu"),
    ("The Baltic Times", "baltictimes.com", "plain"),
    ("Euractiv", "euractiv.com", "plain"),
    ("Defense News", "defensenews.com", "footer"),
    ("Notes from Poland", "notesfrompoland.com", "markdown"),
    ("Balkan Insight", "balkaninsight.com", "menu"),
    ("The Moscow Times", "themoscowtimes.com", "footer"),
    ("Anadolu Agency", "aa.com.tr", "plain"),
    ("Ukrinform", "ukrinform.net", "menu"),
    ("Breaking Defense", "breakingdefense.com", "markdown"),
    ("RFE/RL", "rferl.org", "footer"),
    ("The Local Desk", "localdesk.example", "plain"),
)

TITLES = words(
    """President Prime_Minister Foreign_Minister Defence_Minister Defense_Secretary Chancellor spokesperson
    deputy_foreign_minister national_security_adviser ambassador envoy chief_of_staff army_chief
    parliamentary_speaker opposition_leader deputy_prime_minister"""
)
ROLES = words(
    """analyst researcher senior_fellow professor retired_general former_diplomat economist historian
    defence_expert security_analyst lecturer director programme_head military_historian pollster"""
)
THINK_TANK_HEADS = words("Institute Centre Council Foundation Forum School Academy Programme Observatory Initiative")
THINK_TANK_FIELDS = words(
    """Strategic_Studies Security_Policy Defence_Research Eastern_European_Studies International_Affairs
    Peace_Research Foreign_Relations Democracy Transatlantic_Relations Military_History Maritime_Strategy
    Energy_Security Conflict_Analysis Black_Sea_Studies"""
)

NOUNS = words(
    """agreement alliance ammunition artillery assurance attack budget ceasefire coalition commitment conference
    convoy corridor deadline delegation deployment deterrent diplomat drone economy election embargo escalation
    evacuation exercise frontier grain harbour headquarters hospital infrastructure initiative inspection
    interceptor investment lawmaker logistics mandate memorandum militia minister mission negotiation offensive
    operation package parliament partnership pipeline pledge proposal railway reconstruction referendum refinery
    regiment reserve sanction satellite shelter shipment stockpile summit supply surveillance tank tariff
    territory treaty truce tunnel veteran warehouse warship withdrawal battalion brigade checkpoint coastline
    communique consensus contingent council declaration framework guarantor helicopter investigation
    monitoring observer outpost patrol perimeter reconnaissance reservist ruling runway sabotage sector
    settlement shortfall signal squadron substation timetable transformer volunteer waterway winter spring
    autumn summer harvest pension subsidy loan grant bond currency inflation wage factory mine port bridge
    dam reactor plant school village district region province capital border airfield depot fleet frigate
    submarine minefield corvette missile radar battery launcher jet fighter bomber tanker airlift convoy
    cable hearing motion caucus coalition budget audit scandal ballot poll campaign manifesto cabinet
    ministry commission tribunal court verdict appeal indictment envoy consulate embassy protocol annex
    clause draft roadmap blueprint framework memorandum charter doctrine posture readiness rotation garrison
    barracks training instructor cadet recruit conscription mobilisation reserve workforce shortage backlog
    contractor supplier shipyard foundry turbine generator grid outage blackout heating fuel diesel gas oil
    coal wheat barley sunflower fertiliser tractor farmland orchard livestock refugee migrant volunteer
    charity donor hospital clinic surgeon paramedic ambulance prosthetic rehabilitation memorial cemetery
    museum cathedral monastery theatre library archive newspaper broadcaster journalist correspondent
    photographer editor columnist blogger podcast documentary interview transcript leak dossier briefing"""
)
ADJECTIVES = words(
    """fragile lasting robust binding credible limited sweeping cautious unprecedented contested bilateral
    multinational regional strategic tactical naval aerial coastal eastern western northern southern
    frontline rear overnight heavy light sporadic sustained intense modest significant decisive preliminary
    confidential public private informal formal urgent delayed renewed fresh broad narrow sharp steady gradual
    rapid slow costly cheap ambitious realistic symbolic practical legal political economic military civilian
    humanitarian diplomatic technical logistical financial industrial agricultural rural urban coastal
    mountainous disputed occupied liberated contested neutral hostile friendly allied rival joint separate
    temporary permanent annual quarterly weekly nightly seasonal latest earlier previous upcoming pending
    stalled frozen revived expanded reduced doubled tripled halved outdated modern advanced obsolete secure
    vulnerable exposed fortified mobile static reinforced depleted stretched overstretched underfunded"""
)
VERBS_PAST = words(
    """announced approved blocked cancelled confirmed criticised debated delayed denied discussed drafted
    endorsed expanded extended finalised floated hailed launched outlined pledged postponed proposed reviewed
    signed suspended tabled unveiled welcomed questioned dismissed praised condemned accelerated
    reinforced shelved revived leaked published disclosed downplayed acknowledged recalled estimated
    projected reported warned stressed argued insisted suggested noted recalled admitted conceded"""
)
VERBS_BASE = words(
    """strengthen weaken protect secure monitor rebuild restore deter supply train equip finance host
    coordinate reassure patrol inspect repair expand reduce replace delay accelerate review renegotiate
    clarify reassess postpone revive shelve defend guarantee underwrite enforce verify"""
)
ADVERBS = words(
    """quietly publicly privately repeatedly firmly cautiously sharply openly jointly formally informally
    largely partly broadly reportedly apparently reluctantly swiftly gradually narrowly"""
)
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = words("January February March April May June July August September October November December")

CONNECTIVES = words(
    """However, Meanwhile, Separately, Still, Earlier, Later, By_contrast, In_addition, At_the_same_time,
    According_to_officials, Nonetheless, Even_so,"""
)
MENU_LINES = words(
    """twitter youtube instagram facebook telegram search WORLD POLITICS ECONOMY SOCIETY DEFENCE A+ A- ru
    en print share subscribe menu login newsletter podcasts video photo opinion"""
)
