## मीडिया सुविधा: पाठों के ऑडियो रूप (किसी उपाय का सार, सर्वे का कोई सवाल), हर भाषा में,
## लिखित पाठ के साथ, उन लोगों के लिए जो पढ़ नहीं पाते।

media-listen = सुनें ({ $language })
media-transcript = लिखित पाठ
media-heading = ऑडियो रूप
media-intro = पाठ को ज़ोर से पढ़कर रिकॉर्ड करें, योजना की किसी भी भाषा में, उन लोगों के लिए जो पढ़ नहीं पाते। हर रिकॉर्डिंग के साथ उसका लिखित पाठ होना चाहिए: जो सुनाई देता है, वही लिखा हुआ।
media-none = अभी कोई ऑडियो रूप नहीं है।
media-file-label = ऑडियो फ़ाइल
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM या FLAC, ज़्यादा से ज़्यादा { $size } MB।
media-language-label = रिकॉर्डिंग की भाषा
media-transcript-label = लिखित पाठ
media-upload = ऑडियो रूप जोड़ें
media-replace-note = उसी भाषा में नई रिकॉर्डिंग पिछली रिकॉर्डिंग की जगह ले लेती है।
media-remove = { $language } का ऑडियो रूप हटाएँ
media-saved = ऑडियो रूप सहेज लिया गया।
media-removed = ऑडियो रूप हटा दिया गया।
