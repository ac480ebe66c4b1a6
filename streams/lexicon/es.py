"""Spanish cue lexicon (accented forms spelled out, with unaccented variants where common)."""

from __future__ import annotations

from streams.lexicon import NUMBER, Lexicon

_WEAPONS = r"(?:drones?|misiles?|cohetes?|proyectiles?|obuses|bombas?|Shaheds?)"

LEXICON = Lexicon(
    strike_traps=(
        r"1[89]\d\d|posibles?\s+(?:\w+\s+){0,2}?(?:ataques?|bombardeos?)|fuga\s+de\s+gas|"
        r"explosión\s+de\s+gas|bombona\w*|narcotráfico|narcos?|cártel\w*|sicarios?|fiscalía|"
        r"ajustes?\s+de\s+cuentas|aniversario|conmemor\w*|hace\s+\d+\s+años|"
        r"guerra\s+mundial|guerra\s+civil",
        r"huelga\w*|huelguist\w*|sindica\w*|salari\w*|patronal",
        r"rayos?(?!\s+X)|relámpago\w*|tormentas?|infarto\w*|ataque\s+(?:cardíaco|cardiaco|"
        r"de\s+pánico|de\s+ansiedad)",
        r"delanter\w*|fútbol|futbol|partidos?\s+de|liga|gol(?:es)?|goleador\w*|entrenador\w*|"
        r"club\w*|campeonato\w*|torneo\w*|portero\w*|penalti\w*|estadio\w*|ACB|NBA|"
        r"euroliga|baloncesto|portería|goleada|jornadas?|triples?|canasta\w*",
        r"pruebas?|ensayos?|test\w*|ejercicios?|maniobras?|simulacros?|simulaci\w*|"
        r"simul(?:ó|aron|ando|ar)|desfile\w*",
        r"ciber\w*|hacker\w*|pirat\w*|hacke\w*",
        r"entrega\w*|entregar\w*|ayuda\s+militar|paquete\s+de\s+ayuda|ventas?\s+de\s+armas|"
        r"presupuesto\w*|compra\w*|fabric\w*",
        r"amenaz\w*|espacia\w*|satélite\w*|órbita\w*|cohete\w*\s+espacia\w*|despeg\w*|"
        r"suborbital|orbital|lanzador\w*|astronaut\w*",
        r"dispuest\w*\s+a\s+(?:atacar|golpear)|podría\w*\s+(?:atacar|golpear)",
        r"atraco\w*|robo\w*|asesinat\w*|apuñal\w*|pandill\w*",
        # Drug-cartel violence is crime, not armed conflict.
        r"cártel\w*|cartel\w*|narco\w*|sicari\w*|ajustes?\s+de\s+cuentas",
        # Retrospectives and remembrance: a raid decades ago is history, not a report.
        r"aniversario\w*|conmemor\w*|guerra\s+mundial|hace\s+\d+\s+años|"
        r"19(?:36|37|38|39|40|41|42|43|44|45)|bombas?\s+sin\s+explotar|artefactos?\s+sin\s+explotar|"
        r"desactiv\w*",
        # Accidents: gas explosions.
        r"fuga\s+de\s+gas|escape\s+de\s+gas|explosión\s+de\s+gas|bombonas?|deflagraci\w*",
        # Business and parliamentary metaphors ("guerra de precios", "bombardeo de llamadas").
        r"guerra\s+de\s+precios|consumidores|clientes|operador(?:as|es)|tarifas?|"
        r"accionistas?|cuota\s+de\s+mercado|enmiendas?|diputad\w*",
    ),
    strike_strong=(
        r"ataques?\s+(?:aéreos?|aereos?|con\s+(?:drones|misiles|cohetes)|de\s+(?:drones|"
        r"misiles)|masivos?|combinados?|rusos?|israelíes|ucranianos?|nocturnos?)",
        r"bombarde\w*|(?:bombardeos?|ataques?|disparos?|lanzamientos?|oleadas?|andanadas?|"
        r"ráfagas?)\s+de\s+(?:misiles|cohetes|drones|artillería|proyectiles)",
        r"emboscada\w*|(?:coche|carro)s?\s+bomba|atentados?\s+suicidas?|"
        r"(?:ataque|asalto|ofensiva)s?\s+(?:yihadista|terrorista|rebelde|armad[oa]|insurgente|"
        r"guerriller[oa])s?",
        r"intercept\w*|derrib\w*|defensas?\s+(?:antiaéreas?|aéreas?|antiaereas?)|"
        r"alertas?\s+(?:antiaéreas?|aéreas?)|incursi(?:ón|ones)\s+aéreas?",
        r"(?:lanz|dispar)\w*\s+(?:\w+\s+){0,4}?(?:drones|misiles|cohetes|proyectiles)",
        r"(?:ofensiva|asalto|incursión)s?\s+(?:militar\w*|terrestre\w*|aére\w*)",
    ),
    strike_objects=(
        _WEAPONS,
        # A count of weapons needs a verb: factories and deliveries count weapons too.
        NUMBER + r"\s+(?:\w+\s+)?" + _WEAPONS + r"(?:\s+y\s+" + NUMBER + r"\s+(?:\w+\s+)?"
        + _WEAPONS + r")?",
        r"combates?|enfrentamientos?|tiroteo\w*|asaltos?",
        r"artillería|morteros?|cazas|aviones\s+de\s+combate|municiones?|explosivos?|"
        r"Iskander|Kalibr|Kinzhal|HIMARS|ATACMS",
    ),
    strike_actions=(
        r"atac\w*|ataques?|golpe(?:ó|aron|an|ando)|impact\w*|alcanz(?:ó|aron|ando)|"
        r"lanz(?:ó|aron|ando)|dispar\w*|destru\w*|dañ\w*|explosi\w*|"
        r"estall\w*|detonaci\w*|ofensiva\w*|cayeron|cayó|impactaron|asalt(?:aron|ó)|"
        r"irrumpi\w*|abrieron\s+fuego",
    ),
    strike_support=(
        r"muert\w*|muri(?:ó|eron)|fallecid\w*|herid\w*|víctimas?|civiles|infraestructura\w*|"
        r"energétic\w*|centrales?|edificios?|residencial\w*|ejército\w*|fuerzas\s+armadas|"
        r"tropas|militar\w*|fuerza\s+aérea|Ministerio\s+de\s+Defensa|noche|madrugada|"
        r"frente|escombros|represalia\w*|rescatistas|socorristas|soldados|yihadistas?|"
        r"combatientes|asaltantes|milicianos|terroristas|rebeldes|insurgentes|campamento\w*|"
        r"base\s+militar|cuartel\w*|convoy\w*",
    ),
    diplomacy_traps=(
        r"Constitución|constitucional|referéndum",
        r"fusi(?:ón|ones)|adquisici\w*|OPA|empresas?|compañías?|accionist\w*|inversor\w*",
        r"sindica\w*|salari\w*|convenio\s+colectivo|patronal|empleador\w*|huelga\w*",
        r"coalici(?:ón|ones)\s+de\s+gobierno|Congreso\s+de\s+los\s+Diputados|Senado|"
        r"diputad\w*|parlamentari\w*|proyecto\s+de\s+ley|presupuesto\w*|elecci\w*|"
        r"partidos?\s+de\s+la\s+oposición",
        # Domestic meetings of regional presidents are not diplomacy.
        r"conferencia\s+de\s+presidentes|comunidades\s+autónomas|autonómic\w*|"
        r"presidentes?\s+(?:auton\w*|regionales)|reforma\s+constitucional",
        r"fútbol|futbol|fichaje\w*|club\w*|liga|Everest|montañ\w*|alpinist\w*|ACB|NBA|"
        r"euroliga|baloncesto|jornadas?|goleada|portería",
    ),
    diplomacy_strong=(
        r"(?:conversaciones|negociaciones|acuerdo|plan|proceso|tratado|iniciativa|cumbre|"
        r"conferencia|esfuerzos?)\s+de\s+paz|acuerdo\s+de\s+alto\s+el\s+fuego",
        # A bare "cumbre" may be a mountain top or a top-of-the-table match.
        r"cumbres?\s+(?:de\s+la\s+otan|del\s+g\s?\d+|de\s+la\s+ue|europea|de\s+paz|"
        r"bilateral|iberoamericana|de\s+líderes|de\s+la\s+unión\s+\w+)",
        r"acuerdo\s+(?:de\s+libre\s+comercio|comercial)|tratado\s+de\s+libre\s+comercio",
        r"garantías\s+de\s+seguridad|conversación\s+telefónica|llamada\s+telefónica",
        r"canciller\w*|ministr\w*\s+de\s+(?:Asuntos\s+)?Exteriores|ministr\w*\s+de\s+"
        r"Relaciones\s+Exteriores|secretari\w*\s+de\s+Estado|Departamento\s+de\s+Estado",
        r"embajad\w*|cónsul\w*|consulado\w*|diplomátic\w*|diplomacia|emisari\w*|"
        r"enviad\w*\s+especial\w*|sancion\w*|tratados?",
        r"Consejo\s+de\s+Seguridad(?!\s+Nacional)|Asamblea\s+General|visitas?\s+(?:oficial\w*|de\s+Estado)|"
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
        r"resoluci(?:ón|ones)|relaciones|plan|propuestas?|cumbres?|adhesión|conferencias?",
    ),
    diplomacy_actions=(
        r"reuni(?:ó|eron|rá|rán)|reúnen?|firm(?:ó|aron|ado|ada)|acord(?:ó|aron|ado)|"
        r"negoci(?:ó|aron|ando)|ratific\w*|rompi(?:ó|eron)|expuls(?:ó|aron)|"
        r"discuti(?:ó|eron)|abord(?:ó|aron)|propus(?:o|ieron)|visit(?:ó|aron)|"
        r"recibi(?:ó|eron)|conden(?:ó|aron)|adopt(?:ó|aron)|impus(?:o|ieron)|"
        r"aprob(?:ó|aron)",
    ),
    diplomacy_support=(
        r"president\w*|primer\w*\s+ministr\w*|mandatari\w*|líder\w*|gobierno\w*|"
        r"funcionari\w*|ministr\w*|ministerio\w*|Casa\s+Blanca|Kremlin|portavoz|"
        r"autoridades|aliados|socios|Zelenski\w*|Putin|Trump|Rubio|Witkoff|delegados|Comisión\s+Europea",
    ),
    actors=(
        r"Rusia|rus[oa]s?|Ucrania|ucranian\w*|Kiev|Kyiv|Moscú|UE|ONU|OTAN|EEUU|EE\.\s?UU\.|"
        r"Estados\s+Unidos|estadounidense\w*|Washington|Unión\s+Europea|Naciones\s+Unidas|"
        r"Israel|israelí\w*|Gaza|Irán|iraní\w*|China|chin[oa]s?|Pekín|Turquía|Polonia|"
        r"Alemania|Francia|Reino\s+Unido|Bielorrusia|Járkov|Odesa|Dnipró|Zaporiyia|Leópolis|"
        r"Crimea|Donbás|Ginebra|Estambul|Bruselas|Líbano|Siria|Yemen|hutíes|Hezbolá|Hamás|"
        r"Malí|Burkina\s+Faso|Níger|Nigeria|Somalia|Congo|RDC|Ruanda|Etiopía|Libia|Sahel|"
        r"Myanmar|Birmania|Kosovo|Serbia|Hungría|Suecia|Finlandia|Catar|Qatar|Egipto|"
        r"Venezuela|Cuba|Colombia|México|Mercosur|Japón|India|Pakistán|Afganistán|Irak|"
        r"Arabia\s+Saudí|Corea\w*|Taiwán|Armenia|Azerbaiyán|Vaticano",
    ),
    strike_offtopic=(
        r"mercados?|precios?|tarifas?|operador\w*|clientes?|consumidores|márgenes|"
        r"compañías?|empresas?|marcas?|ofertas?|accionistas?|Congreso|diputados?|enmiendas?|"
        r"memoria|veteranos?|historiadores?|aficionados|estadio|temporada|jugadores?",
    ),
    diplomacy_offtopic=(
        r"mercados?|precios?|clientes?|consumidores|empresas?|accionistas?|estadio|"
        r"temporada|jugadores?|aficionados|memoria|historiadores?|veteranos?",
    ),
)
