"""French cue lexicon (accented forms spelled out; elided articles like d' are skipped)."""

from __future__ import annotations

from streams.lexicon import NUMBER, Lexicon

_WEAPONS = r"(?:drones?|missiles?|roquettes?|obus|bombes?|projectiles?|Shaheds?)"

LEXICON = Lexicon(
    strike_traps=(
        r"1[89]\d\d|(?:possibles?|éventuel\w*)\s+(?:\w+\s+){0,2}?(?:frappes?|attaques?)|"
        r"fuite\s+de\s+gaz|explosion\s+de\s+gaz|bonbonne\w*|narcotrafi\w*|"
        r"trafic\s+de\s+drogue|règlements?\s+de\s+comptes|enquêteurs?|tueurs?\s+à\s+gages|"
        r"points?\s+de\s+deal|anniversaire\w*|commémor\w*|il\s+y\s+a\s+\d+\s+ans|"
        r"guerre\s+mondiale",
        r"grève\w*|grévist\w*|syndica\w*|salari\w*|salaires?|patronat",
        r"foudre|orages?|crise\s+cardiaque|attaque\s+cardiaque|AVC",
        r"attaquant|football|match(?:s)?|ligue|buts?\s+(?:marqué|inscrit)\w*|championnat|"
        r"entraîneur\w*|club\w*|tournoi\w*|gardien\w*|penalty|coupe\s+du\s+monde",
        r"essais?|tirs?\s+d['’]essai|test\w*|exercices?|manœuvres?|manoeuvres?|simulation\w*|"
        r"simul(?:é|ée|és|ées|ant|er)|"
        r"défilé\w*",
        r"cyber\w*|pirat\w*|hacker\w*|rançongiciel\w*",
        r"livraison\w*|livr(?:é|ée|és|ées|er|era|eront)|aide\s+militaire|paquet\s+d['’]aide|"
        r"programme\s+d['’]aide|ventes?\s+d['’]armes|budget\w*|achat\w*|fabriqu\w*|"
        r"vente\w*|vendu\w*",
        r"menac\w*|spatia\w*|satellites?|orbite\w*|fusées?",
        r"prêt\w*\s+à\s+(?:frapper|attaquer|riposter)|pourr\w*\s+(?:frapper|attaquer)|"
        r"plans?\s+d['’]opération",
        r"braquage\w*|cambriol\w*|meurtr\w*|poignard\w*|gang\w*",
        # Drug-trafficking violence is crime, not armed conflict.
        r"narcotrafi\w*|trafic\s+de\s+(?:drogue|stupéfiants)|stupéfiants|cartels?|"
        r"règlements?\s+de\s+comptes?|tueurs?\s+à\s+gages|points?\s+de\s+deal|dealers?",
        # Retrospectives and remembrance: a raid decades ago is history, not a report.
        r"anniversaire\w*|commémor\w*|guerre\s+mondiale|il\s+y\s+a\s+\d+\s+ans|"
        r"19(?:14|15|16|17|18|39|40|41|42|43|44|45)|bombes?\s+non\s+explosées?|déminage\w*|désamorc\w*",
        # Accidents: gas explosions.
        r"fuite\s+de\s+gaz|explosion\s+de\s+gaz|bouteilles?\s+de\s+gaz|gaz\s+de\s+ville",
        # Parliamentary and business metaphors ("l'artillerie lourde", "tirs croisés").
        r"amendements?|députés?|sénateurs?|motion\s+de\s+censure|projet\s+de\s+loi|"
        r"hémicycle|Assemblée\s+nationale|actionnaires?|guerre\s+des\s+prix",
    ),
    strike_strong=(
        r"frappes?\s+(?:aériennes?|de\s+(?:drones?|missiles?|roquettes?)|israéliennes?|"
        r"russes|américaines?|ukrainiennes?|iraniennes?|militaires?|massives?|nocturnes?)",
        r"attaques?\s+(?:aériennes?|de\s+(?:drones?|missiles?)|au\s+drone|à\s+la\s+roquette|"
        r"combinées?|massives?|russes?|israéliennes?|ukrainiennes?|nocturnes?)",
        r"raids?\s+aériens?|bombard\w*|pilonn\w*|barrages?\s+de\s+(?:missiles|roquettes|"
        r"drones)|salves?\s+de\s+(?:missiles|roquettes|drones)",
        r"embuscade\w*|voitures?\s+piégées?|attentats?\s+suicides?|"
        r"attaques?\s+(?:jihadiste|djihadiste|terroriste|armée|rebelle)s?",
        r"intercept\w*|abattu\w*|défenses?\s+(?:anti-?aériennes?|aériennes?)|DCA|"
        r"alertes?\s+aériennes?|tirs?\s+(?:de\s+)?(?:roquettes|missiles|artillerie|obus)",
        r"(?:lancé|tiré|envoyé)\w*\s+(?:\w+\s+){0,4}?(?:drones|missiles|roquettes|obus)",
        r"(?:offensive|assaut|incursion)s?\s+(?:militaires?|terrestres?|aériens?|aérienne)",
    ),
    strike_objects=(
        _WEAPONS,
        # A count of weapons needs a verb: factories and deliveries count weapons too.
        NUMBER + r"\s+(?:\w+\s+)?" + _WEAPONS + r"(?:\s+et\s+" + NUMBER + r"\s+(?:\w+\s+)?"
        + _WEAPONS + r")?",
        r"combats?|affrontements?|tirs|fusillade\w*|assauts?",
        r"artillerie|mortiers?|avions?\s+de\s+(?:chasse|combat)|chasseurs-bombardiers?|"
        r"munitions?|explosifs?|Iskander|Kalibr|Kinjal|HIMARS|ATACMS|Storm\s+Shadow|SCALP",
    ),
    strike_actions=(
        r"frapp\w*|frappes?|attaqu\w*|touch(?:é|ée|és|ées|ant)|vis(?:é|ée|és|ées|ant)|"
        r"cibl\w*|lanc(?:é|ée|és|ées)|tir(?:é|ée|és|ées|s)|détrui\w*|détruit\w*|"
        r"endommag\w*|explos\w*|détonation\w*|raids?|pluie\s+de|tomb(?:é|ée|és|ées|ent)|"
        r"incendi(?:é|ée|és|ées)|pris\s+d['’]assaut|ouvert\s+le\s+feu",
    ),
    strike_support=(
        r"tu(?:é|ée|és|ées|ant)|morts?|décès|blessé\w*|victimes?|civils?|infrastructures?|"
        r"énergétiques?|centrales?|immeubles?|résidentiel\w*|armée\w*|forces\s+armées|"
        r"troupes|militaires?|armée\s+de\s+l['’]air|ministère\s+de\s+la\s+Défense|nuit|"
        r"front|secours|décombres|représailles|hommes\s+armés|assaillants?|jihadistes?|"
        r"djihadistes?|terroristes?|rebelles?|insurgés?|soldats|gendarmes?|base\s+militaire|"
        r"camp\s+militaire|convoi\w*|aviation",
    ),
    diplomacy_traps=(
        r"Constitution\w*|constitutionnel\w*|Outre-mer|indépendantistes?|loyalistes?|"
        r"référendum\w*|provinciales?",
        r"fusions?|rachat\w*|acquisitions?|OPA|entreprises?|sociétés?\s+(?:anonyme|mère)|"
        r"actionnaires?|investisseurs?|groupe\s+industriel",
        r"syndica\w*|salari\w*|salaires?|patronat|employeurs?|convention\s+collective|"
        r"grève\w*",
        r"coalitions?\s+gouvernementales?|Assemblée\s+nationale|Sénat|députés?|"
        r"parlementaire(?<!parlement\sparlementaire)s?|projet\s+de\s+loi|budget\w*|élections?|"
        r"l['’]opposition\s+(?:parlementaire|de\s+gauche|de\s+droite)|partis?\s+d['’]opposition",
        # Domestic constitutional talks (overseas territories, parties) are not diplomacy.
        r"outre-mer|indépendantistes?|loyalistes?|révision\s+constitutionnelle|"
        r"constitution(?:nel\w*)?|corps\s+électoral|partis?\s+politiques?|forces\s+politiques|"
        r"trêve\s+des\s+confiseurs|Nouvelle-Calédonie|Corse|Polynésie\s+française|Mayotte|"
        r"Guadeloupe|Martinique|Guyane",
        r"football|transferts?|club\w*|ligue|classement|alpinist\w*|Everest|montagne\w*|"
        r"randonn\w*|altitude|mètres",
    ),
    diplomacy_strong=(
        r"(?:pourparlers|négociations|accord|plan|processus|traité|initiative|sommet|"
        r"conférence|efforts?)\s+de\s+paix|accord\s+de\s+cessez-le-feu",
        # A bare "sommet" may be a mountain top or the top of the State.
        r"sommets?\s+(?:de\s+l['’](?:otan|ue|onu|union)|du\s+g\s?\d+|européens?|de\s+paix|"
        r"des\s+dirigeants|bilatéra\w*|franco-\w+)",
        r"accords?\s+(?:de\s+libre-échange|commercia\w*|d['’]association|de\s+partenariat)",
        r"pourparlers|garanties?\s+de\s+sécurité|entretien\s+téléphonique|"
        r"entretenu\w*\s+par\s+téléphone",
        r"ministr\w*\s+des\s+Affaires\s+étrangères|chef\w*\s+de\s+la\s+diplomatie|"
        r"Quai\s+d['’]Orsay|secrétaire\s+d['’]État\s+américain|Département\s+d['’]État",
        r"ambassad\w*|consuls?|consulats?|diplomat\w*|diplomatie|émissaires?|"
        r"envoy(?:é|ée|és)s?\s+spécia\w*|sanctions?|le\s+traité|"
        r"traités?\s+(?:de|d['’]|sur|entre|internationa\w*|bilatéra\w*)",
        r"Conseil\s+de\s+sécurité(?!\s+national)|Assemblée\s+générale|visites?\s+(?:officielles?|d['’]État)|"
        r"médiat\w*|délégations?|négociateurs?",
        r"convoqu\w*\s+(?:\w+\s+){0,2}?(?:ambassadeur|chargé|diplomate)|"
        r"déclaration\s+commune|communiqué\s+commun|mémorandum\w*|bilatéra\w*|trilatéra\w*|"
        r"homologues?",
        r"(?:négociations|discussions|entretiens?)\s+(?:avec|entre)\s+(?:\w+\s+){0,2}?"
        r"(?:délégation\w*|président\w*|gouvernement\w*|Washington|Moscou|Kiev|Kyiv)",
    ),
    diplomacy_objects=(
        r"négociations?|accord(?<!d['’]accord)s?|dialogue|discussions|entretiens?|rencontres?|"
        r"réunions?|visites?|cessez-le-feu|trêve|résolutions?|relations|plan|propositions?|"
        r"sommets?|adhésion\w*|conférences?",
    ),
    diplomacy_actions=(
        r"rencontr(?:é|ée|és|ées|ent|era|er)|entretenu\w*|sign(?:é|ée|és|ées|ent|era)|"
        r"convenu\w*|négoci(?:é|ée|és|ées|ent|er)|discut(?:é|ée|és|ées|ent|er)|"
        r"propos(?:é|ée|és|ées)|visit(?:é|ée|és|ées)|reçu|condamn\w*|adopt(?:é|ée|és|ées)|"
        r"impos(?:é|ée|és|ées)|décid(?:é|ée|és|ées)|ratifi\w*|rejoint|rompu|rappelé|"
        r"expuls\w*",
    ),
    diplomacy_support=(
        r"présidents?|Premier\s+ministre|chancelier\w*|dirigeants?|gouvernements?|"
        r"responsables?|ministres?|ministère|Maison[\s-]Blanche|Kremlin|Élysée|"
        r"porte-parole|autorités|alliés|partenaires|Zelensky\w*|Poutine|Trump|Macron|"
        r"Rubio|Witkoff|Commission\s+européenne|délégués?",
    ),
    actors=(
        r"Russie|russes?|Ukraine|ukrainien\w*|Kiev|Kyiv|Moscou|UE|ONU|OTAN|USA|"
        r"États-Unis|américain\w*|Washington|Union\s+européenne|Nations\s+unies|Israël|"
        r"israélien\w*|Gaza|Iran|iranien\w*|Chine|chinois\w*|Pékin|Turquie|Pologne|"
        r"Allemagne|France|Royaume-Uni|Biélorussie|Bélarus|Kharkiv|Odessa|Dnipro|"
        r"Zaporijia|Lviv|Crimée|Donbass|Genève|Istanbul|Bruxelles|Liban|Syrie|Yémen|"
        r"Houthis?|Hezbollah|Hamas|Alliance\s+atlantique|Mercosur|Suède|Finlande|Hongrie|"
        r"Mali\w*|Burkina\s+Faso|Niger|Nigeria|Somalie|Congo|RDC|Rwanda|Éthiopie|Libye|Sahel|"
        r"Birmanie|Kosovo|Serbie|Qatar|Doha|Égypte|Algérie|Maroc|Tunisie|Arménie|Azerbaïdjan|"
        r"Japon|Inde|Pakistan|Afghanistan|Irak|Arabie\s+saoudite|Venezuela|Mexique|Taïwan|"
        r"Corée\w*|Vatican",
    ),
    strike_offtopic=(
        r"marché\w*|prix|clients?|actionnaires?|entreprises?|Assemblée\s+nationale|députés?|"
        r"amendements?|projet\s+de\s+loi|motion\s+de\s+censure|sénat\w*|mémoire|mémorial\w*|"
        r"vétérans?|historiens?|gerbes?|supporters|stade\w*|saison|joueurs?",
    ),
    diplomacy_offtopic=(
        r"marché\w*|prix|clients?|actionnaires?|entreprises?|mémoire|mémorial\w*|vétérans?|"
        r"historiens?|gerbes?|supporters|stade\w*|saison|joueurs?",
    ),
)
