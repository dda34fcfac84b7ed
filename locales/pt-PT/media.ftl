## Funcionalidade de media: versões áudio de textos (o resumo de uma medida, uma pergunta de um
## inquérito), por língua, com transcrição, para quem não lê.

media-listen = Ouvir ({ $language })
media-transcript = Transcrição
media-heading = Versões áudio
media-intro = Grave o texto lido em voz alta, em qualquer das línguas do plano, para quem não lê. Cada gravação precisa da sua transcrição: o que se ouve, por escrito.
media-none = Ainda não há versão áudio.
media-file-label = Ficheiro de áudio
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM ou FLAC, até { $size } MB.
media-language-label = Língua da gravação
media-transcript-label = Transcrição
media-upload = Juntar a versão áudio
media-replace-note = Uma nova gravação na mesma língua substitui a anterior.
media-remove = Remover a versão áudio em { $language }
media-saved = Versão áudio guardada.
media-removed = Versão áudio removida.
