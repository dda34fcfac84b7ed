## ਮੀਡੀਆ ਸਹੂਲਤ: ਲਿਖਤਾਂ ਦੇ ਆਡੀਓ ਰੂਪ (ਕਿਸੇ ਉਪਾਅ ਦਾ ਸਾਰ, ਸਰਵੇਖਣ ਦਾ ਕੋਈ ਸਵਾਲ), ਹਰ ਭਾਸ਼ਾ ਵਿੱਚ,
## ਲਿਖਤੀ ਰੂਪ ਦੇ ਨਾਲ, ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜੋ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦੇ।

media-listen = ਸੁਣੋ ({ $language })
media-transcript = ਲਿਖਤੀ ਰੂਪ
media-heading = ਆਡੀਓ ਰੂਪ
media-intro = ਲਿਖਤ ਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਰਿਕਾਰਡ ਕਰੋ, ਯੋਜਨਾ ਦੀ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ, ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜੋ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦੇ। ਹਰ ਰਿਕਾਰਡਿੰਗ ਨਾਲ ਉਸ ਦਾ ਲਿਖਤੀ ਰੂਪ ਚਾਹੀਦਾ ਹੈ: ਜੋ ਸੁਣਾਈ ਦਿੰਦਾ ਹੈ, ਉਹੀ ਲਿਖ ਕੇ।
media-none = ਅਜੇ ਕੋਈ ਆਡੀਓ ਰੂਪ ਨਹੀਂ ਹੈ।
media-file-label = ਆਡੀਓ ਫ਼ਾਈਲ
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM ਜਾਂ FLAC, ਵੱਧ ਤੋਂ ਵੱਧ { $size } MB।
media-language-label = ਰਿਕਾਰਡਿੰਗ ਦੀ ਭਾਸ਼ਾ
media-transcript-label = ਲਿਖਤੀ ਰੂਪ
media-upload = ਆਡੀਓ ਰੂਪ ਜੋੜੋ
media-replace-note = ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਨਵੀਂ ਰਿਕਾਰਡਿੰਗ ਪਿਛਲੀ ਰਿਕਾਰਡਿੰਗ ਦੀ ਥਾਂ ਲੈ ਲੈਂਦੀ ਹੈ।
media-remove = { $language } ਵਾਲਾ ਆਡੀਓ ਰੂਪ ਹਟਾਓ
media-saved = ਆਡੀਓ ਰੂਪ ਸੰਭਾਲ ਲਿਆ ਗਿਆ।
media-removed = ਆਡੀਓ ਰੂਪ ਹਟਾ ਦਿੱਤਾ ਗਿਆ।
