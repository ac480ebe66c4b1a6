"""English cue lexicon (the most complete one; other languages follow its structure)."""

from __future__ import annotations

from streams.lexicon import NUMBER, Lexicon

# Weapons that can carry a strike; shared by several patterns below.
_WEAPONS = (
    r"(?:kamikaze\s+|attack\s+|suicide\s+|ballistic\s+|cruise\s+|hypersonic\s+|guided\s+|"
    r"glide\s+|cluster\s+|Shahed(?:-type)?\s+)?"
    r"(?:drones?|UAVs|missiles?|rockets?|shells|mortars?|projectiles|bombs?|warheads?|Shaheds?)"
)
# Armed actors whose name before "strikes"/"attacks" makes the noun military.
_ARMED = (
    r"(?:Israeli|Russian|Ukrainian|U\.S\.|US|American|Iranian|Houthi|Saudi|Turkish|"
    r"Syrian|Pakistani|Indian|Chinese|Israel|Russia|Ukraine|Hezbollah|Hamas|coalition|"
    r"allied|enemy|army|military|rebel|militant|jihadist|insurgent|RSF|Sudanese)"
)
# Armed groups doing the attacking in ground assaults.
_FIGHTERS = (
    r"(?:militants?|gunmen|fighters|rebels|insurgents|jihadists?|troops|soldiers|forces|"
    r"assailants|attackers|paramilitaries)"
)

