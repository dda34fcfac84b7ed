## Función de medios: versiones en audio de los textos (el resumen de una medida, una pregunta de una encuesta), por idioma,
## con su transcripción, para las personas que no leen.

media-listen = Escuchar ({ $language })
media-transcript = Transcripción
media-heading = Versiones en audio
media-intro = Grabe el texto leído en voz alta, en cualquiera de los idiomas del plan, para las personas que no leen. Cada grabación necesita su transcripción: lo que se oye, puesto por escrito.
media-none = Todavía no hay ninguna versión en audio.
media-file-label = Archivo de audio
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM o FLAC, de { $size } MB como máximo.
media-language-label = Idioma de la grabación
media-transcript-label = Transcripción
media-upload = Agregar la versión en audio
media-replace-note = Una nueva grabación en el mismo idioma reemplaza a la anterior.
media-remove = Quitar la versión en audio ({ $language })
media-saved = Se guardó la versión en audio.
media-removed = Se quitó la versión en audio.
