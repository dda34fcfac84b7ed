## Funcția media: versiuni audio ale textelor (rezumatul unei măsuri, o întrebare dintr-un chestionar), pe limbi,
## cu transcriere, pentru persoanele care nu citesc.

media-listen = Ascultați ({ $language })
media-transcript = Transcriere
media-heading = Versiuni audio
media-intro = Înregistrați textul citit cu voce tare, în oricare dintre limbile planului, pentru persoanele care nu citesc. Fiecare înregistrare are nevoie de transcrierea ei: ce se aude, pus în scris.
media-none = Încă nu există nicio versiune audio.
media-file-label = Fișier audio
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM sau FLAC, cel mult { $size } MB.
media-language-label = Limba înregistrării
media-transcript-label = Transcriere
media-upload = Adăugați versiunea audio
media-replace-note = O înregistrare nouă în aceeași limbă o înlocuiește pe cea anterioară.
media-remove = Eliminați versiunea audio în { $language }
media-saved = Versiunea audio a fost salvată.
media-removed = Versiunea audio a fost eliminată.
