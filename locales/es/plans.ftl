## Función de planes: planes, áreas, entidades y medidas propuestas.

plans-home-title = Planes de integración de migrantes
plans-home-intro = Los municipios están preparando sus planes de integración de migrantes con las personas que viven en ellos. Lea las medidas propuestas y vea quién participa.
plans-home-empty = Todavía no se ha publicado ningún plan aquí.

plans-kind-municipal = Plan municipal
plans-kind-intermunicipal = Plan intermunicipal

plans-status-drafting = En preparación
plans-status-drafting-explained = El municipio está redactando la propuesta del plan. Las medidas propuestas todavía pueden cambiar mucho.
plans-status-consultation = En consulta pública
plans-status-consultation-explained = La propuesta del plan está abierta para que todos la lean. Lo que digan los residentes, las personas inmigrantes y las asociaciones se usa para mejorar las medidas.
plans-status-approved = Aprobado
plans-status-approved-explained = Los órganos municipales aprobaron el plan y ahora se pondrá en práctica.
plans-status-monitoring = En ejecución
plans-status-monitoring-explained = Las medidas del plan se están poniendo en práctica y se les hace seguimiento.

plans-field-status = Etapa
plans-field-kind = Tipo de plan
plans-field-promoter = Promovido por
plans-field-period = Período
plans-municipalities-heading = Municipios
plans-municipality = Municipio
plans-residents = Residentes
plans-foreign-residents = Residentes extranjeros

plans-next-heading = Qué puede hacer ahora
plans-next-measures = Leer las medidas propuestas por área
plans-overview-measures = { $measures ->
    [one] 1 medida
   *[other] { $measures } medidas
} en { $areas ->
    [one] 1 área
   *[other] { $areas } áreas
}, { $core ->
    [one] 1 de ellas esencial (nivel 1)
   *[other] { $core } de ellas esenciales (nivel 1)
}
plans-next-entities = Conocer los servicios y las organizaciones locales
plans-next-surveys = Responder las encuestas y ver sus resultados
plans-entity-count = { $count ->
    [one] 1 organización
   *[other] { $count } organizaciones
}

plans-levels-heading = ¿Qué significan nivel 1 y nivel 2?
plans-level-1-badge = Nivel 1 · esencial
plans-level-2-badge = Nivel 2
plans-level-1-explained = Las medidas de nivel 1 son el núcleo del plan. Los municipios garantizan que se pondrán en práctica.
plans-level-2-explained = Las medidas de nivel 2 también están previstas, pero dependen de que haya dinero y socios disponibles.

plans-areas-title = Áreas y medidas
plans-areas-intro = El plan está organizado en áreas de intervención. Elija un área para ver sus medidas propuestas.
plans-area-no-measures = Todavía no hay medidas propuestas en esta área.
plans-area-counts = { $measures ->
    [one] 1 medida propuesta
   *[other] { $measures } medidas propuestas
}, { $core ->
    [one] 1 esencial
   *[other] { $core } esenciales
}
plans-area-measures-heading = Medidas propuestas

plans-measure-status-draft = Propuesta
plans-measure-status-revised = Propuesta revisada
plans-measure-status-final = Versión final
plans-measure-summary = En pocas palabras
plans-measure-description = Qué se hará
plans-measure-objectives = Objetivos
plans-measure-indicators = Cómo se medirá el avance
plans-measure-indicator = Indicador
plans-measure-target = Meta
plans-measure-timeline = Cuándo
plans-measure-responsible = Responsable
plans-measure-partners = Socios
plans-measure-no-partners = Todavía no se han indicado socios.
plans-measure-area = Área

plans-entities-title = Servicios y organizaciones locales
plans-entities-intro = Las organizaciones identificadas en el diagnóstico local: servicios públicos, escuelas, centros de salud, asociaciones y otras, con la ayuda que ofrecen.
plans-entities-all = Todas las organizaciones
plans-entities-in-area = Trabajan en: { $area }
plans-entities-filter-label = Área de trabajo
plans-entities-filter-all = Todas las áreas
plans-entities-filter-apply = Mostrar
plans-entity-services = Servicios
plans-entity-areas = Áreas de trabajo

