# फ़ोरम: किसी योजना की चर्चाएँ और पोस्ट, उसकी श्रेणियाँ, नतीजे।
forum-title = फ़ोरम
forum-intro = योजना के बारे में दूसरे निवासियों, संगठनों और नगरपालिका से बात करें। परामर्श संचालक हर चर्चा पढ़ते हैं; जब कोई चर्चा किसी नतीजे पर पहुँच जाती है, तो वे उसका नतीजा लिखते हैं, और वह किसी उपाय का आधार बन सकता है।
forum-categories-label = फ़ोरम की श्रेणियाँ
forum-category-all = सभी चर्चाएँ
forum-category-general = सामान्य
forum-threads-none = यहाँ अभी कोई चर्चा नहीं है।
forum-pages-label = फ़ोरम के पेज
forum-posts-count = { $count ->
    [one] { $count } पोस्ट
   *[other] { $count } पोस्ट
}
forum-last-post = आख़िरी पोस्ट { $date } को
forum-badge-pinned = पिन की गई
forum-badge-locked = लॉक की गई
forum-badge-closed = नतीजे के साथ बंद
forum-thread-placeholder-hidden = एक चर्चा, जो किसी मॉडरेटर की समीक्षा तक छिपी है
forum-thread-placeholder-removed = एक चर्चा, जिसे किसी मॉडरेटर ने हटा दिया
forum-thread-placeholder-deleted = एक चर्चा, जिसे उसके लेखक ने हटा दिया
forum-sign-in = चर्चा शुरू करने या जवाब देने के लिए लॉग इन करें।
forum-sign-in-reply = जवाब देने के लिए लॉग इन करें।
forum-new-thread = चर्चा शुरू करें
forum-form-category = श्रेणी
forum-form-measures = यह चर्चा किन प्रस्तावित उपायों के बारे में है (वैकल्पिक)
forum-form-measures-hint = ज़्यादा से ज़्यादा { $max } उपायों पर निशान लगाएँ।
forum-form-title = शीर्षक
forum-form-body = आपका संदेश
forum-form-body-hint = आप Markdown इस्तेमाल कर सकते हैं: **बोल्ड**, *इटैलिक*, सूचियाँ, लिंक और > उद्धरण।
forum-form-lang = जिस भाषा में आप लिख रहे हैं
forum-form-open = चर्चा शुरू करें
forum-thread-measures = इन उपायों के बारे में:
forum-kept = हो गया: चर्चा की स्थिति अपडेट कर दी गई है।
forum-post-number = नं. { $number }
forum-edited = संपादित
forum-in-reply-to = नं. { $number } के जवाब में
forum-post-placeholder-hidden = यह पोस्ट तब तक छिपी है, जब तक कोई मॉडरेटर इसकी समीक्षा नहीं कर लेता।
forum-post-placeholder-removed = एक मॉडरेटर ने यह पोस्ट हटा दी।
forum-post-placeholder-deleted = इसके लेखक ने यह पोस्ट हटा दी।
forum-moderation-log = मॉडरेशन लॉग
forum-quote = उद्धृत करें
forum-edit = संपादित करें
forum-edit-label = आपकी पोस्ट
forum-edit-hint = लोग देख पाएँगे कि पोस्ट संपादित की गई है; मॉडरेटर पहले वाला पाठ पढ़ सकते हैं।
forum-edit-submit = पोस्ट सहेजें
forum-delete = मेरी पोस्ट हटाएँ
forum-delete-confirm = इसका पाठ हमेशा के लिए हट जाएगा; इसका नंबर बना रहेगा, ताकि जवाबों का मतलब बना रहे।
forum-delete-submit = हटाएँ
forum-reply = जवाब दें
forum-quoting = आपका जवाब पोस्ट नं. { $number } को उद्धृत करता है।
forum-reply-submit = जवाब भेजें
forum-locked-notice = यह चर्चा लॉक है: अब इसमें जवाब नहीं दिए जा सकते।
forum-closed-notice = यह चर्चा बंद हो चुकी है: इसका नतीजा ऊपर दिया गया है।
forum-keep = पिन या लॉक करें
forum-keep-pin = सबसे ऊपर पिन करें
forum-keep-unpin = पिन हटाएँ
forum-keep-lock = लॉक करें (आगे जवाब नहीं)
forum-keep-unlock = लॉक हटाएँ
forum-outcome-heading = नतीजा
forum-outcome-on = { $date } को लिखा गया
forum-close = नतीजे के साथ बंद करें
forum-close-hint = संक्षेप में लिखें कि चर्चा में क्या तय हुआ और नगरपालिका उसके बारे में क्या करेगी। बंद करने से चर्चा लॉक हो जाती है; इसके बाद नतीजे को आधार के रूप में उपायों से जोड़ा जा सकता है।
forum-outcome-lang = नतीजे की भाषा
forum-outcome-label = नतीजा
forum-close-submit = चर्चा बंद करें
forum-outcome-translate = नतीजा किसी दूसरी भाषा में लिखें, या उसे सुधारें
forum-outcome-save = नतीजा सहेजें
forum-outcome-written-in = इन भाषाओं में लिखा गया: { $languages }
forum-history-link = पिछले पाठ
forum-history-title = पोस्ट नं. { $number } के पिछले पाठ
forum-history-back = पोस्ट पर वापस जाएँ
forum-history-current = इसका मौजूदा पाठ
forum-history-earlier = पिछले पाठ, सबसे नए पहले
forum-history-none = यह पोस्ट कभी संपादित नहीं की गई।
forum-history-replaced = { $when } को बदला गया
forum-search-label = फ़ोरम में खोजें
forum-search-submit = खोजें
forum-search-title = फ़ोरम में खोज
forum-search-title-hit = चर्चा के शीर्षक में
forum-search-found = { $count ->
    [0] कुछ नहीं मिला।
    [one] एक पोस्ट मिली।
   *[other] { $count } पोस्ट मिलीं।
}
forum-search-found-more = { $count } से ज़्यादा परिणाम मिले: सबसे नए दिखाए जा रहे हैं। खोज को सीमित करने के लिए कोई और शब्द जोड़ें।
forum-follow-heading = इस चर्चा पर नज़र रखें
forum-following-none = आप इस चर्चा पर नज़र नहीं रख रहे हैं।
forum-following-instant = आपको हर नई पोस्ट पर एक ईमेल मिलता है।
forum-following-daily = नई पोस्ट आने पर आपको दिन में एक ईमेल मिलता है।
forum-follow-instant = हर नई पोस्ट मुझे ईमेल पर भेजें
forum-follow-daily = मुझे रोज़ का सारांश भेजें
forum-follow-stop = नज़र रखना बंद करें
forum-followed = हो गया: आप इस चर्चा पर कैसे नज़र रखते हैं, यह सहेज लिया गया है।
forum-email-reply-subject = “{ $title }” में नया जवाब
forum-email-reply-intro = किसी ने फ़ोरम की चर्चा “{ $title }” में जवाब दिया है (पोस्ट नं. { $number })।
forum-email-reply-action = जवाब पढ़ें
forum-email-digest-subject = { $count ->
    [one] जिस फ़ोरम चर्चा पर आप नज़र रखते हैं, उसमें नई पोस्ट
   *[other] जिन { $count } फ़ोरम चर्चाओं पर आप नज़र रखते हैं, उनमें नई पोस्ट
}
forum-email-digest-intro = आपके पिछले सारांश के बाद से, जिन चर्चाओं पर आप नज़र रखते हैं उनमें नई पोस्ट आई हैं:
forum-email-digest-thread = “{ $title }”: { $count } नई पोस्ट, { $url } से पढ़ना शुरू करें
forum-email-footer = आपको यह ईमेल इसलिए मिला है क्योंकि आप Ponte पर किसी फ़ोरम की एक चर्चा पर नज़र रखते हैं। ये ईमेल बंद करवाने के लिए { $url } खोलें।
