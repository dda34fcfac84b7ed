## Función de fundamentación: por qué existe una medida, a partir de lo que dijo la participación.

evidence-heading = Por qué esta medida: lo que dijeron las personas
evidence-none = Todavía no se han vinculado resultados de la participación a esta medida.
evidence-unavailable = En este momento no se puede mostrar la fundamentación de esta medida.
evidence-used-for = Fundamentación para estas medidas
evidence-link-summary = Vincular a una medida como fundamentación
evidence-measure-label = Medida
evidence-rationale-label = Por qué esto importa para la medida
evidence-rationale-hint = Con palabras sencillas: los residentes leerán esto en la página de la medida.
evidence-link-submit = Vincular
evidence-unlink = Quitar este vínculo
evidence-kind-survey_question = Encuestas ({ $count })
evidence-kind-focus_group_finding = Grupos focales ({ $count })
evidence-source-survey_question = De la encuesta
evidence-source-focus_group_finding = Del grupo focal
evidence-kind-forum_outcome = Foro ({ $count })
evidence-source-forum_outcome = Del hilo del foro