LEXICON = Lexicon(
    strike_traps=(
        r"1[89]\d\d",  # a year of a past century: history, not a report
        r"(?:landed|landing|fell|falling|splashed\s+down)\s+(?:\w+\s+){0,3}?(?:sea|ocean|waters)",
        # Idioms: strike a deal / strike a balance; a court striking down a law. Consumed
        # whole (no look-ahead); a ceasefire or peace deal is left to diplomacy below.
        r"str(?:ike|ikes|iking|uck)\s+(?:an?|the|their|its)\s+(?:(?!ceasefire|peace|truce)"
        r"[\w-]+\s+){0,2}?(?:deal|agreement|balance|chord|note|tone|bargain|compromise|pose|"
        r"accord)",
        r"str(?:ike|ikes|iking|uck)\s+(?:down|out|off|gold|it\s+rich|back\s+at\s+critics)",
        r"(?:hunger|general|labou?r|workers['’]?|rail|teachers['’]?|nurses['’]?|doctors['’]?|"
        r"union|wildcat|national|transport|sympathy|dock|postal|pilots['’]?|staff|climate)"
        r"[\s-]+strikes?",
        r"(?:on|went\s+on|go\s+on|going\s+on|goes\s+on|stage[ds]?\s+an?)\s+strike",
        r"strike\s+(?:action|ballot|pay|vote|fund|price|zone|rate|committee|leaders?)",
        r"strikers?|strikeouts?|walkouts?|picket\w*|trade\s+unions?|wages?|employers?|"
        r"union(?<!european\sunion)(?<!african\sunion)(?<!soviet\sunion)s?",
        r"lightning|thunderstorms?|heart\s+attacks?|panic\s+attacks?|asthma\s+attacks?|shark",
        # Tests, drills and simulations are not attacks.
        r"test(?:s|ed|ing)?|test-fir\w*|exercises?|drills?|war\s*games|manoeuvres|maneuvers",
        r"simulat\w*|rehears\w*|parade\w*",
        r"cyber\w*|hack\w*|ransomware|malware|DDoS|phishing",
        # Arms trade and aid: weapons are named but nothing is attacked.
        r"(?:arms|weapons?|military)\s+(?:sales?|deals?|shipments?|packages?|aid|exports?|"
        r"contracts?|supplies|transfers?)",
        r"aid\s+packages?|deliver\w*|procure\w*|purchas\w*|pledg\w*|donat\w*|stockpil\w*|"
        r"buy|buys|buying|bought|unveil\w*|start-?ups?|products?|customers|consumers?|"
        r"manufactur\w*|budget\w*|spending|sells?|sold|supplied|supplying",
        r"threat(?:en|ens|ened|ening)|(?:could|would|might|may|plans?\s+to|planning\s+to|"
        r"vow(?:s|ed)?\s+to|ready\s+to|prepared\s+to)\s+(?:\w+\s+)?(?:strike|attack|hit|bomb)",
        r"space\w*|satellites?|orbit\w*|launch\s+pad|SpaceX|NASA|astronauts?|spacecraft",
        r"football|soccer|match(?:es)?|league|goals?|goalkeeper|bowling|baseball|pitchers?|"
        r"innings|cricket|tournament|championship|midfield\w*|penalty|scored|batter",
        r"robber\w*|burglar\w*|stabb\w*|murder\w*|gangs?|mugg\w*|carjack\w*|shoplift\w*",
        r"bombshell|photobomb\w*|box\s+office|drone\s+(?:show|deliver\w*|footage)",
        # Retrospectives: a raid decades ago is history, not a report of an attack.
        r"anniversary|commemorat\w*|years\s+ago|world\s+war|wwii|ww2",
        # Missile tests: fuel type, splashdown and flight range describe a launch, not a hit.
        r"solid-fuel\w*|liquid-fuel\w*|(?:landed|landing|fell|splashed\s+down)\s+in(?:to)?\s+"
        r"the\s+(?:sea|ocean|waters)|exclusive\s+economic\s+zone",
        # Warnings of a possible attack that has not happened.
        r"(?:possible|potential|likely|imminent|expected)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|"
        r"attacks?|assaults?|offensive)|prepar\w*\s+(?:for\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:strikes?|attacks?|assaults?|offensive)",
        # Accidents: a gas leak or boiler blast is not an attack.
        r"gas\s+(?:leak|explosion|blast|cylinder|canister)s?|leaking\s+gas|boilers?|"
        r"short\s+circuit",
        # Organised crime.
        r"cartels?|drug\s+(?:traffick\w*|dealers?|gangs?|lords?)|narco\w*|turf\s+war|"
        r"gang\s+wars?|prosecutors?|detectives?|homicides?",
        # Business and politics metaphors ("price war", "came under fire from shareholders").
        r"price\s+war|shareholders?|investors?|(?:the|a)\s+bills?|amendments?",
    ),
    strike_strong=(
        r"air[\s-]?strikes?|airstrikes?|air[\s-]?raids?|airstrike",
        r"(?:drone|missile|rocket|artillery|mortar|air|naval|aerial|bombing|ballistic|cruise|"
        r"kamikaze|Shahed)(?:\s*(?:,|and|&)\s*(?:drone|missile|rocket|artillery|mortar|air))*"
        r"\s+(?:strikes?|attacks?|assaults?|barrages?|raids?|bombardments?|fire|salvos?|"
        r"onslaught|bombing|campaign)",
        _ARMED + r"\s+(?:air\s+|drone\s+|missile\s+|military\s+)?(?:strikes?|attacks?|"
        r"shelling|bombardment|bombing|raids?|assaults?|offensive)",
        r"shelling|shelled(?!\s+out)|bombard\w*|"
        r"barrages?(?!\s+of\s+(?:criticism|questions|complaints|calls|abuse|insults|emails))|"
        r"bomb(?:ed|ing|ings)|carpet[\s-]bomb\w*",
        r"(?:car|truck|roadside|suicide)\s+bomb\w*|improvised\s+explosive|ambush\w*",
        r"(?:launched|fired)\s+(?:[\w-]+\s+){0,4}?(?:drones|missiles|rockets|shells|"
        r"mortars|projectiles)",
        _FIGHTERS + r"\s+(?:[\w-]+\s+){0,2}?(?:attacked|stormed|overran|overrun|raided|"
        r"ambushed|shelled|assaulted)",
        r"intercept(?:ed|ing|ions?)(?!\s+(?:\w+\s+)?(?:calls?|emails?|messages?|passe?s?|"
        r"shipments?|drugs|cocaine|migrants|boats?))|shot\s+down|air\s+defen[cs]es?|"
        r"air[\s-]raid\s+(?:sirens?|alerts?)",
        r"(?:ground|armed|military|cross-border)\s+(?:offensive|assault|incursion|raid)s?",
        r"carried\s+out\s+(?:[\w-]+\s+){0,3}?(?:air\s*strikes?|strikes?|attacks?|raids?|"
        r"bombings?|shelling)",
        r"(?:struck|hit|pounded|targeted)\s+(?:[\w-]+\s+){0,3}?(?:military|energy|power|"
        r"infrastructure|positions?|bases?|targets?|depots?|airfields?|refiner\w*|"
        r"residential)",
    ),
    strike_objects=(
        _WEAPONS,
        # A count of weapons ("653 drones and 51 missiles") needs a verb: factories and
        # deliveries count weapons too.
        NUMBER + r"\s+(?:[\w-]+\s+)?" + _WEAPONS + r"(?:\s+and\s+" + NUMBER + r"\s+"
        r"(?:[\w-]+\s+)?" + _WEAPONS + r")?",
        r"UAVs?|artillery|howitzers?|warplanes?|fighter\s+jets?|bombers?|warships?|munitions?|"
        r"explosives?|HIMARS|ATACMS|Storm\s+Shadows?|Tomahawks?|Iskanders?|Kalibrs?|Kinzhals?",
        r"(?:strikes?|attacks?)\s+(?:on|against)|gunfire|clashes|fighting|firefights?",
    ),
    strike_actions=(
        r"strikes?|struck|striking|attack(?:s|ed|ing)?|hit(?:s|ting)?|pounded|pounding|"
        r"target(?:s|ed|ing)|launch(?:ed|es|ing)|fired|firing|destroy(?:ed|ing)|damag\w*|"
        r"explo(?:ded|sions?|sives?)|blasts?|detonat\w*|raid(?:s|ed)?|assault\w*|"
        r"slammed|rained\s+down|downed|stormed|storming|overran|overrun|landed|fell",
    ),
    strike_support=(
        r"kill(?:ed|ing|s)|dead|deaths?|died|wounded|injur\w*|casualt\w*|victims?|civilians?|"
        r"residential|infrastructure|power\s+(?:grid|plants?|stations?|facilit\w*)|energy|"
        r"military|army|troops|forces|air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen"
        r"[cs]e|IDF|Hamas|Hezbollah|Houthis?|militants?|insurgents?|rebels?|overnight|"
        r"front\s*line|occupied|emergency\s+services|rubble|debris|retaliat\w*",
        r"soldiers|gendarmes?|fighters|assailants|attackers|gunmen|bases?|checkpoints?|"
        r"barracks|convoys?|al-Shabaab|JNIM|ISIS|Islamic\s+State|Boko\s+Haram|M23|Wagner|"
        r"PKK|Taliban|RSF",
    ),
    diplomacy_traps=(
        r"constitution\w*|referendum\w*",
        r"(?:merger|acquisition|takeover|buyout|partnership|licensing|sponsorship|contract|"
        r"wage|pay|salary|labou?r|union|coalition|budget|transfer|collective|tariff\s+with\s+"
        r"the\s+union)\s+(?:talks|negotiations?|deal|agreement|discussions|bargaining)",
        r"mergers?|merg(?:e|es|ed|ing)|acquisitions?|acquir\w*|takeover|shareholders?|buyout|"
        r"IPO|chief\s+executive|CEO|(?:equity|minority|majority|controlling)\s+stake|"
        r"investors?|transaction|go-shop|regulatory\s+approval|in\s+talks\s+to\s+(?:buy|sell)",
        r"(?:trade|labou?r|teachers['’]?|workers['’]?|nurses['’]?)\s+unions?|"
        r"union(?<!european\sunion)(?<!african\sunion)(?<!soviet\sunion)s?|"
        r"collective\s+bargaining|wages?|pay\s+(?:rise|deal|offer|dispute|claim)|salar\w*|"
        r"employers?|walkouts?|strikers?",
        r"(?:governing|ruling)\s+coalition|coalition\s+(?:talks|negotiations|government|"
        r"partners?|agreement|deal)|budget|lawmakers|legislators|MPs|opposition\s+(?:part\w*|"
        r"leaders?|lawmakers|MPs)|parliamentary\s+debate|(?:the|a)\s+bills?|election\w*|voters?|"
        r"party\s+leaders?",
        r"brand\s+ambassadors?|goodwill\s+ambassadors?|"
        r"league|match(?:es)?|club|coach|transfer\s+(?:fee|window|deadline)|tournament|"
        r"football|soccer|championship|Everest|climb\w*|mountain\w*|TED",
    ),
    diplomacy_strong=(
        r"(?:peace|ceasefire|cease-fire|truce|armistice|bilateral|trilateral|multilateral|"
        r"diplomatic|nuclear|disarmament|direct|indirect|high-level|face-to-face|security)"
        r"\s+(?:talks|negotiations|deal|agreement|accord|plan|process|framework|proposals?|"
        r"summit|dialogue|initiative|conference|efforts?|push|engagement|channels?|ties|"
        r"relations|track|envoy|treaty|package)",
        r"security\s+guarantees?|diplomacy|diplomat(?:s|ic|ically)?|top\s+diplomat",
        r"str(?:ike|ikes|iking|uck)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?(?:ceasefire|"
        r"peace|truce)\s+(?:deal|agreement|accord)",
        r"(?:free[\s-])?trade\s+(?:agreement|deal|pact|talks)s?",
        # A bare "summit" may be a mountain or a top-of-the-table match; named ones are not.
        r"(?:NATO|EU|G7|G20|ASEAN|BRICS|peace|security|leaders['’]?|emergency|Arab\s+League|"
        r"African\s+Union)\s+summits?",
        r"foreign\s+minist\w*|secretary\s+of\s+state|state\s+department|"
        r"foreign\s+(?:office|secretary|affairs\s+minist\w*|policy\s+chief)",
        r"(?:special\s+)?envoys?|ambassadors?|embass(?:y|ies)|consulates?|treat(?:y|ies)",
        r"sanctions?(?!ed\s+(?:by|for)\s+the\s+(?:league|club|federation))",
        r"(?:UN|U\.N\.|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly|"
        r"resolution|envoy|secretary-general|chief)|General\s+Assembly",
        r"G7|G20|G-7|G-20|BRICS|OSCE|ASEAN|NATO\s+(?:allies|members|summit|leaders|"
        r"ministers|secretary-general|chief)|(?:EU|European)\s+(?:leaders|foreign\s+"
        r"ministers|summit|Council)",
        r"(?:state|official|working)\s+visits?|mediat\w*|negotiators?|delegations?",
        r"summon(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:ambassador|envoy|diplomat|charg[ée])",
        r"expel\w*\s+(?:\w+\s+){0,2}?diplomats|joint\s+(?:statement|declaration|communiqu\w*)",
        r"communiqu\w*|memorandum\s+of\s+understanding|normali[sz]\w*\s+(?:of\s+)?(?:ties|"
        r"relations)",
        r"(?:held|hold|holding|holds)\s+(?:\w+\s+)?talks|counterparts?|heads?\s+of\s+state",
        r"(?:phone|telephone)\s+(?:call|conversation)s?|spoke\s+by\s+(?:phone|telephone)",
    ),
    diplomacy_objects=(
        r"talks|negotiations?|agreements?|deal|accords?|pacts?|dialogue|discussions|"
        r"meetings?|visit|proposals?|framework|conference|ceasefire|cease-fire|truce|"
        r"resolution|alliance|relations|ties|summits?|Security\s+Council|accession|membership",
    ),
    diplomacy_actions=(
        r"met|meet(?:s|ing)?|hosted|hosts|signed|signs|agreed|agrees|negotiat(?:ed|ing|e)|"
        r"visited|visits|discussed|discuss|proposed|brokered|pledged|condemn(?:s|ed)?|summoned|"
        r"imposed|adopted|ratified|endorsed|recogni[sz]ed|urged|welcomed|joined|severed|"
        r"recalled",
    ),
    diplomacy_support=(
        r"presidents?|prime\s+ministers?|premier|chancellor|leaders?|governments?|officials|"
        r"minist(?:er|ers|ry)|White\s+House|Kremlin|Elys[ée]e|Downing\s+Street|"
        r"administration|spokes(?:man|woman|person)|allies|allied|Zelensk(?:y|yy|iy)|Putin|Trump|Biden|Xi\s+Jinping|Erdo[gğ]an|Macron|"
        r"Merz|Scholz|Starmer|Netanyahu|Lavrov|Rubio|Witkoff|Modi|European\s+Commission|"
        r"delegates",
    ),
    actors=(
        r"Russia\w*|Ukrain\w*|Kyiv|Kiev|Moscow|Israel\w*|Gaza|Iran\w*|Tehran|Syria\w*|"
        r"Damascus|Leban\w*|Beirut|Yemen\w*|Saudi\w*|China|Chinese|Beijing|Taiwan\w*|Taipei|"
        r"Pakistan\w*|India|Indian|Delhi|Sudan\w*|Turkey|Turkish|Ankara|Egypt\w*|Cairo|"
        r"Qatar\w*|Doha|Iraq\w*|Baghdad|Afghan\w*|Kabul|U\.S\.|USA|UK|EU|U\.N\.|NATO|"
        r"United\s+States|America|American|Washington|Britain|British|London|France|French|"
        r"Paris|German[sy]?|Berlin|Poland|Polish|Warsaw|Japan\w*|Tokyo|Korea\w*|Pyongyang|"
        r"Seoul|Venezuela\w*|Belarus\w*|Minsk|Armenia\w*|Azerbaijan\w*|European\s+Union|"
        r"United\s+Nations|Brussels|Geneva|Istanbul|Kharkiv|Odesa|Odessa|Dnipro|Zaporizhzhia|"
        r"Lviv|Crimea|Donbas|Donetsk|West\s+Bank|Khartoum|Hezbollah|Houthis?|Hamas",
        r"Mali\w*|Burkina\s+Faso|Niger|Nigeria\w*|Somali\w*|Congo\w*|DRC|Rwanda\w*|"
        r"Ethiopia\w*|Libya\w*|Sahel|Myanmar|Kosovo|Serbia\w*|Hungar\w*|Sweden|Swedish|"
        r"Finland|Finnish|Mexic\w*|Colombia\w*|Cuba\w*|Jordan\w*|Emirat\w*|UAE|Moldova\w*|"
        r"Georgia\w*|Kazakh\w*|Vietnam\w*|Philippine\w*|Indonesia\w*|Thai\w*|Cambodia\w*|"
        r"Bangladesh\w*|Kenya\w*|Mercosur|Vatican",
    ),
    strike_offtopic=(
        r"markets?|prices?|shares|stocks?|investors|earnings|profits?|revenues?|brands?|"
        r"compan(?:y|ies)|firms?|retailers?|advertis\w*|parliament\w*|lawmakers|senators?|"
        r"amendments?|opposition|campaign\w*|polls?|fans|stadium|season|players?|referee|"
        r"memorial\w*|veterans?|historians?|wreaths?|centenary|ICBM|intercontinental|"
        r"solid-fuel|liquid-fuel\w*",
    ),
    diplomacy_offtopic=(
        r"markets?|prices?|shares|stocks?|investors|earnings|profits?|revenues?|brands?|"
        r"compan(?:y|ies)|firms?|fans|stadium|season|players?|referee|memorial\w*|veterans?|"
        r"historians?|wreaths?|centenary",
    ),
)
