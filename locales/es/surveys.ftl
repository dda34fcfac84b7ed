## Función de encuestas: responder una encuesta, resultados, códigos de un solo uso y herramientas para facilitadores.

surveys-list-title = Encuestas
surveys-list-intro = Responda en su propio idioma. Sus respuestas ayudan a decidir las medidas del plan.
surveys-list-empty = Todavía no hay encuestas para este plan.

surveys-phase-draft = Aún no publicada
surveys-phase-not-yet-open = Aún no abierta
surveys-phase-open = Abierta
surveys-phase-closed = Cerrada
surveys-open-until = Abierta hasta el { $date }
surveys-opens-on = Se abre el { $date }

surveys-facts = { $questions ->
    [one] 1 pregunta
   *[other] { $questions } preguntas
} en { $sections ->
    [one] 1 parte
   *[other] { $sections } partes
}. Puede saltarse cualquier pregunta que no esté marcada como obligatoria.
surveys-languages-heading = Puede responder en estos idiomas
surveys-privacy-heading = Qué guardamos
surveys-privacy-open = No necesita iniciar sesión ni dar su nombre. Este navegador recuerda que usted ya respondió, para que cada persona responda una sola vez.
surveys-privacy-codes = Necesita el código que figura en el papel que le entregaron. El código sirve una sola vez. Sus respuestas no quedan vinculadas al código: solo anotamos que se usó.
surveys-privacy-account = Necesita iniciar sesión, para que cada persona responda una sola vez. Sus respuestas no quedan vinculadas a su cuenta: solo anotamos que esta cuenta ya respondió.
surveys-privacy-held = Para que nadie pueda relacionar sus respuestas con usted —ni siquiera quien pueda leer nuestra base de datos—, se guardan aparte hasta que lleguen las de al menos otras 4 personas; luego se almacenan todas juntas, en orden aleatorio, con la fecha en que se almacenan. Hasta entonces no cuentan en los resultados.
surveys-privacy-address = Para impedir que alguien envíe muchas respuestas, contamos durante una hora las respuestas de cada dirección de internet, con un código que no permite recuperar la dirección y que se borra al cabo de un día.
surveys-privacy-stored = Guardamos sus respuestas, el idioma en que respondió y el día (no la hora). No guardamos su nombre, su correo electrónico, su dirección de internet ni nada más que indique quién es usted.

surveys-take-part-heading = Participar
surveys-start = Empezar la encuesta
surveys-continue = Seguir donde lo dejó
surveys-sign-in-to-answer = Entrar para responder
surveys-already-answered = Usted ya respondió esta encuesta desde este dispositivo o con esta cuenta. ¡Gracias!
surveys-cannot-answer-draft = Esta encuesta todavía no está publicada. La ve porque usted la prepara.
surveys-cannot-answer-not-yet-open = Esta encuesta todavía no acepta respuestas.
surveys-cannot-answer-closed = Esta encuesta está cerrada. Gracias a todas las personas que respondieron.
surveys-see-results = Ver los resultados
surveys-rate-limited = En la última hora llegaron muchas respuestas desde su conexión a internet. Vuelva a intentarlo más tarde o pida un formulario en papel a un facilitador.

surveys-code-label = Su código
surveys-code-hint = El código está en el papel que le entregaron, por ejemplo ABCD-2345. Puede escribirlo en mayúsculas o en minúsculas.
surveys-resume-heading = Continuar respuestas guardadas
surveys-resume-label = Su código para continuar
surveys-resume-hint = El código que se le mostró cuando guardó sus respuestas, por ejemplo ABCD-EFGH-2345.
surveys-resume-submit = Continuar

