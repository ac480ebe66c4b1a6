"""Spanish cue lexicon (accented forms spelled out, with unaccented variants where common)."""

from __future__ import annotations

from streams.lexicon import Lexicon

_WEAPONS = r"(?:drones?|misiles?|cohetes?|proyectiles?|obuses|bombas?|Shaheds?)"

LEXICON = Lexicon(
    strike_traps=(
        r"huelga\w*|huelguist\w*|sindica\w*|salari\w*|patronal",
        r"rayos?(?!\s+X)|relámpago\w*|tormentas?|infarto\w*|ataque\s+(?:cardíaco|cardiaco|"
        r"de\s+pánico|de\s+ansiedad)",
        r"delanter\w*|fútbol|futbol|partidos?\s+de|liga|gol(?:es)?|goleador\w*|entrenador\w*|"
        r"club\w*|campeonato\w*|torneo\w*|portero\w*|penalti\w*|estadio\w*",
        r"pruebas?|ensayos?|test\w*|ejercicios?|maniobras?|simulacros?|simulaci\w*|simul(?:ó|aron|ando|ar)|desfile\w*",
        r"ciber\w*|hacker\w*|pirat\w*|hacke\w*",
        r"entrega\w*|entregar\w*|ayuda\s+militar|paquete\s+de\s+ayuda|ventas?\s+de\s+armas|"
        r"presupuesto\w*|compra\w*|fabric\w*",
        r"amenaz\w*|espacia\w*|satélite\w*|órbita\w*|cohete\w*\s+espacia\w*",
        r"atraco\w*|robo\w*|asesinat\w*|apuñal\w*|pandill\w*",
    ),
    strike_strong=(
        r"ataques?\s+(?:aéreos?|aereos?|con\s+(?:drones|misiles|cohetes)|de\s+(?:drones|"
        r"misiles)|masivos?|combinados?|rusos?|israelíes|ucranianos?|nocturnos?)",
        r"bombarde\w*|(?:bombardeos?|ataques?|disparos?|lanzamientos?|oleadas?|andanadas?|"
        r"ráfagas?)\s+de\s+(?:misiles|cohetes|drones|artillería|proyectiles)",
        r"\d[\d\s.]*\s+(?:\w+\s+)?" + _WEAPONS + r"(?:\s+y\s+\d[\d\s.]*\s+(?:\w+\s+)?"
        + _WEAPONS + r")?",
        r"intercept\w*|derrib\w*|defensas?\s+(?:antiaéreas?|aéreas?|antiaereas?)|"
        r"alertas?\s+(?:antiaéreas?|aéreas?)|incursi(?:ón|ones)\s+aéreas?",
        r"(?:lanz|dispar)\w*\s+(?:\w+\s+){0,4}?(?:drones|misiles|cohetes|proyectiles)",
        r"(?:ofensiva|asalto|incursión)s?\s+(?:militar\w*|terrestre\w*|aére\w*)",
    ),
    strike_objects=(
        _WEAPONS,
        r"artillería|morteros?|cazas|aviones\s+de\s+combate|municiones?|explosivos?|"
        r"Iskander|Kalibr|Kinzhal|HIMARS|ATACMS",
    ),
    strike_actions=(
        r"atac\w*|ataques?|golpe(?:ó|aron|an|ando)|impact\w*|alcanz(?:ó|aron|ando)|"
        r"lanz(?:ó|aron|ando)|dispar(?:ó|aron|ando)|destru\w*|dañ\w*|explosi\w*|"
        r"estall\w*|detonaci\w*|ofensiva\w*",
    ),
    strike_support=(
        r"muert\w*|muri(?:ó|eron)|fallecid\w*|herid\w*|víctimas?|civiles|infraestructura\w*|"
        r"energétic\w*|centrales?|edificios?|residencial\w*|ejército\w*|fuerzas\s+armadas|"
        r"tropas|militar\w*|fuerza\s+aérea|Ministerio\s+de\s+Defensa|noche|madrugada|"
        r"frente|escombros|represalia\w*|rescatistas|socorristas",
    ),
    diplomacy_traps=(
        r"fusi(?:ón|ones)|adquisici\w*|OPA|empresas?|compañías?|accionist\w*|inversor\w*",
        r"sindica\w*|salari\w*|convenio\s+colectivo|patronal|empleador\w*|huelga\w*",
        r"coalici(?:ón|ones)\s+de\s+gobierno|Congreso\s+de\s+los\s+Diputados|Senado|"
        r"diputad\w*|parlamentari\w*|proyecto\s+de\s+ley|presupuesto\w*|elecci\w*|"
        r"partidos?\s+de\s+la\s+oposición",
        r"fútbol|futbol|fichaje\w*|club\w*|liga|Everest|montañ\w*|alpinist\w*",
    ),
    diplomacy_strong=(
        r"(?:conversaciones|negociaciones|acuerdo|plan|proceso|tratado|iniciativa|cumbre|"
        r"conferencia|esfuerzos?)\s+de\s+paz|acuerdo\s+de\s+alto\s+el\s+fuego",
        r"garantías\s+de\s+seguridad|cumbres?",
        r"canciller\w*|ministr\w*\s+de\s+(?:Asuntos\s+)?Exteriores|ministr\w*\s+de\s+"
        r"Relaciones\s+Exteriores|secretari\w*\s+de\s+Estado|Departamento\s+de\s+Estado",
        r"embajad\w*|cónsul\w*|consulado\w*|diplomátic\w*|diplomacia|emisari\w*|"
        r"enviad\w*\s+especial\w*|sancion\w*|tratados?",
        r"Consejo\s+de\s+Seguridad|Asamblea\s+General|visitas?\s+(?:oficial\w*|de\s+Estado)|"
        r"mediaci\w*|mediador\w*|delegaci\w*|negociador\w*",
        r"convoc\w*\s+(?:\w+\s+){0,2}?(?:embajador\w*|encargad\w*\s+de\s+negocios)|"
        r"declaración\s+conjunta|comunicado\s+conjunto|memorando\w*|bilateral\w*|"
        r"trilateral\w*|homólog\w*",
        r"(?:negociaciones|conversaciones|reuni(?:ón|ones))\s+(?:con|entre)\s+(?:\w+\s+){0,2}?"
        r"(?:delegaci\w*|president\w*|gobierno\w*|Washington|Moscú|Kiev|Kyiv)",
    ),
    diplomacy_objects=(
        r"negociaci\w*|conversaciones|acuerdos?|tratados?|diálogo|reuni(?:ón|ones)|"
        r"encuentros?|visitas?|alto\s+el\s+fuego|cese\s+(?:el|al)\s+fuego|tregua|"
        r"resoluci(?:ón|ones)|relaciones|plan|propuestas?",
    ),
    diplomacy_actions=(
        r"reuni(?:ó|eron)|firm(?:ó|aron|ado|ada)|acord(?:ó|aron|ado)|negoci(?:ó|aron|ando)|"
        r"discuti(?:ó|eron)|abord(?:ó|aron)|propus(?:o|ieron)|visit(?:ó|aron)|"
        r"recibi(?:ó|eron)|conden(?:ó|aron)|adopt(?:ó|aron)|impus(?:o|ieron)|"
        r"aprob(?:ó|aron)",
    ),
    diplomacy_support=(
        r"president\w*|primer\w*\s+ministr\w*|mandatari\w*|líder\w*|gobierno\w*|"
        r"funcionari\w*|ministr\w*|ministerio\w*|Casa\s+Blanca|Kremlin|portavoz|"
        r"autoridades|aliados|socios|Zelenski\w*|Putin|Trump|Rubio|Witkoff|países|Estados(?!\s+Unidos)",
    ),
    actors=(
        r"Rusia|rus[oa]s?|Ucrania|ucranian\w*|Kiev|Kyiv|Moscú|UE|ONU|OTAN|EEUU|EE\.\s?UU\.|"
        r"Estados\s+Unidos|estadounidense\w*|Washington|Unión\s+Europea|Naciones\s+Unidas|"
        r"Israel|israelí\w*|Gaza|Irán|iraní\w*|China|chin[oa]s?|Pekín|Turquía|Polonia|"
        r"Alemania|Francia|Reino\s+Unido|Bielorrusia|Járkov|Odesa|Dnipró|Zaporiyia|Leópolis|"
        r"Crimea|Donbás|Ginebra|Estambul|Bruselas|Líbano|Siria|Yemen|hutíes|Hezbolá|Hamás",
    ),
)
