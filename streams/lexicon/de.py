"""German cue lexicon: compounds are matched by stem inside the word (Drohnenangriff)."""

from __future__ import annotations

from streams.lexicon import Lexicon

_WEAPONS = (
    r"(?:\w*(?:drohne|rakete|marschflugkörper|granate|bombe)\w*|Geschoss\w*|Shaheds?)"
)

LEXICON = Lexicon(
    strike_traps=(
        r"\w*streik\w*|\w*stürmer\w*|\w*tarif\w*|Gewerkschaft\w*|Lohn\w*|Löhne\w*",
        r"\w*blitz\w*|Gewitter\w*|Herzinfarkt\w*|Schlaganfall\w*",
        r"Fußball\w*|Bundesliga\w*|Spiel(?:e|s|en)?|\w*(?:fußball|pokal|liga|heim|"
        r"auswärts|länder|end)spiel\w*|Tore?|Trainer\w*|Verein\w*|"
        r"Turnier\w*|Torwart\w*|Elfmeter\w*|Liga",
        r"\w*(?:raketen|waffen|atom|kernwaffen|flug)tests?|Test\w*|getestet|Manöver\w*|"
        r"\w*übung(?:en)?|"
        r"simulier\w*|Parade\w*",
        r"\w*cyber\w*|Hacker\w*|gehackt",
        r"\w*liefer\w*|Militärhilfe\w*|\w*hilfspaket\w*|Rüstungs\w*|Waffenverk\w*|"
        r"Verteidigungshaushalt\w*|Rüstungsetat\w*|Budget\w*|beschaff\w*|produzier\w*|"
        r"Produktion\w*|verkauf\w*",
        r"droht\w*|drohte\w*|gedroht|Drohung\w*|androh\w*",
        r"Raumfahrt\w*|Weltraum\w*|Satellit\w*|Orbit\w*|Raumschiff\w*|Raumstation\w*",
        r"Raub\w*|Räuber\w*|Messer\w*|Mord\w*|Bande\w*",
    ),
    strike_strong=(
        r"(?:\w+-\s+(?:und|&)\s+)?\w*(?:luft|raketen|drohnen|bomben|artillerie|militär|"
        r"vergeltungs|granat|marschflugkörper|panzer)\w*?(?:angriff|schlag|schläge|"
        r"beschuss|attacke|bombardement|offensive|hagel|salve)\w*",
        r"Beschuss|beschossen|beschoss\w*|bombardiert\w*|Bombardierung\w*|"
        r"Bombenangriff\w*|Luftalarm\w*|Flugabwehr\w*|Luftabwehr\w*|Luftverteidigung\w*|"
        r"abgefangen|abgeschossen|Abfang\w*|Abschuss\w*|\w*einschl(?:ag|äge|ägen|ags)|"
        r"Gegenangriff\w*|Gegenoffensive\w*",
        r"\d[\d.\s]*\s+(?:\w+\s+)?" + _WEAPONS + r"(?:\s+und\s+\d[\d.\s]*\s+(?:\w+\s+)?"
        + _WEAPONS + r")?",
        r"(?:feuerte\w*|schoss\w*|startete\w*|schickte\w*)\s+(?:\w+\s+){0,4}?" + _WEAPONS,
        r"(?:israelisch|russisch|ukrainisch|amerikanisch|US-amerikanisch|iranisch|"
        r"feindlich)\w*\s+(?:Angriff\w*|Attacke\w*|Offensive\w*|Schläge|Schlag)",
    ),
    strike_objects=(
        _WEAPONS,
        r"Artillerie\w*|Mörser\w*|Haubitze\w*|Kampfjet\w*|Kampfflugzeug\w*|Kampfdrohne\w*|"
        r"Munition\w*|Sprengstoff\w*|Sprengsatz\w*|Iskander\w*|Kinschal\w*|HIMARS|ATACMS|"
        r"Taurus",
    ),
    strike_actions=(
        r"Angriff\w*|angegriffen|griff(?:en)?|greift|getroffen|traf(?:en)?(?!\s+sich)|trifft|"
        r"zerstört\w*|Zerstörung\w*|beschädigt\w*|abgefeuert|feuerte\w*|explodiert\w*|"
        r"Explosion\w*|detoniert\w*|attackiert\w*|Attacke\w*|Schlag|Schläge|schlugen|"
        r"gestartet|startete\w*",
    ),
    strike_support=(
        r"getötet\w*|tot|Tote\w*|starben|gestorben|ums\s+Leben|verletzt\w*|Verletzte\w*|"
        r"Opfer\w*|Zivilist\w*|zivil\w*|Infrastruktur\w*|Energie\w*|Kraftwerk\w*|"
        r"Umspannwerk\w*|Wohnhaus\w*|Wohngebäude\w*|Armee\w*|Streitkräfte\w*|Militär\w*|"
        r"Truppen\w*|Luftwaffe\w*|Verteidigungsministerium\w*|nachts|in\s+der\s+Nacht|"
        r"Front\w*|Rettungskräfte\w*|Trümmer\w*|Vergeltung\w*",
    ),
    diplomacy_traps=(
        r"Fusion\w*|Übernahme\w*|Konzern\w*|Unternehmen\w*|Aktionär\w*|Investor\w*|"
        r"Firmen\w*|Firma",
        r"Gewerkschaft\w*|\w*tarif\w*|Lohn\w*|Löhne\w*|Gehalt\w*|Gehält\w*|Arbeitgeber\w*|"
        r"\w*streik\w*",
        r"Koalition\w*|Bundestag\w*|Landtag\w*|Abgeordnete\w*|"
        r"Parlament(?<!europäisches\sparlament)(?<!eu-parlament)\w*|Gesetzentwurf\w*|Haushalt|Haushalts\w*|Bundeshaushalt\w*|"
        r"Wahlkampf\w*|Wahl|Wahlen|"
        r"Opposition\w*",
        r"Fußball\w*|Bundesliga\w*|Verein\w*|Transfer\w*|Spiel(?:e|s|en)?|Trainer\w*|"
        r"Bergsteiger\w*|Berggipfel\w*|Everest",
    ),
    diplomacy_strong=(
        r"Friedens(?:verhandlung|gespräch|plan|prozess|abkommen|vertrag|initiative|gipfel|"
        r"konferenz|lösung|deal|formel|bemühung|vorschlag|rahmen)\w*",
        r"\w*sicherheitsgarantie\w*|\w*gipfel\w*|Außenminister\w*|Außenamt\w*|"
        r"Auswärtig\w*\s+Amt\w*|Botschafter\w*|Diplomat\w*|diplomatisch\w*|Diplomatie\w*",
        r"\w*gesandte\w*|Sonderbeauftragte\w*|Sondervermittler\w*|\w*sanktion\w*|"
        r"\w*sicherheitsrat\w*|UN-Vollversammlung|Vollversammlung|Generalversammlung",
        r"Staatsbesuch\w*|Antrittsbesuch\w*|Arbeitsbesuch\w*|vermittel\w*|Vermittl\w*|"
        r"Delegation\w*|Unterhändler\w*|einbestellt\w*|einbestellen|Einbestellung\w*",
        r"gemeinsame\w*\s+Erklärung\w*|\w*kommuniqu\w*|bilateral\w*|trilateral\w*|"
        r"Amtskolleg\w*|Staats-\s+und\s+Regierungschef\w*|Waffenstillstandsverhandlung\w*",
        r"(?:Verhandlung\w*|Gespräch\w*)\s+(?:mit|zwischen)\s+(?:\w+\s+){0,2}?"
        r"(?:Delegation\w*|Präsident\w*|Regierung\w*|USA|Russland|Ukraine|Kiew|Moskau)",
    ),
    diplomacy_objects=(
        r"Verhandlung\w*|Gespräch\w*|Abkommen\w*|Vertrag|Verträge\w*|Vereinbarung\w*|"
        r"Einigung\w*|Dialog\w*|Treffen\w*|Besuch\w*|Waffenstillstand\w*|Waffenruhe\w*|"
        r"Feuerpause\w*|Resolution\w*|Beziehungen|Konsultation\w*|Plan",
    ),
    diplomacy_actions=(
        r"verhandel\w*|verhandelt\w*|unterzeichne\w*|unterzeichnet\w*|vereinbart\w*|"
        r"einigten|geeinigt|berieten|beraten|besprachen|erörtert\w*|besucht\w*|"
        r"vorgeschlagen|schlug\w*|verurteilt\w*|verurteilte\w*|beschlossen|verhängt\w*|"
        r"verabschiedet\w*|empfing|empfangen|trafen\s+sich|traf\s+sich|getroffen",
    ),
    diplomacy_support=(
        r"Präsident\w*|Premier\w*|Ministerpräsident\w*|Kanzler\w*|Regierung\w*|"
        r"Staatschef\w*|Minister\w*|Ministerium\w*|Weiße\w*\s+Haus\w*|Kreml\w*|Sprecher\w*|"
        r"Beamte\w*|Vertreter\w*|Verbündete\w*|Partner\w*|Selenskyj\w*|Putin\w*|Trump\w*|"
        r"Merz|Macron\w*|Rubio\w*|Witkoff\w*|Staaten|Länder\w*",
    ),
    actors=(
        r"Russland\w*|russisch\w*|Ukraine\w*|ukrainisch\w*|Kiew\w*|Kyjiw\w*|Moskau\w*|"
        r"USA|US|EU|UN|UNO|NATO|Vereinigte\w*\s+Staaten|amerikanisch\w*|"
        r"Washington\w*|Europäisch\w*\s+Union|Vereinte\w*\s+Nationen|Israel\w*|israelisch\w*|"
        r"Gaza\w*|Iran\w*|iranisch\w*|China\w*|chinesisch\w*|Peking\w*|Türkei\w*|Polen\w*|"
        r"Deutschland\w*|Frankreich\w*|Großbritannien\w*|Belarus\w*|Weißrussland\w*|"
        r"Charkiw\w*|Odessa\w*|Dnipro\w*|Saporischschja\w*|Lwiw\w*|Krim\w*|Donbass\w*|"
        r"Genf\w*|Istanbul\w*|Brüssel\w*|Berlin\w*|Paris\w*|London\w*",
    ),
)