surveys-answer-title = Respuestas
surveys-progress = Parte { $current } de { $total }
surveys-required = (obligatoria)
surveys-yes = Sí
surveys-no = No
surveys-prefer-not-to-say = Prefiero no decirlo
surveys-other = Otra
surveys-other-write = Otra: escriba cuál
surveys-choose = Elija una respuesta
surveys-choose-any = Elija todas las que correspondan.
surveys-choose-up-to = { $count ->
    [one] Elija 1 respuesta como máximo.
   *[other] Elija hasta { $count } respuestas.
}
surveys-ranking-hint = Dé a cada una un número distinto: 1 es la más importante.
surveys-number-between = Un número del { $min } al { $max }.
surveys-text-limit = Hasta { $count } caracteres.
surveys-date-hint = Día, mes y año.
surveys-only-if = Responda solo si contestó “{ $answer }” más arriba.
surveys-only-if-not = Responda solo si no contestó “{ $answer }” más arriba.
surveys-only-if-answered = Responda solo si contestó la pregunta anterior.
surveys-more-questions = Sus respuestas abrieron más preguntas en esta página. Revíselas antes de continuar.
surveys-problems-title = Revise estas respuestas, por favor
surveys-problem-required = Responda esta pregunta, por favor.
surveys-problem-unknown-option = Esta respuesta no está entre las opciones. Elija de nuevo, por favor.
surveys-problem-too-many-values = Dé una sola respuesta aquí, por favor.
surveys-problem-too-many-choices = Eligió demasiadas respuestas. Elija menos, por favor.
surveys-problem-out-of-range = Está fuera del rango permitido.
surveys-problem-too-long = Este texto es demasiado largo. Acórtelo, por favor.
surveys-problem-not-a-number = Escriba un número, por ejemplo 12.
surveys-problem-not-a-date = Indique una fecha completa: día, mes y año.
surveys-problem-incomplete = Esta respuesta no está completa. Termínela, por favor.
surveys-next = Siguiente
surveys-send = Enviar mis respuestas
surveys-back = Anterior
surveys-save = Guardar y seguir después
surveys-answer-in = Cambie de idioma. Sus respuestas se conservan:

surveys-saved-title = Sus respuestas están guardadas
surveys-saved-intro = Para continuar más tarde, en este u otro dispositivo, abra la encuesta y escriba este código:
surveys-saved-keep = Anótelo o tómele una foto. Sus respuestas se conservan durante 30 días.
surveys-saved-no-code = Sus respuestas están guardadas en este dispositivo. Vuelva a abrir la encuesta para continuar.
surveys-back-to-survey = Volver a la encuesta
surveys-back-to-plan = Volver al plan

surveys-thanks-title = Gracias por sus respuestas
surveys-thanks-intro = Recibimos sus respuestas. El municipio publicará lo que aprenda y cómo lo usa en el plan.

surveys-results-title = Resultados
surveys-results-total = { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
}
surveys-results-too-few = Menos de 5 respuestas: no se muestran, para proteger a quienes respondieron.
surveys-results-suppressed-note = Para proteger a quienes respondieron, no se muestran los grupos de menos de 5 personas.
surveys-results-no-breakdown = El desglose por idioma o por la forma en que llegaron las respuestas solo se muestra a los facilitadores del plan: comparado con los totales, podría revelar grupos pequeños.
surveys-results-held = { $count ->
    [one] 1 respuesta se guarda aparte hasta que lleguen al menos 5 (o se cierre la encuesta), para que nadie pueda relacionarla con la persona que la dio. Todavía no se cuenta.
   *[other] { $count } respuestas se guardan aparte hasta que lleguen al menos 5 (o se cierre la encuesta), para que nadie pueda relacionarlas con las personas que las dieron. Todavía no se cuentan.
}
surveys-results-exact-note = Usted ve cifras exactas porque trabaja en este plan. Los resultados publicados ocultan los grupos de menos de 5 personas.
surveys-results-answered = { $count ->
    [one] 1 persona respondió
   *[other] { $count } personas respondieron
}
surveys-results-mean-median = Media: { $mean } · mediana: { $median }
surveys-results-several = Se podía elegir más de una respuesta, por eso los porcentajes suman más del 100 %.
surveys-results-answer = Respuesta
surveys-results-count = Personas
surveys-results-percent = Porcentaje
surveys-results-chart = Gráfico
surveys-fewer-than-5 = menos de 5
surveys-results-more-texts = Aquí solo aparecen las respuestas más recientes. Descargue los datos para leerlas todas.
surveys-text-hidden = Ocultada por un moderador: no aparece en los resultados publicados.
surveys-text-hide = Ocultar esta respuesta
surveys-text-show = Volver a mostrar esta respuesta
surveys-filter-label = Filtrar los resultados
surveys-filter-language = Idioma de las respuestas
surveys-filter-channel = Cómo llegaron las respuestas
surveys-filter-all = Todas
surveys-filter-apply = Mostrar

