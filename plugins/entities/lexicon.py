"""Small word lists for mention detection and NIL typing (folded forms: lower case, no accents).

Written by the textplug team from general knowledge of French and English; no external source.
"""

from __future__ import annotations

# function words and frequent sentence openers: never an entity on their own
STOP = frozenset("""
a au aux avec ce ces cet cette ceci cela ca celui celle ceux celles chaque comme dans de des du d elle elles en
et est etre il ils je j la le les l leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou où par
pas pour qu que quel quelle quels quelles qui sa sans se ses si son sur ta te tes toi ton tu un une vos votre
vous y apres avant alors ainsi aussi autre autres bien car certains certaines cependant depuis des deja donc
encore enfin entre ici jamais jusqu lors lorsque lorsqu mais malgre moins neanmoins non oui parce peu plus
plusieurs pourtant puis quand quant quoique sauf selon seul seule seulement sous tandis tant tel telle tels
toujours tous tout toute toutes tres trop vers voici voila hier aujourd demain selon outre parmi
c s n m t qu
dont ou meme cette voila puisque pendant durant contre chez the a an and or but if of in on at to for from by
with as is are was were be been this that these those it its he she they we you i his her their our my your
not no yes there here when where while after before since during also however although though because so
then than what which who whom whose why how all any each every some many most more much such other another
one two three new mr mrs ms dr st
nord sud ouest centre
deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille principal principale
age agee ages agees
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december
""".split())