plans-entity-kind-municipality = Municipio
plans-entity-kind-intermunicipal = Entidad intermunicipal
plans-entity-kind-claim = Centro local de apoyo a la integración de migrantes (CLAIM)
plans-entity-kind-association = Asociación
plans-entity-kind-school = Escuela
plans-entity-kind-health_unit = Centro de salud
plans-entity-kind-employer = Empleador
plans-entity-kind-employment_service = Servicio de empleo
plans-entity-kind-ngo = Organización no gubernamental
plans-entity-kind-parish = Junta de parroquia (junta de freguesia)
plans-entity-kind-media = Medios de comunicación
plans-entity-kind-other = Otra
plans-timeline-heading = Cómo se está elaborando el plan
plans-timeline-empty = Todavía no se han fijado las fechas del proceso.
plans-timeline-working-days = { $count ->
    [one] { $count } día hábil
   *[other] { $count } días hábiles
}
plans-timeline-done = Terminada
plans-timeline-now = En curso
plans-timeline-later = Próximamente
plans-timeline-saved = Se guardó el cronograma.
plans-timeline-add = Agregar una fase
plans-timeline-kind = Fase
plans-timeline-starts = Primer día
plans-timeline-ends = Último día
plans-timeline-or-days = O su duración en días hábiles
plans-timeline-days-hint = Se cuentan como los plazos administrativos: los fines de semana y los días festivos nacionales no cuentan. Deje vacío el último día para usar esta duración.
plans-timeline-add-submit = Agregar la fase
plans-timeline-remove = Quitar esta fase
plans-phase-diagnosis = Diagnóstico local
plans-phase-surveys = Encuestas
plans-phase-focus-groups = Grupos focales
plans-phase-information-sessions = Sesiones informativas
plans-phase-consultation = Consulta pública de la propuesta del plan
plans-phase-forum = Foro
plans-phase-approval = Aprobación
plans-phase-monitoring = Seguimiento
plans-activity-title = Registro de actividad
plans-activity-link = Qué se cambió en este plan y quién lo hizo (registro de actividad)
plans-activity-intro = Todos los cambios hechos en este plan, en sus encuestas, en las respuestas a ellas y en su fundamentación, del más reciente al más antiguo. Solo los facilitadores del plan y los administradores ven esta página.
plans-activity-times = Las horas indicadas corresponden a la hora local del plan: { $zone }.
plans-activity-none = Todavía no se ha cambiado nada.
plans-activity-someone = Una cuenta eliminada o la línea de comandos del servidor
plans-activity-col-when = Cuándo
plans-activity-col-who = Quién
plans-activity-col-what = Qué
plans-activity-col-about = Sobre qué
plans-activity-pages-label = Páginas del registro de actividad
plans-activity-account-deleted = Eliminación de una cuenta
plans-activity-evidence-linked = Vinculación de un resultado a una medida como fundamentación
plans-activity-evidence-rationale-changed = Cambio del motivo por el que un resultado fundamenta una medida
plans-activity-evidence-unlinked = Eliminación del vínculo entre un resultado y una medida
plans-activity-plan-phase-added = Incorporación de una fase al cronograma
plans-activity-plan-phase-removed = Eliminación de una fase del cronograma
plans-activity-role-granted = Asignación de una función
plans-activity-role-revoked = Retirada de una función
plans-activity-survey-codes-created = Creación de códigos de un solo uso
plans-activity-survey-created = Creación de una encuesta
plans-activity-survey-published = Publicación de una encuesta
plans-activity-survey-unpublished = Vuelta de una encuesta a borrador
plans-activity-survey-question-added = Incorporación de una pregunta
plans-activity-survey-question-changed = Modificación de una pregunta
plans-activity-survey-question-deleted = Eliminación de una pregunta
plans-activity-survey-question-moved = Cambio de posición de una pregunta
plans-activity-survey-section-added = Incorporación de una parte
plans-activity-survey-section-renamed = Cambio del título de una parte
plans-activity-survey-settings-changed = Cambio en la configuración de una encuesta
plans-activity-survey-text-hidden = Ocultación de una respuesta escrita en los resultados
plans-activity-survey-text-shown = Restablecimiento de una respuesta escrita en los resultados
plans-activity-survey-response-corrected = Corrección de una respuesta
plans-activity-survey-response-withdrawn = Retirada de una respuesta
plans-new-title = Crear un plan
plans-new-intro = Un plan nuevo empieza en preparación, redactado en un solo idioma, con las 16 áreas de intervención de un plan municipal de integración de migrantes. Designe a sus facilitadores en la página “Personas y funciones”; ellos redactan el resto.
plans-new-title-label = Título del plan
plans-new-slug-hint = La última parte de la dirección del plan: de 3 a 60 caracteres, letras minúsculas a–z, dígitos y guiones, por ejemplo lisboa-2026.
plans-new-municipalities-hint = Uno para un plan municipal, dos o más para un plan intermunicipal. Mantenga pulsada la tecla Ctrl (o Cmd) para elegir varios.
plans-new-lang-label = El idioma propio del plan
plans-new-start = Primer día del período del plan
plans-new-end = Último día del período del plan
plans-new-submit = Crear el plan
plans-created = Se creó el plan. Designe a sus facilitadores en la página “Personas y funciones”.
plans-activity-plan-created = Creación del plan
plans-home-search-label = Buscar un plan
plans-home-query = Municipio
plans-home-district = Distrito o región autónoma
plans-home-all-districts = Todos
plans-home-none-match = Ningún plan coincide con esta búsqueda.
plans-home-open-surveys = { $count ->
    [one] 1 encuesta abierta ahora
   *[other] { $count } encuestas abiertas ahora
}
plans-edit-title = Editar el plan
plans-edit-saved = Guardado.
plans-edit-languages = Idioma de los textos
plans-edit-not-offered = (todavía no se ofrece: un título lo convierte en uno de los idiomas del plan)
plans-edit-summary = Resumen
plans-edit-submit = Guardar
plans-activity-plan-changed = Cambio de los textos, la etapa o el período del plan
plans-activity-plan-measure-drafted = Incorporación de una medida a la propuesta
plans-activity-plan-measure-changed = Modificación de una medida de la propuesta
plans-activity-plan-measure-draft-deleted = Eliminación de una medida de la propuesta
plans-activity-plan-version-published = Publicación de una versión de la propuesta
plans-measure-version = Versión { $number } de la propuesta, publicada el { $date }.
plans-measure-changes-link = Qué ha cambiado
plans-versions-link = Todas las versiones de la propuesta
plans-version-published = Versión { $number } del { $date }
plans-draft-title = Medidas de la propuesta
plans-draft-intro = Redacte y revise aquí las medidas del plan. Nadie más verá sus cambios hasta que publique una nueva versión de la propuesta; las versiones anteriores se pueden seguir consultando, junto con lo que cambió.
plans-draft-published = La versión { $number } está publicada: las páginas públicas ya la muestran.
plans-draft-deleted = Se eliminó la medida de la propuesta.
plans-draft-none-published = Todavía no se ha publicado ninguna versión de la propuesta.
plans-draft-missing = { $count ->
    [one] Queda 1 texto por traducir
   *[other] Quedan { $count } textos por traducir
}
plans-draft-list = Las medidas de la propuesta del plan
plans-draft-empty = Todavía no hay medidas: agregue la primera más abajo.
plans-draft-col-code = Código
plans-draft-col-measure = Medida
plans-draft-col-area = Área
plans-draft-col-level = Nivel
plans-draft-col-state = Estado
plans-draft-state-new = Aún sin publicar
plans-draft-state-changed = Modificada desde la última versión
plans-draft-state-published = Tal como se publicó
plans-draft-new = Nueva medida
plans-draft-new-title = Título, en el idioma propio del plan
plans-draft-code = Código
plans-draft-code-hint = Déjelo vacío para recibir el código siguiente, como { $example }.
plans-draft-new-submit = Agregar la medida
plans-draft-publish = Publicar la versión { $number }
plans-draft-unpublished = { $count ->
    [one] 1 medida es nueva o ha cambiado desde la última versión.
   *[other] { $count } medidas son nuevas o han cambiado desde la última versión.
}
plans-draft-note = Qué ha cambiado (la nota de cambios)
plans-draft-note-hint = Todo el mundo la lee en la lista de versiones.
plans-draft-publish-submit = Publicar esta versión
plans-draft-edit-title = Editar la medida { $code }
plans-draft-see-public = Leer la medida publicada
plans-draft-source = En { $language }:
plans-draft-shared = En todos los idiomas
plans-draft-texts-in = Textos en { $language }
plans-draft-starts = Empieza el
plans-draft-ends = Termina el
plans-draft-no-entity = Ninguna por ahora
plans-draft-objective = Objetivo { $number }
plans-draft-objective-new = Nuevo objetivo
plans-draft-indicator = Indicador { $number }
plans-draft-indicator-new = Nuevo indicador
plans-draft-indicator-new-target = Meta del nuevo indicador
plans-draft-remove-item = Quitar
plans-draft-delete = Eliminar esta medida de la propuesta
plans-draft-delete-explained = Nunca se publicó, así que nadie más la ha leído. Esto no se puede deshacer.
plans-draft-delete-confirm = Sí, eliminarla
plans-versions-title = Versiones de la propuesta
plans-versions-intro = Cada versión conservó todas las medidas tal como estaban redactadas en ese momento. Abra una versión para leerla, o los cambios de una medida para ver qué se reformuló, se agregó y se quitó.
plans-version-measures = { $count ->
    [one] Leer su única medida
   *[other] Leer sus { $count } medidas
}
plans-version-added = Nueva en esta versión
plans-version-changed = Modificada en esta versión
plans-version-older = Esta es una versión anterior: el plan ha cambiado desde entonces.
plans-version-read-current = Leer la versión actual
plans-version-changes-from = Qué ha cambiado desde la versión { $number }
plans-version-number = Versión { $number }
plans-diff-title = Cambios en { $code }
plans-diff-only-one = Por ahora, esta medida solo tiene una versión.
plans-diff-between = De la versión { $from } a la versión { $to }. Las palabras eliminadas aparecen tachadas; las añadidas, subrayadas.
plans-diff-none = No cambió nada entre estas versiones.
plans-diff-unchanged = Sin cambios:
plans-diff-removed = eliminado:
plans-diff-added = añadido:
plans-diff-choose = Elija las versiones que quiere comparar
plans-diff-from = De
plans-diff-to = A
plans-diff-compare = Comparar
plans-diff-field-code = Código
plans-diff-field-area = Área
plans-diff-field-level = Nivel
plans-diff-field-title = Título
plans-diff-field-summary = Resumen
plans-diff-field-description = Descripción
plans-diff-field-objectives = Objetivos
plans-diff-field-indicators = Indicadores y metas
plans-diff-field-timeline = Calendario
plans-diff-field-dates = Fechas
plans-diff-field-responsible = Entidad responsable
plans-diff-field-partners = Entidades asociadas
plans-activity-plan-entity-added = Incorporación de una entidad al diagnóstico
plans-activity-plan-entity-changed = Modificación de una entidad del diagnóstico
plans-activity-plan-entity-removed = Eliminación de una entidad del diagnóstico
plans-activity-plan-entities-imported = Importación de entidades desde una hoja de cálculo
plans-diagnosis-title = Diagnóstico local: entidades
plans-diagnosis-intro = Los servicios, las asociaciones y las demás entidades que trabajan con personas migrantes en este territorio. Las medidas de la propuesta las indican como entidades responsables o asociadas.
plans-diagnosis-public-link = Ver el directorio público
plans-diagnosis-list = Las entidades del plan
plans-diagnosis-empty = Todavía no hay entidades: agréguelas una por una o importe una hoja de cálculo.
plans-diagnosis-col-name = Nombre
plans-diagnosis-col-kind = Tipo
plans-diagnosis-col-municipality = Municipio
plans-diagnosis-col-used = Indicada en
plans-diagnosis-col-line = Fila
plans-diagnosis-col-areas = Áreas
plans-diagnosis-col-state = Problemas
plans-diagnosis-used = { $count ->
    [one] { $count } medida de la propuesta
   *[other] { $count } medidas de la propuesta
}
plans-diagnosis-imported = { $count ->
    [one] Se importó { $count } entidad
   *[other] Se importaron { $count } entidades
} (filas con problemas que se dejaron fuera: { $skipped }).
plans-diagnosis-removed = Se eliminó la entidad.
plans-diagnosis-add = Agregar una entidad
plans-diagnosis-name = Nombre
plans-diagnosis-add-submit = Agregar la entidad
plans-diagnosis-import = Importar desde una hoja de cálculo
plans-diagnosis-import-intro = Suba un archivo CSV (en Excel: “Guardar como” y luego “CSV UTF-8 (delimitado por comas)” o “CSV (delimitado por comas)”). Verá todas las filas antes de que se guarde nada.
plans-diagnosis-import-columns = La primera fila indica los nombres de las columnas: Nome (obligatoria), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Separe varias áreas o servicios con |.
plans-diagnosis-import-file = Archivo CSV (1 MB como máximo)
plans-diagnosis-import-submit = Subir y previsualizar
plans-diagnosis-areas = Áreas de actuación
plans-diagnosis-website = Sitio web
plans-diagnosis-email = Correo electrónico público
plans-diagnosis-phone = Teléfono público
plans-diagnosis-address = Dirección
plans-diagnosis-description = Descripción
plans-diagnosis-services-hint = Un servicio por línea.
plans-diagnosis-in-use = No se puede eliminar esta entidad: la indican medidas de la propuesta ({ $measures }).
plans-diagnosis-remove = Eliminar esta entidad
plans-diagnosis-remove-explained = Desaparecerá del diagnóstico y del directorio público. Esta acción no se puede deshacer.
plans-diagnosis-preview-title = Revisar la importación
plans-diagnosis-preview-read = Archivo { $file }, leído como { $encoding }, con las columnas separadas por “{ $separator }”.
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } fila está lista para importar
   *[other] { $count } filas están listas para importar
}; las filas con problemas ({ $skipped }) se dejarán fuera. No se guarda nada hasta que confirme.
plans-diagnosis-preview-ignored = Columnas no leídas:
plans-diagnosis-preview-rows = Las filas del archivo
plans-diagnosis-preview-ok = Lista
plans-diagnosis-preview-confirm = { $count ->
    [one] Importar { $count } entidad
   *[other] Importar { $count } entidades
}
plans-diagnosis-preview-discard = Descartar este archivo
plans-entity-website = Sitio web
plans-entity-email = Correo electrónico
plans-entity-phone = Teléfono
plans-entity-address = Dirección
plans-status-diagnosis = Diagnóstico local
plans-status-diagnosis-explained = El municipio está conociendo quién vive aquí y qué servicios existen, con encuestas y reuniones, antes de redactar las medidas.
plans-field-time-zone = Zona horaria
plans-time-zone-mainland = Portugal continental (hora de Lisboa)
plans-time-zone-madeira = Archipiélago de Madeira
plans-time-zone-azores = Archipiélago de las Azores
plans-field-contact = Contacto
plans-edit-contact-email = Correo electrónico público de contacto
plans-edit-contact-phone = Teléfono público de contacto
plans-activity-plan-area-changed = Cambio de nombre, ocultación o restablecimiento de un área
plans-activity-plan-area-added = Incorporación de un área
plans-activity-plan-area-moved = Cambio de posición de un área
plans-areas-edit-title = Áreas del plan
plans-areas-edit-intro = Un plan nuevo empieza con las 16 áreas del modelo PMIM. Cámbieles el nombre, agregue las suyas, póngalas en el orden que prefiera y oculte las que el plan no use.
plans-areas-edit-public = Ver las áreas como las ve el público
plans-areas-edit-in-use = { $count ->
    [one] Esta área tiene { $count } medida de la propuesta.
   *[other] Esta área tiene { $count } medidas de la propuesta.
}
plans-areas-edit-hidden = Ocultar esta área en las páginas públicas
plans-areas-edit-up = Subir
plans-areas-edit-down = Bajar
plans-areas-edit-add = Agregar un área
plans-areas-edit-add-submit = Agregar el área
plans-home-pages-label = Páginas de la lista de planes
plans-holidays-heading = Festivos municipales
plans-holidays-intro = Cada municipio puede tener su propio festivo. El festivo del primer municipio es un día inhábil cuando el plan cuenta los plazos en días hábiles.
plans-holidays-submit = Guardar los festivos
plans-holiday-label = Festivo municipal
plans-holiday-none = Ninguno
plans-holiday-ascension = Jueves de la Ascensión (39 días después de Pascua)
plans-holiday-date = En una fecha
plans-holiday-date-label = Día y mes del festivo
plans-holiday-date-hint = Solo para un festivo en una fecha: día y mes, por ejemplo 13-06 para el 13 de junio.
plans-next-consultations = Consultas públicas: comentar la propuesta
plans-activity-plan-holidays-changed = Cambio de los festivos municipales
plans-activity-consultation-opened = Apertura de una consulta pública
plans-activity-moderation-hidden = Ocultación de una contribución por un moderador
plans-activity-moderation-removed = Retirada de una contribución por un moderador
plans-activity-moderation-restored = Restablecimiento de una contribución por un moderador
plans-activity-consultation-comment-entered = Registro de un comentario recibido fuera del sitio web
plans-activity-consultation-input-answered = Respuesta a una aportación de una consulta
plans-activity-consultation-report-published = Publicación del informe de una consulta
plans-next-focus-groups = Grupos focales: inscribirse en una sesión
plans-next-forum = Foro: hablar sobre el plan
plans-activity-focus-group-created = Creación de un grupo focal
plans-activity-focus-group-registration-entered = Inscripción en un grupo focal hecha en nombre de otra persona
plans-activity-focus-group-slot-proposed = Horario propuesto en el sondeo de fechas de un grupo focal
plans-activity-focus-group-time-fixed = Fijación de la fecha de un grupo focal
plans-activity-focus-group-checked-in = Registro de la llegada de un participante a un grupo focal
plans-activity-focus-group-check-in-undone = Anulación del registro de llegada a un grupo focal
plans-activity-focus-group-changed = Cambio de fecha o lugar de una sesión de grupo focal
plans-activity-focus-group-called-off = Cancelación de una sesión de grupo focal
plans-activity-focus-group-minutes-saved = Redacción o cambio del acta de un grupo focal
plans-activity-focus-group-finding-added = Adición de una conclusión a un grupo focal
plans-activity-focus-group-finding-changed = Traducción o corrección de una conclusión de un grupo focal
plans-activity-focus-group-finding-removed = Eliminación de una conclusión de un grupo focal
plans-activity-focus-group-findings-published = Publicación del acta y las conclusiones de un grupo focal
plans-activity-focus-group-findings-withdrawn = Retirada de la vista pública del acta y las conclusiones de un grupo focal
plans-activity-moderation-locked = Bloqueo de un hilo del foro por un moderador
plans-activity-moderation-unlocked = Desbloqueo de un hilo del foro por un moderador
plans-activity-moderation-pinned = Fijación de un hilo del foro por un moderador
plans-activity-moderation-unpinned = Desfijación de un hilo del foro por un moderador
plans-activity-moderation-closed = Cierre de un hilo del foro con una conclusión
plans-activity-forum-outcome-written = Redacción o traducción de la conclusión de un hilo del foro
plans-activity-plan-population-added = Incorporación de un grupo a la población de referencia
plans-activity-plan-population-changed = Modificación de un grupo de la población de referencia
plans-activity-plan-population-removed = Eliminación de un grupo de la población de referencia
plans-activity-plan-indicator-figures-set = Fijación del valor inicial y la meta de un indicador
plans-activity-plan-progress-reported = Informe del avance de una medida
plans-activity-plan-progress-removed = Retirada de un informe de avance
plans-draft-state-withdrawing = Retirada de la próxima versión
plans-draft-state-withdrawn = Retirada
plans-draft-withdraw = Retirar esta medida
plans-draft-withdraw-explained = La próxima versión que publique dejará fuera esta medida. Su página sigue siendo pública, con su último texto, los comentarios y la fundamentación, para que todos puedan ver qué fue de ella. Hasta que publique, puede volver a incluirla.
plans-draft-withdraw-reason = Por qué se retira (opcional; se muestra en la página de la medida)
plans-draft-withdraw-confirm = Retirarla de la próxima versión
plans-draft-withdrawn-notice = La medida quedará fuera de la próxima versión.
plans-draft-restored-notice = La medida vuelve a formar parte de la próxima versión.
plans-draft-restore-heading = Medida retirada
plans-draft-restore-explained = Esta medida queda fuera de la próxima versión, o una versión publicada ya la dejó fuera. Si vuelve a incluirla, la próxima versión que publique la incluirá de nuevo.
plans-draft-restore = Volver a incluirla en el plan
plans-version-withdrawn = Retiradas en esta versión
plans-measure-status-withdrawn = Retirada
plans-measure-withdrawn = La versión { $number } de la propuesta retiró esta medida del plan. Su último texto sigue aquí, junto con lo que la gente dijo sobre ella.
plans-measure-withdrawn-reason = Motivo:
plans-measure-withdrawn-last = Leerla en la última versión que la incluía
plans-activity-plan-measure-withdrawn = Retirada de una medida de la próxima versión
plans-activity-plan-measure-restored = Reincorporación de una medida retirada al plan
