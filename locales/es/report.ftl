# Cerrar el ciclo: qué se hizo con las aportaciones, en todos los canales.
report-used-title = Qué se hizo con las aportaciones
report-used-intro = Lo que produjo la participación, medida a medida: los resultados de las encuestas, los grupos focales, los hilos del foro y la consulta pública que apoyan o cuestionan cada medida o informan sobre ella, y las respuestas que el equipo del plan dio a cada comentario y a cada posición.
report-used-link = Qué se hizo con las aportaciones: cada medida y lo que la participación dijo de ella
report-used-answers = Respuestas en la consulta
report-used-decision = { $decision }: { $count }
report-used-unanswered = Todavía sin respuesta: { $count }
report-used-inputs = Leer todos los comentarios y posiciones sobre esta medida
report-used-untouched = Medidas a las que todavía no ha llegado nada de la participación: { $count }
