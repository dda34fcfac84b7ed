# El foro: hilos y mensajes de un plan, sus categorías, conclusiones.
forum-title = Foro
forum-intro = Hable del plan con otros residentes, con asociaciones y con el municipio. Los facilitadores leen todos los hilos; cuando una discusión queda resuelta, redactan su conclusión, que puede convertirse en fundamentación de una medida.
forum-categories-label = Categorías del foro
forum-category-all = Todos los hilos
forum-category-general = Temas generales
forum-threads-none = Todavía no hay hilos aquí.
forum-pages-label = Páginas del foro
forum-posts-count = { $count ->
    [one] { $count } mensaje
   *[other] { $count } mensajes
}
forum-last-post = último mensaje el { $date }
forum-badge-pinned = Fijado
forum-badge-locked = Bloqueado
forum-badge-closed = Cerrado con una conclusión
forum-thread-placeholder-hidden = Un hilo oculto hasta que un moderador lo revise
forum-thread-placeholder-removed = Un hilo retirado por un moderador
forum-thread-placeholder-deleted = Un hilo eliminado por su autor
forum-sign-in = Inicie sesión para abrir un hilo o responder.
forum-sign-in-reply = Inicie sesión para responder.
forum-new-thread = Abrir un hilo
forum-form-category = Categoría
forum-form-measures = Medidas propuestas que trata este hilo (opcional)
forum-form-measures-hint = Marque hasta { $max } medidas.
forum-form-title = Título
forum-form-body = Su mensaje
forum-form-body-hint = Puede usar Markdown: **negrita**, *cursiva*, listas, enlaces y > citas.
forum-form-lang = Idioma en el que escribe
forum-form-open = Abrir el hilo
forum-thread-measures = Sobre estas medidas:
forum-kept = Hecho: se ha actualizado el estado del hilo.
forum-post-number = n.º { $number }
forum-edited = editado
forum-in-reply-to = En respuesta al n.º { $number }
forum-post-placeholder-hidden = Este mensaje está oculto hasta que un moderador lo revise.
forum-post-placeholder-removed = Un moderador retiró este mensaje.
forum-post-placeholder-deleted = Su autor eliminó este mensaje.
forum-moderation-log = Registro de moderación
forum-quote = Citar
forum-edit = Editar
forum-edit-label = Su mensaje
forum-edit-hint = Los demás verán que el mensaje se ha editado; los moderadores pueden leer el texto anterior.
forum-edit-submit = Guardar el mensaje
forum-delete = Eliminar mi mensaje
forum-delete-confirm = Su texto desaparecerá definitivamente; su número se mantiene para que las respuestas sigan teniendo sentido.
forum-delete-submit = Eliminar
forum-reply = Responder
forum-quoting = Su respuesta cita el mensaje n.º { $number }.
forum-reply-submit = Enviar la respuesta
forum-locked-notice = Este hilo está bloqueado: no admite más respuestas.
forum-closed-notice = Este hilo está cerrado: su conclusión figura arriba.
forum-keep = Fijar o bloquear
forum-keep-pin = Fijar arriba
forum-keep-unpin = Desfijar
forum-keep-lock = Bloquear (sin más respuestas)
forum-keep-unlock = Desbloquear
forum-outcome-heading = Conclusión
forum-outcome-on = Redactada el { $date }
forum-close = Cerrar con una conclusión
forum-close-hint = Resuma lo que la discusión dejó resuelto y lo que el municipio hará con ello. Cerrar bloquea el hilo; después, la conclusión puede vincularse a medidas como fundamentación.
forum-outcome-lang = Idioma de la conclusión
forum-outcome-label = Conclusión
forum-close-submit = Cerrar el hilo
forum-outcome-translate = Redactar la conclusión en otro idioma, o corregirla
forum-outcome-save = Guardar la conclusión
forum-outcome-written-in = Redactada en: { $languages }
forum-history-link = Textos anteriores
forum-history-title = Textos anteriores del mensaje n.º { $number }
forum-history-back = Volver al mensaje
forum-history-current = Su texto actual
forum-history-earlier = Textos anteriores, del más reciente al más antiguo
forum-history-none = Este mensaje nunca se ha editado.
forum-history-replaced = Sustituido el { $when }
forum-search-label = Buscar en el foro
forum-search-submit = Buscar
forum-search-title = Búsqueda en el foro
forum-search-title-hit = En el título del hilo
forum-search-found = { $count ->
    [0] No se ha encontrado nada.
    [one] Se ha encontrado un mensaje.
   *[other] Se han encontrado { $count } mensajes.
}
forum-search-found-more = Se han encontrado más de { $count } resultados: se muestran los más recientes. Añada una palabra para acotar la búsqueda.
forum-follow-heading = Seguir este hilo
forum-following-none = No sigue este hilo.
forum-following-instant = Recibe un correo por cada mensaje nuevo.
forum-following-daily = Recibe un correo al día cuando hay mensajes nuevos.
forum-follow-instant = Enviarme por correo cada mensaje nuevo
forum-follow-daily = Enviarme un resumen diario
forum-follow-stop = Dejar de seguir
forum-followed = Hecho: se ha guardado cómo sigue este hilo.
forum-email-reply-subject = Nueva respuesta en “{ $title }”
forum-email-reply-intro = Alguien ha respondido en el hilo del foro “{ $title }” (mensaje n.º { $number }).
forum-email-reply-action = Leer la respuesta
forum-email-digest-subject = { $count ->
    [one] Mensajes nuevos en un hilo del foro que sigue
   *[other] Mensajes nuevos en { $count } hilos del foro que sigue
}
forum-email-digest-intro = Desde su último resumen, hay mensajes nuevos en los hilos que sigue:
forum-email-digest-thread = “{ $title }” — mensajes nuevos: { $count }; léalos a partir de { $url }
forum-email-footer = Recibe este correo porque sigue un hilo de un foro en Ponte. Para dejar de recibir estos correos, abra { $url }
