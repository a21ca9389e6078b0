import type { Lexicon } from './types.js';

// The change family's worse, same and better points: its slots, and its three points alone (`change-3`).
const CHANGE_WORSE = ['peor', 'negativamente', 'ha empeorado', 'empeoró'];
const CHANGE_SAME = ['igual', 'más o menos igual', 'igual que antes', 'sigue igual', 'se ha mantenido igual', 'se mantuvo igual', 'sin cambios', 'ningún cambio', 'no ha cambiado', 'ni mejor ni peor', 'ningún efecto', 'ningún impacto', 'no ha afectado', 'ni positiva ni negativamente', 'neutral'];
const CHANGE_BETTER = ['mejor', 'positivamente', 'ha mejorado', 'mejoró'];

/** Spanish. */
export const es: Lexicon = {
  language: 'es',
  roles: {
    id: ['identificador', 'id de respuesta', 'número de respuesta', 'id del encuestado', 'número de pedido', 'número de cliente', 'número de orden', 'número de ticket', 'número de caso', 'número de reserva'],
    timestamp: ['marca temporal', 'fecha', 'hora', 'fecha y hora', 'fecha de envío', 'fecha de respuesta', 'fecha de inicio', 'fecha de finalización', 'enviado el'],
    nps: ['recomend*', 'recomiend*'],
    csat: {
      strong: ['satisfacción general', 'satisfacción global', 'satisfacción total', 'en general qué tan satisfech*', 'en general cuán satisfech*', 'valoración general', 'experiencia general'],
      weak: ['~en general', 'satisf*', '~global'],
      overall: ['en general', 'global'],
    },
    ces: ['fácil', 'fácilmente', 'facilidad', 'esfuerzo', 'difícil', 'sencill*'],
    comment: ['comentario*', 'observacion*', 'sugerencia*', 'por qué', 'explique', 'opinión', '~algo más'],
    improve: ['mejorar', 'mejora', 'mejoras'],
    segment: ['región', 'país', 'ciudad', 'provincia', 'tienda', 'sucursal', 'canal', 'canal de contacto', 'medio de contacto', 'segmento', '~plan', 'tarifa', '~producto', 'categoría', 'sexo', 'género', 'edad', 'grupo de edad', 'idioma', 'tipo de cliente', 'departamento', '~fuente', '~origen', 'cuántos años tiene', 'cuántos años tienes', 'qué edad', 'rango de edad', 'tramo de edad', 'rango de ingresos', 'nivel de ingresos', '~tipo'],
    quantity: ['cuántos', 'cuántas', 'número de', 'horas', 'minutos', 'días', 'años', 'importe', 'monto', 'gasto*', 'cuánto pagó', 'pagado', 'pagados', 'pagada', 'pagadas', 'ingresos', 'porcentaje'],
    howOften: ['con qué frecuencia', 'cada cuánto'],
    counted: ['cuántos', 'cuántas', 'número de'],
    countedRating: ['dar', 'daría', 'darías', 'daríais', 'darían', 'otorgar*', 'otorgaría*', 'calificar*', 'calificaría*', 'puntuar*', 'puntuaría*', 'valorar*', 'valoraría*', 'merece*'],
    countedUnits: ['día', 'días', 'noche', 'noches', 'vez', 'veces', 'persona*', 'huésped*', 'habitación', 'habitaciones', 'niño*', 'hora', 'horas', 'minuto*', 'semana*', 'mes', 'meses', 'año', 'años', 'amigo', 'amigos', 'amiga', 'amigas', 'conocido*', 'colega*'],
    countedPoints: ['punto', 'puntos', 'estrella', 'estrellas'],
    importance: ['~importancia', '~importante', '~qué tan importante'],
    weight: ['peso', 'ponderación', 'factor de ponderación'],
    ignored: ['dirección ip', 'correo electrónico', 'correo', 'su nombre', 'nombre completo', 'apellido*', 'duración*', 'progreso'],
  },
  effort: { effort: ['esfuerzo*'], metric: ['ces', 'puntuación', 'puntaje', 'índice', 'indicador', 'kpi'], metricOf: ['cliente', 'clientes', 'de', 'del'], easy: ['fácil*', 'fácilmente', 'facilidad', 'sencill*'], difficult: ['difícil*', 'dificultad*'], clear: ['fácil de entender', 'fáciles de entender', 'fácil de comprender', 'fáciles de comprender', 'fácil de leer', 'fáciles de leer', 'fácil de seguir', 'fáciles de seguir', 'fácilmente comprensible*', 'sencillo de entender', 'sencilla de entender', 'sencillo de leer', 'sencilla de leer'], understand: ['entender', 'comprender', 'leer', 'comprensible*', 'legible*'], whole: ['ayuda', 'su solicitud', 'tu solicitud', 'mi solicitud', 'su problema', 'tu problema', 'mi problema', 'su consulta', 'tu consulta', 'mi consulta', 'gestión', 'gestionar', 'trámite*', 'en general', 'conseguir lo que necesitaba', 'obtener lo que necesitaba', 'conseguir lo que necesitabas', 'obtener lo que necesitabas', 'conseguí lo que necesitaba'], made: ['facilitó', 'facilita', 'facilitan', 'facilitaron', 'facilitaba', 'facilitaban', 'facilitado'], madeThen: ['ar', 'er', 'ir', 'arlo', 'erlo', 'irlo', 'arla', 'erla', 'irla'], madeSkip: ['me', 'nos', 'le', 'les', 'te', 'mucho', 'bastante'], madeTask: ['la gestión', 'el trámite', 'los trámites', 'la tramitación', 'el proceso', 'la resolución', 'la devolución', 'el reembolso', 'la reclamación', 'la compra', 'la reserva', 'el pago', 'la cancelación', 'la contratación'] },
  which: { ask: ['cuál', 'cuáles', 'qué tipo', 'qué clase', 'en qué', 'a qué', 'por qué medio', 'qué canal', 'de las siguientes opciones', 'de la siguiente lista'], extent: ['en qué medida', 'en qué grado', 'hasta qué punto', 'qué tan', 'qué nivel', 'cuál es su opinión', 'cuál es tu opinión'], chosen: ['eligió', 'elegiste', 'elegido', 'elige', 'escogió', 'escogido', 'seleccionó', 'seleccionado', 'prefiere', 'prefirió', 'utilizó', 'usó', 'optó'] },
  yesNoQuestion: { opens: ['recibió', 'tuvo', 'tiene', 'fue', 'es', 'está', 'estuvo', 'llegó', 'ha', 'han', 'hubo', 'pudo', 'considera', 'se', 'le'], or: ['o', 'u'], orNot: ['o no'], asks: ['qué', 'cuál', 'cuáles', 'cómo', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'dónde', 'adónde', 'cuándo', 'quién', 'quiénes', 'cual', 'cuales', 'como', 'cuanto', 'cuanta', 'cuantos', 'cuantas', 'donde', 'cuando', 'quien', 'quienes'], relative: ['cual', 'cuales', 'donde', 'quien', 'quienes'], finite: ['es', 'son', 'está', 'están', 'fue', 'fueron', 'era', 'eran', 'estaba', 'estaban', 'estuvo', 'estuvieron', 'ha', 'han', 'había', 'hubo', 'hay', 'tiene', 'tienen', 'tuvo', 'tuvieron', 'puede', 'pueden', 'pudo', 'dio', 'parece', 'parecen', 'resulta', 'funciona', 'cumple', 'llega', 'incluye', 'cree', 'considera', 'piensa'], endings: ['ó', 'aron', 'ieron'] },
  guarantee: ['garantía de devolución*', 'garantía de reembolso*', 'reembolso garantizado', 'satisfacción garantizada', 'satisfecho o le devolvemos*', 'satisfecho o te devolvemos*'],
  waiting: ['tiempo de espera', 'tiempos de espera', 'la espera', 'en espera', 'sala de espera', 'lista de espera', '~espera', 'esperó', 'tuvo que esperar', 'en cola', 'hacer cola'],
  timeFrame: ['en los últimos', 'en las últimas', 'en el último', 'en la última', 'durante los últimos', 'durante las últimas', 'en los pasados'],
  // "Entregado" is also dedicated ("un equipo muy entregado") and handed in or back ("entregó las notas").
  delivering: { delays: ['retras*'], verbs: ['entregado', 'entregada', 'entregados', 'entregadas', 'entregar', 'entregó', 'entregaron'], what: ['pedido*', 'producto*', 'compra*', 'artículo*', 'mercancía*', 'puerta', 'domicilio', 'dirección', 'material', 'materiales', 'libro', 'libros', 'manual', 'manuales'], nouns: ['entrega', 'entregas'], intangible: ['entrega de información', 'entrega de la información', 'entrega de noticias', 'entrega de mensajes', 'entrega del mensaje', 'entrega de contenido*', 'entrega del contenido', 'entrega de formación', 'entrega de la formación', 'entrega de capacitación', 'entrega de la capacitación', 'entrega de la presentación', 'entrega de avisos', 'entrega de notificaciones', 'entrega del curso', 'entrega de los cursos', 'entrega de cursos', 'entrega de la sesión', 'entrega de las sesiones', 'entrega del taller', 'entrega del webinar*', 'entrega de la clase', 'entrega de las clases', 'entrega de la lección', 'entrega de las lecciones', 'entrega de la charla'], received: ['recibid*', 'recibió', 'recibí', 'llegó', 'llegaron', 'entregad*'], told: ['descripción*', 'confirmación*', 'correo*', 'email*', 'e mail*', 'información', 'datos', 'sitio web', 'página web', 'web', 'factura*'], accurate: ['completo', 'completa', 'completos', 'completas', 'incomplet*', 'correcto', 'correcta', 'correctos', 'correctas', 'exactitud'] },
  driver: { words: ['conductor', 'conductores', 'conductora*', 'chofer*', 'chófer*'], ride: ['taxi*', 'viaje*', 'trayecto*', 'pasajer*', 'carrera', 'tarifa del viaje', 'autobús', 'autobuses', 'bus', 'tren*', 'ruta*', 'recogida', 'coche*', 'vehículo*', 'vuelo', 'vuelos'], safe: ['segur*'] },
  judged: { pricing: ['precio*', 'costo*', 'coste*', 'caro', 'barato', 'asequible', 'relación calidad precio'], trust: ['confianza', 'confiar', 'confío', 'confía', 'confías', 'confían', 'confiamos', 'confiaría', 'confiarías'] },
  consent: ['consentimiento', 'consiento', 'doy mi consentimiento', 'acepto participar', 'acepta participar', 'aceptas participar', 'acepta usted participar', 'de acuerdo en participar', 'acepta responder', 'acepto el tratamiento', 'acepto los términos', 'acepto las condiciones', 'tratamiento de mis datos', 'tratamiento de mis datos personales'],
  consentDeclined: ['rechaz*', 'declin*', 'no acepto', 'no doy mi consentimiento', 'no consiento'],
  consentTakingPart: ['participar en este estudio', 'participar en esta encuesta', 'participar en el estudio', 'participar en la encuesta', 'participación en este estudio', 'participación en esta encuesta'],
  summaryRows: ['total', 'total de respuestas', 'subtotal', 'suma', 'promedio', 'media', 'mediana', 'recuento', 'desviacion estandar'],
  dimensions: {
    // The goods received as they were described or pictured (eBay's "Item as described", E-S-QUAL's fulfilment): the order received
    // right, beside a word of the goods (weak: "The hotel room matched the photos" names no delivery); the description after the verb is
    // what they are compared with, not what is judged (so not `delivering.accurate`, which a word of `told` beside it takes away).
    delivery: ['entrega*', 'envío*', 'despacho', 'mensajer*', 'repartidor*', 'paquete*', 'llegada', 'llegó', 'plazo*', '~rapidez', '~rápid*', 'embalaje', 'empaque*', '^a tiempo', '^puntualidad', '^a la hora acordada', '^a la hora pactada', '^en la fecha acordada', '^en la fecha pactada', '^en la fecha prevista', 'embalado*', 'empaquetado*', '~completo', '~completa', '~completos', '~completas', '~incomplet*', '~correcto', '~correcta', '~correctos', '~correctas', '~exactitud', '~tal como se describía', '~tal como se describe', '~como se describía', '~como se describe', '~como en las fotos', '~como en la foto', '~coincidía con las fotos', '~coincidían con las fotos', '~coincide con las fotos', '~coinciden con las fotos', '~coincidía con la descripción', '~coincidían con la descripción', '~coincide con la descripción', '~coinciden con la descripción', '~correspondía a la descripción', '~correspondían a la descripción', '~corresponde a la descripción', '~corresponden a la descripción', 'instalación del servicio', 'fecha de instalación', 'cita de instalación', 'visita del técnico', 'cita con el técnico', 'activación del servicio', 'alta del servicio', '^puntual', '^puntuales', '^según el horario', '^según los horarios', '^de acuerdo con el horario', '^cumple el horario', '^cumplen el horario', '^cumplen los horarios', '^cumplimiento del horario', '^cumplimiento de los horarios', '^retras*'],
    // What shipping costs is a price: "gastos de envío" says more than `envío*` (and is no amount spent, see `gasto*`).
    // "Factura", not "facturación", which is also checking in luggage.
    pricing: ['precio*', 'costo*', 'coste*', 'gastos de envío', 'gastos de entrega', 'costo de envío', 'costos de envío', 'coste de envío', 'costes de envío', 'cargo por envío', 'cargos de envío', 'cargo oculto', 'cargos ocultos', 'tarifa*', 'caro', 'barato', 'asequible', 'relación calidad precio', '~valor', 'comisión*', 'descuento*', 'factura', 'facturas', 'condiciones del contrato', 'condiciones contractuales', 'permanencia', 'periodo de permanencia', 'preaviso'],
    // The verb of complaining is "quejarse": "reclamar" is to claim too ("¿Ha reclamado sus puntos?").
    complaints: ['reclamo', 'reclamos', 'reclamación*', 'queja*', 'quejó', 'quejado', 'quejarse', 'quejaste', '~problema*', '~incidencia*', '~incidente*', '~resol*', '~resuelt*', '~solución', 'devolución*', 'reembolso*', 'defect*', 'dañad*', '~corte', '~cortes', '~interrupción*', '~interrupciones', '~apagón', '~apagones', '~avería', '~averías', 'gestión del siniestro', 'gestión de siniestros', 'gestión de los siniestros', 'tramitación del siniestro', 'tramitación de siniestros', 'tramitación de los siniestros', 'gestión de su siniestro', 'tramitación de su siniestro', 'salió mal', 'ha salido mal', 'salieron mal'],
    // The verb as a respondent says it: "Confío en esta empresa".
    trust: ['confianza', 'confiab*', 'confiar', 'confío', 'confía', 'confías', 'confían', 'confiamos', 'confiaría', 'confiarías', 'fiab*', 'honest*', 'credib*', '^transparen*', 'integridad', 'cumple sus promesas', 'cumplir sus promesas', 'siento segur*', 'sentí segur*', 'sentirse segur*', 'sentirme segur*', 'sentido segur*', 'sentimos segur*', 'siente segur*', 'sensación de seguridad', 'pago seguro', 'pagos seguros', 'pago es seguro', 'seguridad en el pago', 'seguridad del pago', 'seguridad de los pagos', 'seguridad en los pagos', 'pagar de forma segura', 'pagar con seguridad', 'seguridad de mis datos', 'seguridad de los datos', 'seguridad de datos', 'protección de datos', 'protección de mis datos', 'protección de los datos', 'datos están seguros', 'datos estan seguros', 'datos seguros', 'datos están protegidos', 'privacidad', 'confidencialidad'],
    service: ['gestor de cuenta*', 'gestora de cuenta*', 'gerente de cuenta*', 'ejecutivo de cuenta*', 'ejecutiva de cuenta*', 'ejecutivo comercial', 'ejecutiva comercial', 'account manager*', 'tramitador*', 'gestor de siniestros', 'correspondencia', 'nuestras cartas', 'recepcionista*', 'atención al cliente', 'servicio al cliente', 'servicio de atención', '~atención', '~soporte', '~asistencia', 'centro de llamadas', '~personal', 'empleado*', 'agente*', 'asesor*', 'vendedor*', 'amabilidad', 'amable*', 'cortés', 'cortesía', 'educad*', 'competente*', 'competencia del personal', 'servicial*', 'rapidez de respuesta', 'tiempo de respuesta', '~respuesta*', '~respond*', '~comunicación', '~teléfono', '~telefónic*', '~chat', '~correo*', 'redes sociales', 'política de devolución*', 'políticas de devolución*', '~política*', 'disculp*', '~servicio', '~ayuda', 'atención recibida', 'atención prestada', 'atención telefónica', 'atención al público', 'me atendieron', 'nos atendieron', 'fui atendido', 'fui atendida', 'ser atendido', 'ser atendida', 'rapidez en la atención', 'rapidez de la atención', 'rapidez en atención', 'atención rápida', 'limpieza', 'higiene', 'habitación limpia', 'habitación estaba limpia', 'habitaciones limpias', 'del personal', 'involucrado en las decisiones', 'participación en las decisiones', 'participar en las decisiones', 'sobre sus medicamentos', 'información sobre los medicamentos'],
  },
  context: {
    comment: ['decir*', 'añadir*', 'agregar*', 'comentar*', 'contar*', 'compartir*', 'mencionar*', 'saber', 'sugerir*'],
    purchase: ['compr*', 'pedido', 'pidió', 'adquiri*'],
    // Words of making a complaint ("Did you make a complaint about how your claim was handled?"): a word of resolution after one, unless it is said of a complaint made if one was (`ifMade`: "If you made a complaint, was it resolved?"), is what the complaint was about, and the question asks whether one was made.
    // How a complaint was made ("How did you make your complaint?"): its answers are the channel, no category of the problem.
    complaintChannel: ['por qué medio', 'por qué canal', 'por qué medios', 'por qué canales', 'cómo presentó', 'cómo hizo', 'cómo puso', 'cómo realizó'],
    complaintMade: ['presentó una queja', 'presentó alguna queja', 'presentó una reclamación', 'presentó alguna reclamación', 'puso una queja', 'puso una reclamación', 'hizo una queja', 'hizo una reclamación', 'hizo alguna reclamación', 'quejó'],
    // A survey whose claim is its product (an insurance's, a warranty's, an expense claim: see claimsOfTheProduct): words of that product anywhere in it,
    // and the words naming the claim (the loss claimed) in a column, which is then the service the survey is about, no complaint.
    claimSurvey: ['aseguradora*', 'póliza*', 'siniestro*', 'franquicia', 'indemniza*', 'tramitador*'],
    claimNamed: ['siniestro*'],
    complaining: ['reclamación*', 'reclamaciones', 'reclamo', 'reclamos', 'queja*', 'quejó', 'quejado', 'quejarse'],
    ifMade: ['si', 'cuando', 'después', 'tras'],
    best: ['mejor', 'mejores'],
    resolution: ['resuelt*', 'solucionad*', 'atendid*', 'solución'],
    solving: ['solucion*', 'resolvi*', 'resuelve*'],
    purpose: ['para'],
    // What makes the thing counted a burden, whatever it was done for (see putRight): "had to contact us more than once to solve".
    burden: ['tuvo que', 'tuve que', 'tener que', 'tiene que', 'más de una vez', 'varias veces', 'de nuevo', 'otra vez'],
    // Verbs of being told (see reversedWording): a bad thing one was told of is no longer what is counted: "How often were delays communicated to you in advance?".
    informing: ['informado*', 'informada*', 'avisado*', 'avisada*', 'notificado*', 'notificada*', 'comunicado*', 'comunicada*', 'advertido*', 'advertida*', 'explicado*', 'explicada*', 'informó', 'informaron', 'avisó', 'avisaron', 'notificó', 'notificaron', 'comunicó', 'comunicaron', 'advirtió', 'advirtieron', 'explicó', 'explicaron'],
    informingOf: ['de', 'del', 'sobre', 'acerca'],
    informingThat: ['que'],
    problemFree: ['sin', 'ningún', 'ninguna', 'ninguno'],
    importance: ['para usted', 'para ti', 'para mí'],
    csat: ['satisf*', 'valora*', 'experiencia', 'calific*', 'impresión'],
    // A word of quality ("Quality of the provider"): what follows it is rated, not a group (see detectColumn).
    quality: ['calidad'],
    segment: ['qué', 'cuál', 'tipo', 'nombre'],
    complaints: ['tuvo', 'tuviste', 'tuvieron', 'hubo', 'gestionó', 'gestionada', 'gestionado', 'gestión', 'tratada', 'tratado', 'tipo', 'pedido*', 'producto*', 'servicio*', 'empresa', 'tienda', 'entrega*', 'cliente*', 'queja*', 'compra*', 'factura', 'facturas'],
    delivery: ['pedido*', 'entrega*', 'envío*', 'paquete*', 'producto*', 'compra*', 'artículo*'],
    pricing: ['dinero', 'precio*', 'costo*', 'pag*', 'compra*'],
    // Waiting beside a channel of service ("Tiempo de espera en el teléfono") is service, and says what that wait is.
    service: ['cliente*', 'hablar', 'solicitud*', 'pregunta*', 'consulta*', 'contact*', 'equipo', 'empresa', 'calidad', 'tienda', 'espera', 'tiempo de espera'],
  },
  reversedWording: {
    negation: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ninguno'],
    absence: ['sin'],
    opposite: ['excesiv*', 'exorbitante*', 'dificil*', 'complicad*', 'lento', 'lenta', 'lentos', 'lentas', 'lentamente', 'retras*', 'confus*', 'poco clar*', 'incomprensible*', 'poco transparente*', 'enganos*', 'antipatic*', 'descortes*', 'maleducad*', 'grosero*', 'grosera*', 'irrespetuos*', 'poco amable*', 'poco servicial*', 'poco profesional*', 'poco competente*', 'incompetente*', 'poco fiable*', 'insatisfech*', 'decepcion*', 'frustrante*', 'molest*', 'incomodad*', 'incomodó', 'incomodaron', 'importunad*', 'demasiado car*', 'demasiado alt*', 'muy car*', 'caro', 'caros', 'demasiado largo', 'mal', 'mala', 'malo', 'malos', 'malas', 'danad*', 'demasiado larg*', 'perdid*', 'extraviad*', 'roto', 'rota', 'rotos', 'rotas', 'incomplet*', 'demasiado tarde', 'tardaron mucho', 'tardó mucho', 'tarda mucho', 'tardó demasiado', 'tarda demasiado', 'tardaron demasiado', 'demoró demasiado', 'demoraron demasiado', 'tardamos mucho', 'demoré mucho', 'demoró mucho', 'demoraron mucho', 'demasiado tiempo', 'ocult*', 'escondid*', 'pagué más', 'pagado más', 'cobraron de más', 'engañado*', 'engañada*', 'estafado*', 'estafada*', 'timado*', 'timada*', 'esperar demasiado', 'esperé demasiado', 'tuve que volver a', 'tuve que repetir', 'tuve que insistir', 'tuve que reclamar', 'varias veces por el mismo', 'varias veces por la misma'],
    trouble: ['problema*', 'error*', 'errores', 'dificultades', 'queja*', 'reclamacion*', 'espera', 'demoras', 'cancelad*', 'cancelación*'],
    failure: ['cae', 'caen', 'cayó', 'caída*', 'se corta', 'se cortó', 'corte', 'cortes', 'falla', 'fallas', 'falló', 'fallo', 'fallos', 'interrump*', 'interrupción*', 'interrupciones', 'desconect*', 'desconexión*', 'desconexiones', 'avería*', 'se cuelga'],
    hindrance: ['interfiere', 'interfieren', 'interfirió', 'interferencia*', 'dificulta', 'dificultan', 'perturba', 'perturban', 'estorba', 'estorban', 'impide', 'impiden'],
    often: ['a menudo', 'con frecuencia', 'frecuente*', 'frecuentemente', 'constantemente', 'continuamente'],
    misinforming: ['contradictori*', 'información errónea', 'información incorrecta', 'información falsa', 'mal informado*', 'mal informada*', 'regañado*', 'regañada*', 'reprendido*', 'reprendida*', 'gritado*'],
    rare: ['raro', 'rara', 'raros', 'raras', 'raramente', 'rara vez', 'pocas veces', 'poco frecuente', 'poco frecuentes', 'infrecuente*'],
    rarely: ['raramente', 'rara vez', 'pocas veces'],
    linking: ['es', 'son', 'era', 'eran', 'fue', 'fueron', 'ser', 'sido', 'está', 'están', 'estaba', 'estaban', 'estado', 'resulta', 'resultan'],
    height: ['alto', 'alta', 'altos', 'altas', 'elevad*'],
    priced: ['precio', 'precios', 'costo', 'costos', 'coste', 'costes', 'tarifa', 'tarifas', 'gastos', 'cargo', 'cargos', 'comisión', 'comisiones', 'cuota', 'cuotas', 'factura', 'facturas', 'tasa de interés', 'tasas de interés'],
    worth: ['calidad', 'relación', 'valor'],
    degree: ['muy', 'bastante', 'algo', 'más', 'relativamente', 'un', 'poco', 'demasiado', 'mucho', 'extremadamente', 'excesivamente', 'siempre', 'generalmente', 'realmente', 'tan'],
    copula: ['parece', 'parecen', 'resultó', 'resultaron', 'sigue', 'siguen'],
    comparing: ['compar*'],
    opinion: ['en mi opinión', 'en su opinión', 'en tu opinión', 'a mi juicio', 'a su juicio', 'creo', 'cree', 'crees', 'considero', 'considera', 'consideras', 'opino', 'opina', 'encuentro', 'encuentra'],
  },
  workplace: ['lugar para trabajar', 'trabajar aquí', 'trabajar en esta empresa', 'mi jefe', 'su jefe', 'tu jefe', 'mi supervisor*', 'su supervisor*', 'compañeros de trabajo', 'empleador*', 'carga de trabajo'],
  attention: ['seleccione', 'selecciona', 'elija', 'elige', 'marque', 'marca', 'haga clic en', 'por favor seleccione'],
  attentionQuestion: ['qué tan', 'cuán', 'cuál', 'cuáles', 'en qué medida'],
  selectAll: ['seleccione todas', 'selecciona todas', 'marque todas', 'marca todas', 'elija todas', 'todas las que apliquen', 'todas las que correspondan', 'puede elegir varias', 'respuesta múltiple'],
  unticked: ['no seleccionado', 'no marcado', 'no seleccionada'],
  comments: { nothing: ['no', 'nada', 'ninguno', 'ninguna', 'sin comentarios', 'sin comentario', 'nada que añadir', 'nada más', 'ningún comentario', 'nada en particular', 'nada especial'], other: ['otro', 'otra', 'otros', 'otras', 'otro especifique', 'otro especificar', 'otro por favor especifique', 'especifique'] },
  // "Didn't use it": the usual non-answer of a grid of services or amenities (a hotel's breakfast, a bank's app).
  notApplicable: ['rehúsa', 'rehusó', 'rehúsa contestar', 'se niega a contestar', 'pendiente', 'todavía pendiente', 'todavía está pendiente', 'aún pendiente', 'aún está pendiente', 'sigue pendiente', 'en trámite', 'todavía en trámite', 'en revisión', 'todavía en revisión', 'aún en revisión', 'todavía en proceso', 'aún en proceso', 'no sé', 'no lo sé', 'no sabe', 'ns/nc', 'no sabe, no contesta', 'no sabe/no contesta', 'no contesta', 'no aplica', 'no corresponde', 'no procede', 'prefiero no responder', 'prefiero no contestar', 'prefiero no decirlo', 'sin opinión', 'no tengo opinión', 'sin respuesta', 'no lo utilicé', 'no la utilicé', 'no lo usé', 'no la usé', 'no utilicé', 'no usé', 'no lo he utilizado', 'no lo he usado', 'no he utilizado', 'no he usado', 'no utilizado', 'no usado', 'no lo utilizó', 'no lo usó', 'no utilizó', 'no usó'],
  yes: ['sí', 'si'],
  no: ['no'],
  scales: {
    agreement: {
      veryNegative: ['totalmente en desacuerdo', 'muy en desacuerdo', 'completamente en desacuerdo'],
      negative: ['en desacuerdo', 'desacuerdo'],
      slightlyNegative: ['algo en desacuerdo', 'más bien en desacuerdo', 'parcialmente en desacuerdo'],
      neutral: ['ni de acuerdo ni en desacuerdo', 'neutral', 'neutro', 'indiferente'],
      slightlyPositive: ['algo de acuerdo', 'más bien de acuerdo', 'parcialmente de acuerdo'],
      positive: ['de acuerdo', 'acuerdo'],
      veryPositive: ['totalmente de acuerdo', 'muy de acuerdo', 'completamente de acuerdo', 'plenamente de acuerdo'],
    },
    satisfaction: {
      veryNegative: ['muy insatisfecho', 'muy insatisfecha', 'totalmente insatisfecho', 'totalmente insatisfecha', 'nada satisfecho', 'nada satisfecha'],
      negative: ['insatisfecho', 'insatisfecha'],
      slightlyNegative: ['algo insatisfecho', 'algo insatisfecha', 'poco satisfecho', 'poco satisfecha'],
      neutral: ['ni satisfecho ni insatisfecho', 'ni satisfecha ni insatisfecha', 'neutral', 'indiferente'],
      slightlyPositive: ['algo satisfecho', 'algo satisfecha', 'bastante satisfecho', 'bastante satisfecha'],
      positive: ['satisfecho', 'satisfecha'],
      veryPositive: ['muy satisfecho', 'muy satisfecha', 'totalmente satisfecho', 'totalmente satisfecha', 'completamente satisfecho', 'completamente satisfecha'],
    },
    quality: {
      veryNegative: ['muy malo', 'muy mala', 'pésimo', 'pésima'],
      negative: ['malo', 'mala', 'deficiente'],
      neutral: ['regular', 'normal', 'aceptable', 'ni bueno ni malo', 'ni buena ni mala'],
      positive: ['bueno', 'buena'],
      veryPositive: ['muy bueno', 'muy buena', 'excelente'],
    },
    excellence: {
      veryNegative: ['malo', 'mala', 'deficiente'],
      negative: ['regular', 'aceptable'],
      neutral: ['bueno', 'buena'],
      positive: ['muy bueno', 'muy buena'],
      veryPositive: ['excelente'],
      sets: {
        // "Muy malo, Malo, Regular, Bueno, Muy bueno, Excelente": six points, a very poor one below the five of excellence.
        'very-poor-6': [['muy malo', 'muy mala', 'pésimo', 'pésima'], ['malo', 'mala'], ['regular'], ['bueno', 'buena'], ['muy bueno', 'muy buena'], ['excelente']],
      },
    },
    likelihood: {
      veryNegative: ['muy improbable', 'nada probable'],
      negative: ['improbable', 'poco probable'],
      slightlyNegative: ['algo improbable'],
      neutral: ['ni probable ni improbable'],
      slightlyPositive: ['algo probable'],
      positive: ['probable'],
      veryPositive: ['muy probable', 'extremadamente probable'],
    },
    ease: {
      veryNegative: ['muy difícil'],
      negative: ['difícil'],
      slightlyNegative: ['algo difícil'],
      neutral: ['ni fácil ni difícil'],
      slightlyPositive: ['algo fácil'],
      positive: ['fácil'],
      veryPositive: ['muy fácil'],
    },
    effort: {
      veryNegative: ['muy poco esfuerzo', 'ningún esfuerzo'],
      negative: ['poco esfuerzo'],
      neutral: ['esfuerzo moderado', 'ni mucho ni poco esfuerzo', 'ni mucho ni poco', 'neutral'],
      positive: ['mucho esfuerzo', 'bastante esfuerzo'],
      veryPositive: ['muchísimo esfuerzo', 'demasiado esfuerzo'],
    },
    frequency: {
      veryNegative: ['nunca'],
      negative: ['rara vez', 'casi nunca', 'raramente'],
      neutral: ['a veces', 'algunas veces', 'ocasionalmente'],
      positive: ['a menudo', 'frecuentemente', 'con frecuencia', 'casi siempre'],
      veryPositive: ['siempre'],
      sets: {
        // "Never, Rarely, Sometimes, Often": four points, none above often.
        'never-often-4': [['nunca'], ['rara vez', 'raramente'], ['a veces', 'algunas veces'], ['a menudo', 'con frecuencia', 'frecuentemente']],
        'almost-4': [['casi nunca'], ['a veces', 'algunas veces'], ['a menudo', 'con frecuencia', 'frecuentemente'], ['casi siempre']],
        'almost-5': [['casi nunca'], ['rara vez', 'raramente'], ['a veces', 'algunas veces'], ['a menudo', 'con frecuencia', 'frecuentemente'], ['casi siempre']],
        'very-often-5': [['nunca'], ['rara vez', 'casi nunca', 'raramente'], ['a veces', 'algunas veces', 'ocasionalmente'], ['a menudo', 'con frecuencia', 'frecuentemente'], ['muy a menudo', 'muy frecuentemente', 'con mucha frecuencia']],
        // A health questionnaire's days in the last two weeks (PHQ-9, GAD-7 and their standard translations).
        'days-4': [['para nada', 'ningún día', 'nunca'], ['varios días'], ['más de la mitad de los días'], ['casi todos los días']],
      },
      ladder: [
        ['nunca'],
        ['menos de una vez al año'],
        ['una vez al año', 'anualmente'],
        ['varias veces al año', 'algunas veces al año'],
        ['menos de una vez al mes'],
        ['una vez al mes', 'mensualmente'],
        ['varias veces al mes', 'algunas veces al mes'],
        ['una vez a la semana', 'una vez por semana', 'semanalmente'],
        ['varias veces a la semana', 'varias veces por semana', 'algunas veces a la semana'],
        ['casi todos los días', 'casi a diario'],
        ['todos los días', 'a diario', 'diariamente', 'una vez al día'],
        ['varias veces al día'],
      ],
    },
    favourability: {
      veryNegative: ['muy desfavorable', 'muy negativo', 'muy negativa'],
      negative: ['desfavorable', 'negativo', 'negativa'],
      slightlyNegative: ['algo desfavorable'],
      neutral: ['ni favorable ni desfavorable', 'neutral'],
      slightlyPositive: ['algo favorable'],
      positive: ['favorable', 'positivo', 'positiva'],
      veryPositive: ['muy favorable', 'muy positivo', 'muy positiva'],
      sets: { 'like-3': [['no me gusta'], ['ni me gusta ni me disgusta', 'ni me gusta ni no me gusta'], ['me gusta']] },
    },
    usefulness: {
      veryNegative: ['nada útil', 'totalmente inútil', 'completamente inútil'],
      negative: ['poco útil', 'inútil', 'no útil'],
      slightlyNegative: ['algo inútil'],
      neutral: ['ni útil ni inútil', 'moderadamente útil', 'neutral'],
      slightlyPositive: ['algo útil', 'bastante útil'],
      positive: ['útil'],
      veryPositive: ['muy útil', 'extremadamente útil'],
    },
    success: {
      veryNegative: ['nada exitoso', 'nada exitosa', 'totalmente fallido', 'totalmente fallida'],
      negative: ['poco exitoso', 'poco exitosa', 'fallido', 'fallida', 'no exitoso'],
      slightlyNegative: ['algo fallido', 'algo fallida'],
      neutral: ['ni exitoso ni fallido', 'moderadamente exitoso', 'neutral'],
      slightlyPositive: ['algo exitoso', 'algo exitosa', 'bastante exitoso', 'bastante exitosa'],
      positive: ['exitoso', 'exitosa'],
      veryPositive: ['muy exitoso', 'muy exitosa', 'extremadamente exitoso'],
    },
    change: {
      veryNegative: ['mucho peor', 'ha empeorado mucho', 'empeoró mucho', 'muy negativamente'],
      negative: CHANGE_WORSE,
      slightlyNegative: ['algo peor', 'un poco peor', 'ligeramente peor', 'ha empeorado un poco'],
      neutral: CHANGE_SAME,
      slightlyPositive: ['algo mejor', 'un poco mejor', 'ligeramente mejor', 'ha mejorado un poco'],
      positive: CHANGE_BETTER,
      veryPositive: ['mucho mejor', 'ha mejorado mucho', 'mejoró mucho', 'muy positivamente'],
      sets: { '3': [CHANGE_WORSE, CHANGE_SAME, CHANGE_BETTER] },
    },
    extent: {
      veryNegative: ['nada', 'en absoluto', 'en ninguna medida'],
      negative: ['en pequeña medida', 'en poca medida', 'poco'],
      neutral: ['en cierta medida', 'en alguna medida', 'moderadamente'],
      positive: ['en gran medida', 'mucho', 'bastante'],
      veryPositive: ['en muy gran medida', 'totalmente', 'completamente'],
    },
    hedgedYesNo: {
      sets: {
        '3': [['no'], ['quizás', 'quizá', 'tal vez'], ['sí', 'si']],
        'partly-3': [['no', 'no, en absoluto'], ['parcialmente', 'en parte', 'sí, parcialmente', 'si, parcialmente', 'sí, en parte', 'si, en parte', 'sí, a veces', 'si, a veces', 'sí, hasta cierto punto', 'si, hasta cierto punto', 'a veces'], ['sí', 'si', 'sí, completamente', 'si, completamente', 'sí, totalmente', 'si, totalmente', 'sí, a mi satisfacción', 'si, a mi satisfacción', 'sí, siempre', 'si, siempre', 'sí, definitivamente', 'si, definitivamente']],
        '4': [['no', 'definitivamente no', 'seguro que no'], ['probablemente no', 'más bien no'], ['probablemente sí', 'más bien sí'], ['sí', 'si', 'definitivamente sí', 'seguro que sí']],
        '5': [['no', 'definitivamente no', 'seguro que no'], ['probablemente no', 'más bien no'], ['ni sí ni no'], ['probablemente sí', 'más bien sí'], ['sí', 'si', 'definitivamente sí', 'seguro que sí']],
      },
    },
    intensity: {
      notAtAll: ['nada …', 'para nada …', 'en absoluto …', 'no, nada …', 'no, para nada …'],
      not: ['no …', 'no, no …', 'no muy …', 'no tan …', 'no, no muy …'],
      slightly: ['un poco …', 'ligeramente …', 'poco …', 'sí, un poco …'],
      somewhat: ['algo …', 'sí, algo …'],
      // "Bastante" (quite) stands above "algo" (somewhat) and below "muy": "Nada / Poco / Algo / Bastante / Muy satisfecho".
      moderately: ['moderadamente …', 'medianamente …', 'bastante …', 'sí, moderadamente …', 'sí, bastante …'],
      very: ['muy …', 'sí, muy …'],
      extremely: ['extremadamente …', 'sumamente …', 'sí, extremadamente …'],
      negative: ['grosero*', 'grosera*', 'maleducad*', 'descortés', 'descorteses', 'irrespetuos*', 'molest*', 'irritante*', 'desagradable*', 'mal', 'malo', 'mala', 'malos', 'malas', 'difícil', 'difíciles', 'estresante*', 'frustrante*', 'confus*', 'complicad*', 'incómod*', 'preocupad*', 'decepcionad*', 'insatisfech*', 'caro', 'cara', 'caros', 'caras', 'problemátic*', 'perjudicial*', 'riesgos*', 'peligros*', 'ruidos*', 'lento', 'lenta', 'lentos', 'lentas', 'cansad*', 'aburrid*', 'ofensiv*', 'intrusiv*', 'inapropiad*', 'pesad*'],
    },
  },
  // The head of a short header naming a kind of thing, its categories (see Lexicon.kindHeads).
  kindHeads: { first: ['método', 'tipo', 'categoría', 'canal', 'forma', 'medio', 'modalidad', 'motivo', 'opción', 'plan', 'tema'] },
  // A health questionnaire's question: its window and its word of being bothered (see Lexicon.health).
  health: { window: ['últimas 2 semanas', 'últimas dos semanas', 'últimos 14 días'], bothered: ['molestias', 'molesto', 'molesta'] },
};
