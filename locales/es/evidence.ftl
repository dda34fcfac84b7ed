## Función de fundamentación: por qué existe una medida, a partir de lo que dijo la participación.

evidence-heading = Por qué esta medida: lo que dijeron las personas
evidence-none = Todavía no se han vinculado resultados de la participación a esta medida.
evidence-unavailable = En este momento no se puede mostrar la fundamentación de esta medida.
evidence-from-survey = De la encuesta
evidence-used-for = Estos resultados se usaron para
evidence-link-summary = Vincular estos resultados a una medida
evidence-measure-label = Medida
evidence-rationale-label = Por qué estos resultados importan para la medida
evidence-rationale-hint = Con palabras sencillas: los residentes leerán esto en la página de la medida.
evidence-link-submit = Vincular
evidence-unlink = Quitar este vínculo