surveys-channel-online = En línea, por la propia persona
surveys-channel-paper = Formulario en papel
surveys-channel-interview = Entrevista con un facilitador
surveys-channel-interpreter = Entrevista con intérprete

surveys-manage-heading = Para facilitadores
surveys-response-count = { $count ->
    [one] 1 respuesta hasta ahora.
   *[other] { $count } respuestas hasta ahora.
}
surveys-preview = Vista previa de la encuesta
surveys-preview-note = Vista previa: nada de lo que elija aquí se envía ni se guarda.
surveys-preview-nav = Páginas de la vista previa
surveys-preview-end = Salir de la vista previa
surveys-export-csv = Descargar las respuestas (CSV, para hojas de cálculo)
surveys-export-json = Descargar las respuestas (JSON)
surveys-assisted-heading = Registrar una respuesta por otra persona
surveys-assisted-intro = Para formularios en papel y entrevistas. Elija cómo se recogieron las respuestas; luego complete la encuesta con las respuestas de esa persona.
surveys-assisted-note = Está registrando una respuesta en nombre de otra persona:
surveys-assisted-start = Empezar a registrar
surveys-channel-label = Cómo se recogieron las respuestas
surveys-interview-lang-label = Idioma de la entrevista
surveys-interview-lang-same = El idioma de la encuesta
surveys-entered = La respuesta se guardó. Puede registrar otra.

surveys-codes-title = Códigos de un solo uso
surveys-codes-intro = Cada código permite que una persona responda una vez. Imprima los códigos y repártalos en las sesiones.
surveys-codes-counts = { $unused ->
    [one] 1 código sin usar
   *[other] { $unused } códigos sin usar
}, { $used ->
    [one] 1 usado.
   *[other] { $used } usados.
}
surveys-codes-count-label = Cuántos códigos nuevos
surveys-codes-count-hint = De 1 a 500.
surveys-codes-create = Crear los códigos
surveys-codes-print = Imprima esta página para obtener un papel recortable por cada código sin usar.
surveys-slip-go-to = Vaya a
surveys-slip-code = y escriba el código
surveys-slip-qr = Código QR: escanéelo con la cámara del teléfono para abrir la encuesta con este código ya escrito