# French month names (folded): in STOP, but a capitalised one inside a sentence may be a name (match.py)
MONTHS = frozenset("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split())

# words that introduce a person (titles, roles); folded
PER_TITLES = frozenset("""
m mme mmes mlle mr mrs ms dr pr me monsieur madame mademoiselle president presidente ministre premier
premiere pdg co ceo depute deputee senateur senatrice maire general colonel capitaine commandant lieutenant
sergent juge professeur docteur roi reine prince princesse pape sir lord lady dame chancelier chanceliere
gouverneur ambassadeur ambassadrice secretaire porte parole directeur directrice fondateur fondatrice
patron patronne entraineur joueur joueuse chanteur chanteuse acteur actrice ecrivain auteur journaliste
monseigneur mgr eveque cardinal abbe pere soeur frere cousin fils fille epouse mari veuve
president senator governor mayor minister chancellor king queen judge pope reverend rev gen col capt sgt sen
rep gov mp
""".split())

# acronyms of common nouns (French and English news): never a name on their own
COMMON_ACRONYMS = frozenset("""
utc gmt pib adn arn vtt ong cdd cdi sms tgv pme tva ogm sida vih irm pdf gps ovni qi rsa smic hlm rer vtc
suv led usb wifi dvd cd tv pc ia ai ceo pdg dg drh ttc ht km kg mw gw kwh pcs covid sras gdp dna hiv faq
ndlr eur usd isf btp mvp ter ddt
""".split())

# first words that head an organisation name, and final words that end one
ORG_HEADS = frozenset("""
parti front union etat olympique pole parlement forces federation confederation association assemblee
conseil cour comite
commission ministere
banque agence institut universite universit ecole lycee college office organisation organisme mouvement
syndicat societe compagnie groupe fondation eglise armee police gendarmerie tribunal senat gouvernement
ligue club musee centre caisse regie direction haute haut bureau service autorite conference chambre
academie alliance congregation confederation communaute mission operation action agence programme
tribunal observatoire laboratoire commissariat haut-commissariat secretariat fonds inspection
party council committee department ministry bank agency institute university school college society company
group foundation church army court senate league club museum center centre authority board commission
""".split())

# organisation heads that name one institution when they stand alone (le Sénat, le Parlement)
ORG_ALONE = frozenset("senat parlement assemblee gouvernement".split())

# common nouns that introduce an organisation's name right after them (le quotidien Libération)
ORG_NOUNS = frozenset("""
societe entreprise groupe constructeur compagnie firme quotidien hebdomadaire journal magazine mensuel chaine
radio site reseau agence organisation association parti syndicat club equipe ecurie marque banque
operateur editeur laboratoire fabricant geant start-up startup ong mouvement milice collectif formation
company firm newspaper network agency party union club team brand bank group
""".split())

# common nouns of places: "la ville de X", "la province d'Alep"
LOC_NOUNS = frozenset("""
ville village commune region province departement pays capitale quartier ile etat comte canton district
localite agglomeration bourg city town village province state county region island
plaine parc station crete lac col vallee massif riviere fleuve banlieue faubourg arrondissement wilaya oblast
gouvernorat archipel peninsule plateau desert foret baie golfe cote ile iles emirat royaume republique
""".split())

ORG_SUFFIXES = frozenset("""
inc corp corporation co ltd llc plc sa sas sarl gmbh ag nv bv spa group groupe press news times post journal
tribune herald gazette magazine radio tv television televisions network networks media medias club fc
united airlines motors bank foundation association institute university party
""".split())

LOC_HEADS = frozenset("""
rue avenue boulevard place pont mont monts lac ile iles cap golfe mer ocean riviere fleuve vallee foret
gare aeroport port quartier region departement province canton bois col baie plaine plateau desert
saint sainte st lake mount river island bay gulf sea ocean valley street
fort chalet promenade caverne grotte chateau domaine
""".split())

# connectors allowed inside a capitalised name (Jean-Yves Le Drian, Charles de Gaulle, Bank of America);
# not "et"/"and": "Julian Alaphilippe et Alejandro Valverde" are two people
CONNECTORS = frozenset(
    "de du des d la le les l von van der den di da del dos das y of the & al el bin ben".split()
)

# capitalised articles and particles that belong to a name when they are not sentence-initial
PARTICLES = frozenset("le la les l de du des del della van von der den di da the".split())

# particles of people's names (van, von, bin): "X van Y" stays a person even when Y is a place
PARTICLE_NAMES = frozenset("van von der den bin ben al el da dos das del della di".split())

# French demonyms (capitalised as nouns: "l'Américaine Gwen Jorgensen"); masculine, feminine, plural
_DEMONYM_STEMS = """
americain africain sud-africain marocain mexicain dominicain cubain
francais anglais irlandais ecossais japonais chinois neerlandais portugais polonais libanais senegalais
congolais hongrois danois suedois finlandais norvegien quebecois taiwanais
italien canadien australien bresilien colombien norvegien autrichien ukrainien syrien algerien tunisien
egyptien iranien israelien indien coreen chilien peruvien argentin palestinien belge suisse russe
bermudien estonien letton lituanien ouzbek afghan pakistanais vietnamien thailandais philippin indonesien
malaisien singapourien nigerian ghaneen ivoirien camerounais malien rwandais burundais somalien soudanais
libyen mauritanien venezuelien equatorien bolivien uruguayen paraguayen jamaicain haitien islandais gallois
flamand catalan basque corse breton saoudien jordanien irakien qatari kazakh neo-zelandais luxembourgeois
slovene bielorusse georgien armenien azerbaidjanais mongol cambodgien birman nepalais sri-lankais
britannique espagnol allemand slovaque tcheque slovene croate serbe grec turc kenyan ethiopien ougandais
roumain hollandais bulgare moldave albanais macedonien montenegrin bosnien kosovar chypriote maltais
costaricien guatemalteque hondurien salvadorien panameen tanzanien zambien zimbabween angolais mozambicain
namibien malgache mauricien gabonais togolais beninois burkinabe nigerien tchadien centrafricain erythreen
djiboutien yemenite omanais emirati koweitien turkmene kirghize tadjik laotien bangladais monegasque
andorran groenlandais fidjien guineen liberien gambien comorien
""".split()

# first parts of compound demonyms (l'Américano-Britannique Oliver Hart): folded, as their own token
DEMONYM_PREFIXES = frozenset(
    "americano anglo germano hispano sino russo israelo greco austro belgo canado irano nippo luso".split())


def _forms(stem: str) -> set[str]:
    if stem.endswith("e"):
        return {stem, stem + "s"}
    fem = stem + ("ne" if stem.endswith(("ien", "een")) else "e")
    return {stem, stem + "s", fem, fem + "s"}


DEMONYMS = frozenset({f for stem in _DEMONYM_STEMS for f in _forms(stem)}
                     | {"suissesse", "suissesses", "turque", "turques", "grecque", "grecques"})

# lower-case heads that make a name with a nationality adjective: l'armée syrienne (ORG), le désert syrien (LOC)
LOWER_HEADS = {
    **dict.fromkeys("armee marine".split(), "ORG"),
    **dict.fromkeys("desert frontiere cote littoral golfe plateau".split(), "LOC"),
}

# first words of event names (Jeux olympiques, Championnat de France, Concours Eurovision): typed MISC
EVENT_HEADS = frozenset("""
jeux championnat championnats coupe concours festival tournoi grand prix open mondial mondiaux
salon biennale exposition sommet conference forum marathon rallye tour
""".split())

# endings of the lower-case adjectives that follow an organisation or place head (européenne, socialiste)
ADJ_SUFFIXES = ("ique", "iques", "ais", "aise", "ien", "ienne", "ale", "al", "aux", "ain", "aine", "ine",
                "ois", "oise", "iste", "istes", "aire", "ere", "eres", "unies", "unis", "enne", "ens",
                "iens", "ales", "aines",
                "een", "eenne", "eens", "ate", "ates", "ime", "imes", "if", "ive", "ifs", "ives", "el", "elle",
                "ieur", "ieure", "ier", "iere", "aires", "iennes", "aises", "oises", "ains", "ennes", "ines",
                "eennes", "eme", "emes")  # (`Cour suprême`, 24th pass)
# verbs that end like an adjective after an organisation's head: the clause's verb (`La Commission indique que`)
ADJ_LIKE_VERBS = frozenset("indique indiquent explique expliquent critique critiquent revendique revendiquent "
                           "applique appliquent communique communiquent implique impliquent replique repliquent "
                           "fabrique fabriquent declare declarent".split())

# prepositions that announce a place before a capitalised word
LOC_PREPS = frozenset("a au aux en vers pres depuis in near at from".split())

# speech verbs: "a declare a Ars" -> Ars is a recipient (person or organisation), not a place
SPEECH_VERBS = frozenset("""
declare dit confie explique indique affirme precise raconte repondu repond annonce ecrit assure souligne
""".split())

# --- recall pass (guess.py) ---------------------------------------------------------------------------

# lower-case heads that belong to the name before "de" (université de Kyoto, place de la République, col du
# Tourmalet); the others ("ville de", "commune de", "quartier de") introduce the name without being part of it
LOWER_NAME_HEADS = {
    **dict.fromkeys("""ministere diocese universite aeroport gendarmerie prefecture lycee tribunal hopital
                       commissariat academie mosquee cathedrale prison""".split(), "ORG"),
    **dict.fromkeys("place ile iles rue avenue boulevard col".split(), "LOC"),
}

# last words of organisation names (Human Rights Watch, Jet Propulsion Laboratory, PSG Handball)
ORG_LAST = frozenset("""
international internationale watch laboratory laboratories agency airlines airways records entertainment
studios pictures games software systems technologies technology holdings partners capital ventures
associates brothers bros hebdo handball basket basketball rugby football volley hockey fc ac sc hc
unit alliance council committee league federation organization organisation corporation company network
hotel arena theatre theater wing labs
center department institute university college school museum society foundation bank group trust association
authority board administration office media party union service services force corps institution
""".split())

# last words of place names (Utah Beach, Big Island, Pacifique Sud, Corée du Nord)
LOC_LAST = frozenset("""
beach island islands park bay gorge valley canyon county lake river mountain mountains hills heights falls
springs creek lodge basin geyser harbour harbor peninsula desert sud nord occidental occidentale oriental
orientale street
road bridge
""".split())

# endings of single unknown words that name places (Magnanville, Islamabad, Kaliningrad)
PLACE_ENDINGS = ("ville", "bourg", "stadt", "abad", "grad", "burg", "istan", "dorf", "polis")

# words that open a person's name before a first name (Abou Mohammed al-Adnani, Ould Abdel Aziz)
NAME_PREFIXES = frozenset("abou abu ibn ould oum umm bint".split())

# capitalised heads whose name runs on to the right through "de ..." (Conseil de sécurité des Nations unies,
# Confédération générale du travail): the recall pass extends them (guess.py). As written (accented and
# capitalised): they are searched for in the original text with one regex
ORG_RUN_HEADS = tuple("""
Académie Administration Affaires Agence Alliance Armée Assemblée Association Autorité Banque Bureau Caisse
Chambre Comité Commission Commissariat Communauté Confédération Conférence Congrégation Conseil Cour Direction
Église Fédération Fondation Forces Gendarmerie Gouvernement Haut-Commissariat Institut Ligue Ministère Mission
Mouvement Observatoire Office Opération Organisation Parti Police Service Syndicat Tribunal Union Université
""".split())

# place nouns right before an unknown name that is the place's own (la commune El Mouradia, le mont Thourda,
# le parc Guven, l'astéroïde Bénou); not "station" (la station Mir), "État" or "pays" (le pays Basque), folded
LOC_NOUNS_DIRECT = frozenset("""
ville village commune region province departement quartier ile iles canton district localite bourg
plaine parc lac col vallee massif riviere fleuve banlieue faubourg oblast gouvernorat archipel peninsule
plateau desert foret baie golfe cote mont monts volcan cratere lieu-dit
asteroide comete planete exoplanete etoile galaxie nebuleuse
""".split())

# roles held in an organisation: the unknown one-word name after "<role> de" is the body (le directeur de
# Zorbex, les dirigeants de Sprint, la trésorière d'Iteka); folded ("porte-parole" is read as "parole")
ORG_ROLES = frozenset("""
president presidente presidents directeur directrice directeurs pdg dg parole secretaire fondateur fondatrice
fondateurs cofondateur patron patronne dirigeant dirigeante dirigeants militant militante militants
representant representante representants tresorier tresoriere responsable responsables salarie salaries
employe employes actionnaire actionnaires adherent adherents
""".split())

# words after which an unknown name is a place: "dans le Donbass", "originaire d'Ayas"
LOC_BEFORE = frozenset("dans originaire originaires natif native".split())

# verbs that follow a person's name ("Froome garde son maillot", "Dupont a déclaré"): third person present
# and past participles, folded
PER_VERBS = frozenset("""
declare dit confie explique affirme raconte repond ecrit assure souligne ajoute estime reconnait regrette
remporte gagne devance garde s'impose termine finit abandonne signe marque inscrit chante joue meurt decede
est ne nee mort morte epouse demissionne temoigne denonce admet avoue insiste reagit juge
""".split())

# first words of sports clubs' names (FC Nantes, HBC Nantes, AS Monaco, Stade rennais, Racing Club de Lens)
CLUB_HEADS = frozenset("""
fc as sc rc ac us ogc hbc ffc asm aj ca cs es js sco rcd hc bc vfb vfl sv tsv fsv psv usm asc jsk mc cr
stade racing sporting real atletico dynamo inter olympique
""".split())

# words after which a title-cased "Le X" / "La X" names a newspaper or a medium (selon Le Monde, au journal Le Soir)
MEDIA_BEFORE = frozenset("""
selon par dans journal quotidien hebdomadaire magazine mensuel site cite interroge interrogee confie
""".split())
