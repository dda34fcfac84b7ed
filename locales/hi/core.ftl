## पेज का ढाँचा, नेविगेशन और साझा शब्द।

core-skip-to-content = मुख्य सामग्री पर जाएँ
core-tagline = अपनी नगरपालिका की एकीकरण योजना मिलकर बनाएँ
core-footer-nav = साइट के लिंक
core-nav-plans = योजनाएँ
core-nav-accessibility = सुगम्यता विवरण
core-footer-about = Ponte एक ओपन-सोर्स प्लेटफ़ॉर्म है। इस पर नगरपालिकाएँ निवासियों, प्रवासियों और उनके संगठनों के साथ मिलकर प्रवासियों के एकीकरण की योजनाएँ बनाती हैं।
core-language-picker = भाषा
core-fallback-note = (अभी अनुवाद नहीं हुआ है: { $language } में दिखाया गया है।)
core-back-home = मुख्य पेज पर वापस जाएँ
core-loading = लोड हो रहा है…
core-breadcrumbs = आप यहाँ हैं
core-unknown = नहीं बताया गया
core-period = { $start } से { $end } तक
core-date = { $day } { $month } { $year }
core-month-1 = जनवरी
core-month-2 = फ़रवरी
core-month-3 = मार्च
core-month-4 = अप्रैल
core-month-5 = मई
core-month-6 = जून
core-month-7 = जुलाई
core-month-8 = अगस्त
core-month-9 = सितंबर
core-month-10 = अक्तूबर
core-month-11 = नवंबर
core-month-12 = दिसंबर
