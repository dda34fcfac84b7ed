## पृष्ठको ढाँचा, नेभिगेसन र साझा शब्दहरू।

core-skip-to-content = मुख्य सामग्रीमा जानुहोस्
core-tagline = आफ्नो नगरपालिकाको एकीकरण योजना सँगै बनाउनुहोस्
core-footer-nav = साइटका लिङ्कहरू
core-nav-plans = योजनाहरू
core-nav-accessibility = पहुँचयोग्यता विवरण
core-footer-about = Ponte खुला स्रोत (ओपन सोर्स) प्लेटफर्म हो। यहाँ नगरपालिकाहरूले बासिन्दा, आप्रवासी र उनीहरूका संघसंस्थासँग मिलेर आप्रवासीहरूको एकीकरण योजना बनाउँछन्।
core-language-picker = भाषा
core-fallback-note = (अहिलेसम्म अनुवाद भएको छैन: { $language } भाषामा देखाइएको छ।)
core-back-home = गृहपृष्ठमा फर्कनुहोस्
core-loading = लोड हुँदैछ…
core-breadcrumbs = तपाईं यहाँ हुनुहुन्छ
core-unknown = उल्लेख गरिएको छैन
core-period = { $start } देखि { $end } सम्म
core-date = { $year } { $month } { $day }
core-month-1 = जनवरी
core-month-2 = फेब्रुअरी
core-month-3 = मार्च
core-month-4 = अप्रिल
core-month-5 = मे
core-month-6 = जुन
core-month-7 = जुलाई
core-month-8 = अगस्ट
core-month-9 = सेप्टेम्बर
core-month-10 = अक्टोबर
core-month-11 = नोभेम्बर
core-month-12 = डिसेम्बर
