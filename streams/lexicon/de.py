"""German cue lexicon; compounds (Drohnenangriff) are matched through their usual modifiers."""

from __future__ import annotations

from streams.lexicon import NUMBER, Lexicon

# Compounds: German glues modifiers to nouns (Drohnenangriff, Raketenbeschuss). Patterns
# must start at a word start (a leading \w* would be tried at every word), so the usual
# modifiers are listed; after a hyphen (NATO-Gipfel) the head noun is matched on its own.
_MODIFIERS = (
    r"(?:kamikaze|kampf|angriffs|langstrecken|marsch|gleit|streu|fliegerbomben|"
    r"luft|raketen|drohnen|bomben|artillerie|militär|vergeltungs|granat|panzer|"
    r"marschflugkörper|massiv|groß|nacht|doppel)?"
)
_WEAPONS = (
    _MODIFIERS + r"(?:drohne|rakete|marschflugkörper|granate|bombe|geschoss)\w*|Shaheds?"
)
_ATTACKS = r"(?:angriff|schlag|schläge|beschuss|attacke|bombardement|offensive|hagel|salve)\w*"

LEXICON = Lexicon(
    strike_traps=(
        r"1[89]\d\d",  # a year of a past century: history, not a report
        r"(?:warn|general|hunger|bahn|lokführer|flughafen|sitz|solidaritäts)?streik\w*|"
        r"(?:mittel)?stürmer\w*|tarif\w*|Gewerkschaft\w*|Lohn\w*|Löhne\w*",
        r"blitz\w*|Gewitter\w*|Herzinfarkt\w*|Schlaganfall\w*",
        r"Fußball\w*|Bundesliga\w*|Spiel(?:e|s|en)?|(?:pokal|liga|heim|auswärts|länder|"
        r"end|hin|rück)spiel\w*|Tore?|Trainer\w*|Verein\w*|Turnier\w*|Torwart\w*|Torhüter\w*|"
        r"Elfmeter\w*|Liga|Champions\s+League|Königsklasse|(?:achtel|viertel|halb)?finale?\w*",
        r"(?:raketen|waffen|atom|kernwaffen|flug)?tests?|Test\w*|getestet|Manöver\w*|"
        r"(?:militär|nato-|gefechts|manöver|truppen)?übung(?:en)?|simulier\w*|Parade\w*",
        r"cyber\w*|Hacker\w*|gehackt",
        r"(?:waffen|munitions|panzer|raketen|rüstungs)?liefer\w*|geliefert|Militärhilfe\w*|"
        r"(?:militär|waffen)?hilfspaket\w*|Rüstungs\w*|Waffenverk\w*|"
        r"Verteidigungshaushalt\w*|Rüstungsetat\w*|Budget\w*|beschaff\w*|produzier\w*|"
        r"Produktion\w*|verkauf\w*",
        r"droht\w*|drohte\w*|gedroht|Drohung\w*|androh\w*|zuzuschlagen|anzugreifen|"
        r"könnte\w*",
        r"Raumfahrt\w*|Weltraum\w*|Satellit\w*|Orbit\w*|Raumschiff\w*|Raumstation\w*",
        r"Raub\w*|Räuber\w*|Messer\w*|Mord\w*|Bande\w*",
        r"Drogenhandel\w*|Drogenkartell\w*|Kartell\w*|Clankriminalität|Rocker\w*|"
        r"Bandenkrieg\w*|Staatsanwalt\w*|Ermittler\w*",
        # Retrospectives and remembrance: a raid decades ago is history, not a report.
        r"Jahrestag\w*|gedenk\w*|Gedenk\w*|Gedächtnis\w*|Mahnmal\w*|Zeitzeug\w*|"
        r"(?:zweit|erst)\w*\s+Weltkrieg\w*|Weltkrieg\w*|vor\s+\d+\s+Jahren|Bombennacht\w*|"
        r"19(?:14|15|16|17|18|39|40|41|42|43|44|45)",
        # Unexploded wartime bombs being defused are not an attack.
        r"Blindgänger\w*|Fliegerbombe\w*|Kampfmittelräum\w*|Kampfmittelbeseitig\w*|"
        r"entschärf\w*",
        # Accidents: gas explosions.
        r"Gasexplosion\w*|Gasleck\w*|Gasaustritt\w*|Gasflasche\w*|Gasleitung\w*|Verpuffung\w*",
        # Corporate and parliamentary metaphors ("unter Beschuss", "Rundumschlag").
        r"Hauptversammlung\w*|Aktionär\w*|Vorstand\w*|Konzern\w*|Dividende\w*|"
        r"Rundumschlag\w*|Preiskampf\w*|Preiskrieg\w*|Abgeordnete\w*|Bundestag\w*|"
        r"Gesetzentwurf\w*|Änderungsantr\w*",
        # Warnings of a possible attack that has not happened.
        r"möglich\w*\s+(?:\w+\s+){0,2}?(?:Angriff\w*|Schlag\w*|Schläge\w*|Attacke\w*|"
        r"Luftangriff\w*|Offensive)",
    ),
    strike_strong=(
        r"(?:luft|raketen|drohnen|bomben|artillerie|militär|vergeltungs|granat|"
        r"marschflugkörper|panzer|gegen|groß|boden|terror|selbstmord|überraschungs)" + _ATTACKS,
        r"Hinterhalt\w*|Autobombe\w*|Sprengstoffanschlag\w*|Bombenanschlag\w*",
        r"(?:drohnen|raketen|luft)-\s+(?:und|&)\s+(?:drohnen|raketen|luft|artillerie)"
        + _ATTACKS,
        r"Beschuss|beschossen|beschoss\w*|bombardiert\w*|Bombardierung\w*|"
        r"Luftalarm\w*|Flugabwehr\w*|Luftabwehr\w*|Luftverteidigung\w*|"
        r"abgefangen|abgeschossen|Abfang\w*|Abschuss\w*|(?:raketen|drohnen)?einschl(?:ag|"
        r"äge|ägen|ags)",
        r"(?:feuerte\w*|schoss\w*|startete\w*|schickte\w*)\s+(?:\w+\s+){0,4}?(?:"
        + _WEAPONS + r")",
        r"(?:israelisch|russisch|ukrainisch|amerikanisch|US-amerikanisch|iranisch|"
        r"feindlich)\w*\s+(?:Angriff\w*|Attacke\w*|Offensive\w*|Schläge|Schlag)",
    ),
    strike_objects=(
        _WEAPONS,
        # A count of weapons needs a verb: factories and deliveries count weapons too.
        NUMBER + r"\s+(?:\w+\s+)?(?:" + _WEAPONS + r")(?:\s+und\s+" + NUMBER + r"\s+"
        r"(?:\w+\s+)?(?:" + _WEAPONS + r"))?",
        r"Gefecht\w*|Kämpfe\w*|Schusswechsel\w*|Feuergefecht\w*",
        r"Artillerie\w*|Mörser\w*|Haubitze\w*|Kampfjet\w*|Kampfflugzeug\w*|"
        r"Munition\w*|Sprengstoff\w*|Sprengsatz\w*|Iskander\w*|Kinschal\w*|HIMARS|ATACMS|"
        r"Taurus",
    ),
    strike_actions=(
        r"Angriff\w*|angegriffen|griff(?:en)?|greift|getroffen|traf(?:en)?(?!\s+sich)|trifft|"
        r"zerstört\w*|Zerstörung\w*|beschädigt\w*|abgefeuert|feuerte\w*|explodiert\w*|"
        r"Explosion\w*|detoniert\w*|attackiert\w*|Attacke\w*|Schlag|Schläge|schlugen|"
        r"gestartet|startete\w*|gestürmt|stürmten|stürmte|überrannt\w*|überrenn\w*|"
        r"überfallen|überfiel\w*|eingeschlagen",
    ),
    strike_support=(
        r"getötet\w*|tot|Tote\w*|starben|gestorben|ums\s+Leben|verletzt\w*|Verletzte\w*|"
        r"Opfer\w*|Zivilist\w*|zivil\w*|Infrastruktur\w*|Energie\w*|Kraftwerk\w*|"
        r"Umspannwerk\w*|Wohnhaus\w*|Wohngebäude\w*|Armee\w*|Streitkräfte\w*|Militär\w*|"
        r"Truppen\w*|Luftwaffe\w*|Verteidigungsministerium\w*|nachts|in\s+der\s+Nacht|"
        r"Front\w*|Rettungskräfte\w*|Trümmer\w*|Vergeltung\w*|Stellung(?:en)?|Raffinerie\w*|"
        r"Brand|Feuer|Kämpfer\w*|Islamisten|Dschihadisten|Angreifer\w*|Terroristen|Miliz\w*|"
        r"Rebellen|Aufständische\w*|Soldaten|Militärstützpunkt\w*|Stützpunkt\w*|Kaserne\w*|"
        r"Konvoi\w*",
    ),
    diplomacy_traps=(
        r"Verfassung\w*|Referendum\w*",
        r"Fusion\w*|Übernahme\w*|Konzern\w*|Unternehmen\w*|Aktionär\w*|Investor\w*|"
        r"Firmen\w*|Firma",
        r"Gewerkschaft\w*|tarif\w*|Lohn\w*|Löhne\w*|Gehalt\w*|Gehält\w*|Arbeitgeber\w*|"
        r"(?:warn|general|hunger|bahn)?streik\w*",
        r"Koalition\w*|Bundestag\w*|Landtag\w*|Abgeordnete\w*|"
        r"Parlament(?<!europäisches\sparlament)(?<!eu-parlament)\w*|Gesetzentwurf\w*|"
        r"Haushalt|Haushalts\w*|Bundeshaushalt\w*|Wahlkampf\w*|Wahl|Wahlen|Opposition\w*",
        # Domestic federal meetings: Länder heads of government are not foreign states.
        r"Ministerpräsidentenkonferenz\w*|Konferenz\s+der\s+Ministerpräsident\w*|"
        r"Bund-Länder-\w*|Landesregierung\w*|Bundesländer\w*|Verfassungsänderung\w*",
        r"Fußball\w*|Bundesliga\w*|Verein\w*|Transfer\w*|Spiel(?:e|s|en)?|Trainer\w*|"
        r"Bergsteiger\w*|Berggipfel\w*|Everest|Champions\s+League|Königsklasse|Hinspiel\w*|"
        r"Rückspiel\w*|Tabelle\w*",
    ),
    diplomacy_strong=(
        r"Friedens(?:verhandlung|gespräch|plan|prozess|abkommen|vertrag|initiative|gipfel|"
        r"konferenz|lösung|deal|formel|bemühung|vorschlag|rahmen)\w*",
        # A bare Gipfel may be a mountain top or a top-of-the-table match.
        r"sicherheitsgarantie\w*|(?:friedens|nato|eu|g7|g20|krisen|sonder)gipfel\w*|"
        r"(?:us-|bundes)?Außenminister\w*|Außenamt\w*|"
        r"Auswärtig\w*\s+Amt\w*|Botschafter\w*|Diplomat\w*|diplomatisch\w*|Diplomatie\w*",
        r"(?:sonder)?gesandte\w*|Sonderbeauftragte\w*|Sondervermittler\w*|sanktion\w*|"
        r"Strafmaßnahme\w*|(?:nato|eu)-Beitritt\w*|Mitglied\w*\s+(?:in\s+der|der)\s+(?:nato|eu)|"
        r"Beitritt\w*\s+(?:zur|in\s+die)\s+(?:nato|eu)|(?:un|uno)-?sicherheitsrat\w*|weltsicherheitsrat\w*|"
        r"Vollversammlung|Generalversammlung|Freihandelsabkommen\w*|Handelsabkommen\w*|"
        r"Assoziierungsabkommen\w*",
        r"Staatsbesuch\w*|Antrittsbesuch\w*|Arbeitsbesuch\w*|vermittel\w*|Vermittl\w*|"
        r"Delegation\w*|Unterhändler\w*|einbestellt\w*|einbestellen|Einbestellung\w*",
        r"gemeinsame\w*\s+Erklärung\w*|(?:abschluss)?kommuniqu\w*|bilateral\w*|"
        r"trilateral\w*|"
        r"Amtskolleg\w*|Staats-\s+und\s+Regierungschef\w*|Waffenstillstandsverhandlung\w*|"
        r"Telefonat\w*",
        r"(?:Verhandlung\w*|Gespräch\w*)\s+(?:mit|zwischen)\s+(?:\w+\s+){0,2}?"
        r"(?:Delegation\w*|Präsident\w*|Regierung\w*|USA|Russland|Ukraine|Kiew|Moskau)",
    ),
    diplomacy_objects=(
        r"Verhandlung\w*|Gespräch\w*|Abkommen\w*|Vertrag|Verträge\w*|Vereinbarung\w*|"
        r"Einigung\w*|Dialog\w*|Treffen\w*|Besuch\w*|Waffenstillstand\w*|Waffenruhe\w*|"
        r"Feuerpause\w*|Resolution\w*|Beziehungen|Konsultation\w*|Plan|Gipfel\w*|"
        r"Sicherheitsrat\w*|Beitritt\w*|Mitgliedschaft\w*|Konferenz\w*",
    ),
    diplomacy_actions=(
        r"verhandel\w*|verhandelt\w*|unterzeichne\w*|unterzeichnet\w*|vereinbart\w*|"
        r"einigten|geeinigt|berieten|beraten|besprachen|erörtert\w*|besucht\w*|"
        r"vorgeschlagen|schlug\w*|verurteilt\w*|verurteilte\w*|beschlossen|verhängt\w*|"
        r"verabschiedet\w*|empfing|empfangen|trafen\s+sich|traf\s+sich|getroffen|"
        r"zusammengetroffen|zusammentreffen|kamen\s+zusammen|telefonierte\w*|ratifizier\w*|"
        r"beigetreten|aufgenommen",
    ),
    diplomacy_support=(
        r"Präsident\w*|Premier\w*|Ministerpräsident\w*|(?:bundes)?Kanzler\w*|Regierung\w*|"
        r"Staatschef\w*|Minister\w*|Ministerium\w*|Weiße\w*\s+Haus\w*|Kreml\w*|Sprecher\w*|"
        r"Beamte\w*|Vertreter\w*|Verbündete\w*|Partner\w*|Selenskyj\w*|Putin\w*|Trump\w*|"
        r"Merz|Macron\w*|Rubio\w*|Witkoff\w*|Delegierte\w*",
    ),
    actors=(
        r"Russland\w*|russisch\w*|Ukraine\w*|ukrainisch\w*|Kiew\w*|Kyjiw\w*|Moskau\w*|"
        r"USA|US|EU|UN|UNO|NATO|Vereinigte\w*\s+Staaten|amerikanisch\w*|"
        r"Washington\w*|Europäisch\w*\s+Union|Vereinte\w*\s+Nationen|Israel\w*|israelisch\w*|"
        r"Gaza\w*|Iran\w*|iranisch\w*|China\w*|chinesisch\w*|Peking\w*|Türkei\w*|Polen\w*|"
        r"Deutschland\w*|Frankreich\w*|Großbritannien\w*|Belarus\w*|Weißrussland\w*|"
        r"Charkiw\w*|Odessa\w*|Dnipro\w*|Saporischschja\w*|Lwiw\w*|Krim\w*|Donbass\w*|"
        r"Genf\w*|Istanbul\w*|Brüssel\w*|Berlin\w*|Paris\w*|London\w*|Hisbollah|Hamas|Huthi\w*|"
        r"Libanon\w*|Syrien\w*|Jemen\w*|Sudan\w*|Mali\w*|Burkina\s+Faso|Niger|Nigeria\w*|"
        r"Somalia\w*|Kongo\w*|Ruanda\w*|Äthiopien\w*|Libyen\w*|Sahel\w*|Myanmar|Kosovo\w*|"
        r"Serbien\w*|Ungarn\w*|Schweden\w*|Finnland\w*|Katar\w*|Ägypten\w*|Mexiko\w*|"
        r"Mercosur|Vatikan\w*|Nordkorea\w*|Südkorea\w*|Japan\w*|Indien\w*|Pakistan\w*|"
        r"Afghanistan\w*|Irak\w*|Armenien\w*|Aserbaidschan\w*|Georgien\w*|Venezuela\w*|"
        r"Taiwan\w*",
    ),
    strike_offtopic=(
        r"Konzern\w*|Aktionär\w*|Hauptversammlung\w*|Vorstand\w*|Dividende\w*|Manager\w*|"
        r"Markt|Märkte\w*|Preis\w*|Kunden\w*|Unternehmen\w*|Bundestag\w*|Abgeordnete\w*|"
        r"Opposition\w*|Haushalt|Haushalts\w*|Gedenk\w*|gedenk\w*|erinnert\w*|Erinnerung\w*|"
        r"Historiker\w*|Mahnmal\w*|Fans|Stadion\w*|Saison\w*|Spieler\w*",
    ),
    diplomacy_offtopic=(
        r"Konzern\w*|Aktionär\w*|Markt|Preis\w*|Kunden\w*|Gedenk\w*|gedenk\w*|Historiker\w*|"
        r"Mahnmal\w*|Fans|Stadion\w*|Saison\w*|Spieler\w*",
    ),
)