## El editor de encuestas (facilitadores).
surveys-builder-title = Editar la encuesta
surveys-builder-new-title = Nueva encuesta
surveys-builder-new-intro = Dé a la encuesta un título y una dirección web corta. Después agregará las preguntas; nadie verá la encuesta hasta que usted la publique.
surveys-builder-title-label = Título
surveys-builder-slug-label = Nombre corto para la dirección web
surveys-builder-slug-hint = Letras minúsculas, dígitos y guiones, por ejemplo encuesta-2027.
surveys-builder-own-language = El idioma propio de la encuesta
surveys-builder-access-label = Quién puede responder
surveys-access-open = Cualquier persona, sin iniciar sesión (una respuesta por dispositivo)
surveys-access-codes = Personas con un código de un solo uso entregado en papel
surveys-access-account = Personas que inician sesión (una respuesta por cuenta)
surveys-builder-create = Crear la encuesta
surveys-builder-saved = Guardado.
surveys-builder-languages-heading = Idiomas
surveys-builder-languages-hint = Elija un idioma para escribir o revisar sus textos. El idioma propio de la encuesta aparece primero.
surveys-builder-language = Idioma
surveys-builder-translations = Textos
surveys-builder-complete = Todos los textos escritos
surveys-builder-missing = { $count ->
    [one] Falta 1 texto
   *[other] Faltan { $count } textos
}
surveys-builder-not-a-survey-language = La encuesta no se ofrece en este idioma. Elija uno de sus idiomas más arriba.
surveys-builder-offered-languages = Idiomas en los que se ofrece la encuesta
surveys-builder-offered-languages-hint = Las personas pueden responder en los idiomas marcados aquí. Agregue un idioma cuando sus textos estén escritos; el idioma propio de la encuesta siempre se ofrece.
surveys-builder-publish-missing = Algunos textos aún no están traducidos: { $languages }. Quienes responden en estos idiomas ven esos textos en { $language }.
surveys-builder-status-heading = Estado
surveys-builder-published = Publicada.
surveys-builder-draft = Borrador: solo los facilitadores pueden verla.
surveys-builder-publish = Publicar
surveys-builder-unpublish = Volver a borrador
surveys-builder-locked = La encuesta ya tiene respuestas: puede cambiar sus textos, pero no sus preguntas, sus opciones ni quién puede responder.
surveys-builder-settings-heading = Configuración
surveys-builder-intro-label = Introducción
surveys-builder-opens-label = Fecha de apertura (opcional)
surveys-builder-closes-label = Fecha de cierre (opcional)
surveys-builder-results-public = Publicar los resultados (los grupos de menos de 5 personas siguen ocultos)
surveys-builder-save = Guardar
surveys-builder-questions-heading = Preguntas
surveys-builder-translating-hint = Está escribiendo los textos en otro idioma. Las preguntas y las opciones se agregan y se quitan en el idioma propio de la encuesta.
surveys-builder-section-title = Título de esta parte
surveys-builder-kind-label = Tipo de pregunta
surveys-builder-question-text = Pregunta
surveys-builder-add-question = Agregar la pregunta
surveys-builder-add-section = Agregar una parte
surveys-builder-plain = La misma pregunta con palabras sencillas (opcional)
surveys-builder-help = Texto de ayuda (opcional)
surveys-builder-options = Opciones
surveys-builder-rows = Filas (una cosa que evaluar por línea)
surveys-builder-scale-points = Respuestas para cada fila
surveys-builder-lines-hint = Una por línea. Si borra una línea, se quita esa opción.
surveys-builder-lines-translate-hint = Una por línea, en el mismo orden que en el idioma propio de la encuesta.
surveys-builder-max-choices = Máximo de opciones permitidas (vacío: sin límite)
surveys-builder-other = Ofrecer “Otra” con un recuadro para escribir
surveys-builder-min = Número más bajo
surveys-builder-max = Número más alto
surveys-builder-min-label = Texto para el número más bajo
surveys-builder-max-label = Texto para el número más alto
surveys-builder-min-date = Fecha más antigua (año-mes-día)
surveys-builder-max-date = Fecha más reciente (año-mes-día)
surveys-builder-max-len = Máximo de caracteres
surveys-builder-required = La respuesta es obligatoria
surveys-builder-pnts = Ofrecer “Prefiero no decirlo”
surveys-builder-condition = Cuándo mostrar esta pregunta
surveys-builder-condition-question = Depende de la respuesta a
surveys-builder-always = Mostrarla siempre
surveys-builder-condition-op = Mostrarla si la respuesta
surveys-builder-op-equals = es
surveys-builder-op-not_equals = no es
surveys-builder-op-any_of = es una de
surveys-builder-op-answered = se dio
surveys-builder-condition-answers = Respuestas que la muestran
surveys-builder-condition-pick-question = Para mostrar esta pregunta solo después de ciertas respuestas, elija la pregunta anterior y guarde: sus respuestas aparecerán entonces aquí.
surveys-builder-condition-no-answers = Esta pregunta no tiene respuestas para elegir. Elija otra pregunta y guarde, o muéstrela siempre que se haya dado una respuesta.
surveys-builder-move-up = Subir
surveys-builder-move-down = Bajar
surveys-builder-delete = Eliminar la pregunta
surveys-builder-delete-warning = La pregunta y sus textos en todos los idiomas se eliminarán para siempre.
surveys-builder-delete-confirm = Sí, eliminar esta pregunta
surveys-kind-single_choice = Una opción
surveys-kind-multiple_choice = Varias opciones
surveys-kind-dropdown = Una opción de una lista
surveys-kind-scale = Escala
surveys-kind-yes_no = Sí o no
surveys-kind-short_text = Texto corto
surveys-kind-long_text = Texto largo
surveys-kind-number = Número
surveys-kind-date = Fecha
surveys-kind-ranking = Ordenar
surveys-kind-matrix = Cuadrícula (filas y respuestas)
surveys-correcting-note = Está corrigiendo la respuesta { $response }. Al enviar la última parte, se reemplazan las respuestas que tenía.
surveys-responses-title = Respuestas
surveys-responses-count = { $count ->
    [one] Una respuesta guardada.
   *[other] { $count } respuestas guardadas.
}
surveys-responses-held = { $count ->
    [one] Hay una respuesta más en espera hasta que lleguen suficientes para guardarla junto con otras; aparecerá en la lista cuando se guarde.
   *[other] Hay { $count } respuestas más en espera hasta que lleguen suficientes para guardarlas junto con otras; aparecerán en la lista cuando se guarden.
}
surveys-responses-none = No hay respuestas para mostrar.
surveys-responses-filter-label = Filtrar las respuestas
surveys-responses-col-response = Respuesta
surveys-responses-col-day = Día
surveys-responses-col-language = Idioma del formulario
surveys-responses-col-answered = Preguntas respondidas
surveys-responses-pages-label = Páginas de respuestas
surveys-responses-withdrawn = Respuesta retirada. Lo que se respondió en ella ya no cuenta en los resultados ni en las exportaciones.
surveys-responses-history = Correcciones y retiradas
surveys-responses-history-none = No se ha corregido ni retirado ninguna respuesta.
surveys-responses-history-corrected = { $who } la corrigió el { $date }
surveys-responses-history-withdrawn = { $who } la retiró el { $date }
surveys-responses-someone = Una cuenta eliminada
surveys-response-title = Respuesta { $response }
surveys-response-answers = Respuestas dadas
surveys-response-no-answer = Sin responder
surveys-response-corrected = Respuesta corregida. Los resultados ya tienen en cuenta las nuevas respuestas.
surveys-response-unchanged = No se cambió ninguna respuesta, así que no se registró nada.
surveys-response-review = Corregir o retirar
surveys-response-correct = Corregir las respuestas
surveys-response-correct-intro = El formulario se abre con las respuestas que ya se registraron. Cambie lo que se introdujo por error y envíe la última parte: las respuestas anteriores se sustituyen por las nuevas. El cambio queda registrado con su nombre y el motivo.
surveys-response-correct-start = Abrir las respuestas para corregirlas
surveys-response-not-correctable = Esta respuesta la dio en línea la propia persona: no se puede corregir, solo retirar.
surveys-response-reason-label = Motivo
surveys-response-reason-hint = Por ejemplo: “se escribió 7 en vez del 1 del formulario en papel”. Como máximo 500 caracteres.
surveys-response-withdraw = Retirar esta respuesta
surveys-response-withdraw-warning = Lo que se respondió en ella sale definitivamente de los resultados y de las exportaciones. La retirada queda registrada con su nombre y el motivo.
surveys-response-withdraw-confirm = Sí, retirarla
surveys-response-history = Cambios en esta respuesta
surveys-response-back = Todas las respuestas
surveys-builder-codes = Códigos de las respuestas
surveys-builder-codes-label = Códigos, uno por línea
surveys-builder-codes-hint = En el mismo orden que las respuestas de arriba. Los usan las exportaciones y las condiciones: letras minúsculas a–z, dígitos, guiones y guiones bajos. No se pueden cambiar una vez que alguien haya respondido.
surveys-slips-languages = Idiomas de los papeles recortables
surveys-slips-languages-apply = Mostrar los papeles en estos idiomas
surveys-builder-transfer-heading = Copiar o exportar
surveys-builder-download-file = Descargar el archivo de la encuesta (JSON)
surveys-builder-download-hint = Contiene sus preguntas y textos en todos los idiomas, para crear a partir de él una encuesta en otro plan o en otro sitio de Ponte. No contiene ninguna respuesta.
surveys-builder-copy = Copiar esta encuesta
surveys-builder-copy-intro = La copia es un nuevo borrador con las mismas preguntas, textos e idiomas, sin respuestas, códigos ni fechas.
surveys-builder-copy-submit = Hacer la copia
surveys-builder-import-heading = Partir de un archivo de encuesta
surveys-builder-import-intro = Un archivo de encuesta (JSON) descargado desde la página de edición de una encuesta, aquí o en otro sitio de Ponte: sus preguntas y textos se convierten en una nueva encuesta en borrador.
surveys-builder-import-file = Archivo de encuesta
surveys-builder-import-title-hint = Déjelo vacío para conservar el título que figura en el archivo.
surveys-builder-import-submit = Importar la encuesta
