## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = सर्वे
surveys-list-intro = अपनी भाषा में जवाब दें। आपके जवाबों से योजना के उपाय तय करने में मदद मिलती है।
surveys-list-empty = इस योजना के लिए अभी कोई सर्वे नहीं है।

surveys-phase-draft = अभी प्रकाशित नहीं हुआ
surveys-phase-not-yet-open = अभी खुला नहीं है
surveys-phase-open = खुला है
surveys-phase-closed = बंद हो गया
surveys-open-until = { $date } तक खुला है
surveys-opens-on = { $date } को खुलेगा

surveys-facts = { $questions ->
    [one] { $questions } सवाल
   *[other] { $questions } सवाल
}, { $sections ->
    [one] { $sections } हिस्से में
   *[other] { $sections } हिस्सों में
}। जिस सवाल पर “ज़रूरी” नहीं लिखा है, उसे आप छोड़ सकते हैं।
surveys-languages-heading = आप इन भाषाओं में जवाब दे सकते हैं
surveys-privacy-heading = हम क्या रखते हैं
surveys-privacy-open = आपको लॉग इन करने या अपना नाम बताने की ज़रूरत नहीं है। यह ब्राउज़र याद रखता है कि आप जवाब दे चुके हैं, ताकि हर व्यक्ति एक ही बार जवाब दे।
surveys-privacy-codes = आपको उस कागज़ पर लिखा कोड चाहिए जो आपको दिया गया था। कोड सिर्फ़ एक बार इस्तेमाल हो सकता है। आपके जवाब कोड से नहीं जोड़े जाते: हम सिर्फ़ यह लिखते हैं कि कोड इस्तेमाल हो गया।
surveys-privacy-account = आपको लॉग इन करना होगा, ताकि हर व्यक्ति एक ही बार जवाब दे। आपके जवाब आपके खाते से नहीं जोड़े जाते: हम सिर्फ़ यह लिखते हैं कि इस खाते से जवाब दिया जा चुका है।
surveys-privacy-held = ताकि कोई भी आपके जवाबों को आपसे न जोड़ सके — वह भी नहीं जो हमारा डेटाबेस पढ़ सकता हो — उन्हें तब तक अलग रखा जाता है जब तक कम से कम 4 और लोगों के जवाब न आ जाएँ, फिर सबको एक साथ, बेतरतीब क्रम में, सहेजने के दिन के साथ सहेजा जाता है। तब तक वे नतीजों में नहीं गिने जाते।
surveys-privacy-address = कोई बहुत सारे जवाब न भेज सके, इसलिए हम एक घंटे तक हर इंटरनेट पते से आए जवाब गिनते हैं, एक ऐसे कोड से जिससे पता वापस नहीं निकाला जा सकता और जो एक दिन बाद मिटा दिया जाता है।
surveys-privacy-stored = हम आपके जवाब, जिस भाषा में आपने जवाब दिया वह भाषा, और दिन (समय नहीं) रखते हैं। हम आपका नाम, ईमेल, इंटरनेट पता या ऐसी कोई भी चीज़ नहीं रखते जिससे पता चले कि आप कौन हैं।

surveys-take-part-heading = हिस्सा लें
surveys-start = सर्वे शुरू करें
surveys-continue = जहाँ रुके थे, वहीं से आगे बढ़ें
surveys-sign-in-to-answer = जवाब देने के लिए लॉग इन करें
surveys-already-answered = आप इस डिवाइस या खाते से यह सर्वे पहले ही भर चुके हैं। धन्यवाद!
surveys-cannot-answer-draft = यह सर्वे अभी प्रकाशित नहीं हुआ है। आप इसे इसलिए देख पा रहे हैं क्योंकि आप इसे तैयार कर रहे हैं।
surveys-cannot-answer-not-yet-open = यह सर्वे अभी जवाबों के लिए नहीं खुला है।
surveys-cannot-answer-closed = यह सर्वे बंद हो गया है। जवाब देने वाले सभी लोगों का धन्यवाद।
surveys-see-results = नतीजे देखें
surveys-rate-limited = पिछले एक घंटे में आपके इंटरनेट कनेक्शन से बहुत सारे उत्तर आए हैं। कृपया बाद में फिर कोशिश करें, या किसी परामर्श संचालक से काग़ज़ का फ़ॉर्म माँगें।

surveys-code-label = आपका कोड
surveys-code-hint = कोड उस कागज़ पर है जो आपको दिया गया था, जैसे ABCD-2345। बड़े या छोटे, दोनों तरह के अक्षर चलेंगे।
surveys-resume-heading = सेव किए गए जवाबों से आगे बढ़ें
surveys-resume-label = आगे बढ़ने का आपका कोड
surveys-resume-hint = जवाब सेव करते समय आपको जो कोड दिखाया गया था, जैसे ABCD-EFGH-2345।
surveys-resume-submit = आगे बढ़ें

surveys-answer-title = जवाब
surveys-progress = { $total } में से भाग { $current }
surveys-required = (ज़रूरी)
surveys-yes = हाँ
surveys-no = नहीं
surveys-prefer-not-to-say = मैं बताना नहीं चाहता/चाहती
surveys-other = अन्य
surveys-other-write = अन्य: कृपया लिखें
surveys-choose = एक जवाब चुनें
surveys-choose-any = जो-जो लागू हों, वे सब चुनें।
surveys-choose-up-to = { $count ->
    [one] ज़्यादा से ज़्यादा { $count } जवाब चुनें।
   *[other] ज़्यादा से ज़्यादा { $count } जवाब चुनें।
}
surveys-ranking-hint = हर एक को अलग नंबर दें: 1 सबसे ज़रूरी है।
surveys-number-between = { $min } से { $max } तक की कोई संख्या।
surveys-text-limit = ज़्यादा से ज़्यादा { $count } अक्षर।
surveys-date-hint = दिन, महीना और साल।
surveys-only-if = जवाब तभी दें, जब आपने ऊपर “{ $answer }” जवाब दिया हो।
surveys-only-if-not = जवाब तभी दें, जब आपने ऊपर “{ $answer }” जवाब न दिया हो।
surveys-only-if-answered = जवाब तभी दें, जब आपने ऊपर वाले सवाल का जवाब दिया हो।
surveys-more-questions = आपके जवाबों से इस पेज पर और सवाल खुल गए हैं। आगे बढ़ने से पहले कृपया उन्हें देख लें।
surveys-problems-title = कृपया इन जवाबों को जाँच लें
surveys-problem-required = कृपया इस सवाल का जवाब दें।
surveys-problem-unknown-option = यह जवाब दिए गए विकल्पों में से नहीं है। कृपया फिर से चुनें।
surveys-problem-too-many-values = कृपया यहाँ सिर्फ़ एक जवाब दें।
surveys-problem-too-many-choices = आपने बहुत ज़्यादा जवाब चुने हैं। कृपया कम चुनें।
surveys-problem-out-of-range = यह तय सीमा से बाहर है।
surveys-problem-too-long = यह पाठ बहुत लंबा है। कृपया इसे छोटा करें।
surveys-problem-not-a-number = कृपया एक संख्या लिखें, जैसे 12।
surveys-problem-not-a-date = कृपया पूरी तारीख़ दें: दिन, महीना और साल।
surveys-problem-incomplete = यह जवाब पूरा नहीं है। कृपया इसे पूरा करें।
surveys-next = आगे
surveys-send = मेरे जवाब भेजें
surveys-back = पीछे
surveys-save = सेव करें और बाद में जारी रखें
surveys-answer-in = भाषा बदलें। आपके जवाब सुरक्षित रहेंगे:

surveys-saved-title = आपके जवाब सेव हो गए हैं
surveys-saved-intro = बाद में आगे बढ़ने के लिए, इस या किसी दूसरे डिवाइस पर सर्वे खोलें और यह कोड लिखें:
surveys-saved-keep = इसे लिख लें या इसकी फ़ोटो ले लें। आपके जवाब 30 दिन तक रखे जाएँगे।
surveys-saved-no-code = आपके जवाब इस डिवाइस पर सेव हैं। आगे बढ़ने के लिए सर्वे फिर से खोलें।
surveys-back-to-survey = सर्वे पर वापस जाएँ
surveys-back-to-plan = योजना पर वापस जाएँ

surveys-thanks-title = आपके जवाबों के लिए धन्यवाद
surveys-thanks-intro = आपके जवाब हमें मिल गए हैं। नगरपालिका बताएगी कि उसे क्या पता चला और वह योजना में इसका इस्तेमाल कैसे करेगी।

surveys-results-title = नतीजे
surveys-results-total = { $count ->
    [one] { $count } जवाब
   *[other] { $count } जवाब
}
surveys-results-too-few = 5 से कम जवाब: जवाब देने वाले लोगों की सुरक्षा के लिए इन्हें नहीं दिखाया गया है।
surveys-results-suppressed-note = जवाब देने वाले लोगों की सुरक्षा के लिए, 5 से कम लोगों के समूह नहीं दिखाए जाते।
surveys-results-no-breakdown = भाषा या जवाब देने के तरीके के अनुसार बँटवारा केवल योजना के सुविधाकर्ताओं को दिखाया जाता है: कुल संख्या से तुलना करने पर इससे छोटे समूह पहचाने जा सकते हैं।
surveys-results-held = { $count ->
    [one] 1 जवाब अलग रखा गया है जब तक कम से कम 5 न आ जाएँ (या सर्वेक्षण बंद न हो), ताकि कोई उसे देने वाले व्यक्ति से न जोड़ सके। अभी उसे गिना नहीं गया है।
   *[other] { $count } जवाब अलग रखे गए हैं जब तक कम से कम 5 न आ जाएँ (या सर्वेक्षण बंद न हो), ताकि कोई उन्हें देने वाले लोगों से न जोड़ सके। अभी उन्हें गिना नहीं गया है।
}
surveys-results-exact-note = आप सही-सही संख्याएँ देख रहे हैं क्योंकि आप इस योजना पर काम करते हैं। प्रकाशित नतीजों में 5 से कम लोगों के समूह छिपे रहते हैं।
surveys-results-answered = { $count ->
    [one] { $count } व्यक्ति ने जवाब दिया
   *[other] { $count } लोगों ने जवाब दिया
}
surveys-results-mean-median = औसत: { $mean } · माध्यिका: { $median }
surveys-results-several = लोग एक से ज़्यादा जवाब चुन सकते थे, इसलिए प्रतिशतों का जोड़ 100% से ज़्यादा है।
surveys-results-answer = जवाब
surveys-results-count = लोग
surveys-results-percent = प्रतिशत
surveys-results-chart = चार्ट
surveys-fewer-than-5 = 5 से कम
surveys-results-more-texts = यहाँ सिर्फ़ सबसे नए जवाब दिखाए गए हैं। सभी जवाब पढ़ने के लिए डेटा डाउनलोड करें।
surveys-text-hidden = मॉडरेटर ने छिपाया है: प्रकाशित नतीजों में नहीं दिखता।
surveys-text-hide = यह जवाब छिपाएँ
surveys-text-show = यह जवाब फिर से दिखाएँ
surveys-filter-label = नतीजे छाँटें
surveys-filter-language = जवाबों की भाषा
surveys-filter-channel = जवाब कैसे आए
surveys-filter-all = सभी
surveys-filter-apply = दिखाएँ

surveys-channel-online = ऑनलाइन, व्यक्ति ने खुद भरा
surveys-channel-paper = कागज़ का फ़ॉर्म
surveys-channel-interview = परामर्श संचालक के साथ इंटरव्यू
surveys-channel-interpreter = दुभाषिए के साथ इंटरव्यू

surveys-manage-heading = परामर्श संचालकों के लिए
surveys-response-count = { $count ->
    [one] अब तक { $count } जवाब।
   *[other] अब तक { $count } जवाब।
}
surveys-preview = सर्वे का प्रीव्यू देखें
surveys-preview-note = प्रीव्यू: यहाँ आप जो भी चुनेंगे, वह न भेजा जाएगा, न रखा जाएगा।
surveys-preview-nav = प्रीव्यू के पेज
surveys-preview-end = प्रीव्यू से बाहर निकलें
surveys-export-csv = जवाब डाउनलोड करें (CSV, स्प्रेडशीट के लिए)
surveys-export-json = जवाब डाउनलोड करें (JSON)
surveys-assisted-heading = किसी और की ओर से जवाब दर्ज करें
surveys-assisted-intro = कागज़ के फ़ॉर्म और इंटरव्यू के लिए। चुनें कि जवाब कैसे इकट्ठा किए गए; फिर उस व्यक्ति के जवाबों से सर्वे भरें।
surveys-assisted-note = आप किसी और की ओर से जवाब दर्ज कर रहे हैं:
surveys-assisted-start = दर्ज करना शुरू करें
surveys-channel-label = जवाब कैसे इकट्ठा किए गए
surveys-interview-lang-label = इंटरव्यू की भाषा
surveys-interview-lang-same = सर्वे वाली भाषा
surveys-entered = जवाब सेव हो गया। आप एक और जवाब दर्ज कर सकते हैं।

surveys-codes-title = एक बार इस्तेमाल होने वाले कोड
surveys-codes-intro = हर कोड से एक व्यक्ति एक बार जवाब दे सकता है। कोड प्रिंट करें और बैठकों में बाँटें।
surveys-codes-counts = { $unused ->
    [one] { $unused } कोड अभी इस्तेमाल नहीं हुआ
   *[other] { $unused } कोड अभी इस्तेमाल नहीं हुए
}, { $used ->
    [one] { $used } इस्तेमाल हो चुका।
   *[other] { $used } इस्तेमाल हो चुके।
}
surveys-codes-count-label = कितने नए कोड
surveys-codes-count-hint = 1 से 500 तक।
surveys-codes-create = कोड बनाएँ
surveys-codes-print = बिना इस्तेमाल हुए हर कोड की एक पर्ची पाने के लिए यह पेज प्रिंट करें।
surveys-slip-go-to = इस पते पर जाएँ:
surveys-slip-code = और यह कोड लिखें:
surveys-slip-qr = QR कोड: इसे अपने फ़ोन के कैमरे से स्कैन करें, सर्वे यह कोड पहले से भरा हुआ खुलेगा

## सर्वे बनाने का टूल (परामर्श संचालकों के लिए)।
surveys-builder-title = सर्वे में बदलाव करें
surveys-builder-new-title = नया सर्वे
surveys-builder-new-intro = सर्वे को एक शीर्षक और एक छोटा वेब पता दें। सवाल आप इसके बाद जोड़ेंगे; जब तक आप सर्वे प्रकाशित नहीं करते, उसे कोई नहीं देख सकता।
surveys-builder-title-label = शीर्षक
surveys-builder-slug-label = वेब पते के लिए छोटा नाम
surveys-builder-slug-hint = छोटे लैटिन अक्षर (a-z), अंक और डैश (-), जैसे survey-2027।
surveys-builder-own-language = सर्वे की मूल भाषा
surveys-builder-access-label = कौन जवाब दे सकता है
surveys-access-open = कोई भी, बिना लॉग इन किए (हर डिवाइस से एक जवाब)
surveys-access-codes = वे लोग जिन्हें कागज़ पर एक बार इस्तेमाल होने वाला कोड दिया गया है
surveys-access-account = वे लोग जो लॉग इन करते हैं (हर खाते से एक जवाब)
surveys-builder-create = सर्वे बनाएँ
surveys-builder-saved = सेव हो गया।
surveys-builder-languages-heading = भाषाएँ
surveys-builder-languages-hint = किसी भाषा के पाठ लिखने या जाँचने के लिए वह भाषा चुनें। सर्वे की मूल भाषा सबसे पहले है।
surveys-builder-language = भाषा
surveys-builder-translations = पाठ
surveys-builder-complete = सभी पाठ लिखे जा चुके हैं
surveys-builder-missing = { $count ->
    [one] { $count } पाठ बाकी है
   *[other] { $count } पाठ बाकी हैं
}
surveys-builder-not-a-survey-language = यह सर्वे इस भाषा में उपलब्ध नहीं है। ऊपर दी गई इसकी भाषाओं में से कोई एक चुनें।
surveys-builder-offered-languages = भाषाएँ जिनमें यह सर्वे उपलब्ध है
surveys-builder-offered-languages-hint = लोग उन भाषाओं में जवाब दे सकते हैं जिन पर यहाँ निशान लगा है। जब किसी भाषा के पाठ लिखे जा चुके हों, तब वह भाषा जोड़ें; सर्वे की मूल भाषा हमेशा उपलब्ध रहती है।
surveys-builder-publish-missing = कुछ पाठों का अभी अनुवाद नहीं हुआ है: { $languages }। इन भाषाओं में जवाब देने वाले लोगों को वे पाठ { $language } में दिखते हैं।
surveys-builder-status-heading = स्थिति
surveys-builder-published = प्रकाशित है।
surveys-builder-draft = मसौदा: इसे सिर्फ़ परामर्श संचालक देख सकते हैं।
surveys-builder-publish = प्रकाशित करें
surveys-builder-unpublish = वापस मसौदा बनाएँ
surveys-builder-locked = इस सर्वे के जवाब आ चुके हैं: आप इसके पाठ बदल सकते हैं, पर इसके सवाल, विकल्प या कौन जवाब दे सकता है, यह नहीं।
surveys-builder-settings-heading = सेटिंग्स
surveys-builder-intro-label = परिचय
surveys-builder-opens-label = खुलने की तारीख़ (ज़रूरी नहीं)
surveys-builder-closes-label = बंद होने की तारीख़ (ज़रूरी नहीं)
surveys-builder-results-public = नतीजे प्रकाशित करें (5 से कम लोगों के समूह छिपे रहेंगे)
surveys-builder-save = सेव करें
surveys-builder-questions-heading = सवाल
surveys-builder-translating-hint = आप किसी दूसरी भाषा में पाठ लिख रहे हैं। सवाल और विकल्प सर्वे की मूल भाषा में ही जोड़े और हटाए जाते हैं।
surveys-builder-section-title = इस भाग का शीर्षक
surveys-builder-kind-label = सवाल का प्रकार
surveys-builder-question-text = सवाल
surveys-builder-add-question = सवाल जोड़ें
surveys-builder-add-section = एक भाग जोड़ें
surveys-builder-plain = यही सवाल आसान शब्दों में (ज़रूरी नहीं)
surveys-builder-help = मदद के लिए पाठ (ज़रूरी नहीं)
surveys-builder-options = विकल्प
surveys-builder-rows = पंक्तियाँ (हर पंक्ति में रेटिंग के लिए एक चीज़)
surveys-builder-scale-points = हर पंक्ति के लिए जवाब
surveys-builder-lines-hint = हर पंक्ति में एक। कोई पंक्ति हटाने से वह विकल्प हट जाता है।
surveys-builder-lines-translate-hint = हर पंक्ति में एक, उसी क्रम में जिसमें वे सर्वे की मूल भाषा में हैं।
surveys-builder-max-choices = ज़्यादा से ज़्यादा कितने विकल्प चुने जा सकते हैं (खाली: कोई सीमा नहीं)
surveys-builder-other = “अन्य” का विकल्प दें, साथ में लिखने की जगह
surveys-builder-min = सबसे छोटी संख्या
surveys-builder-max = सबसे बड़ी संख्या
surveys-builder-min-label = सबसे छोटी संख्या के लिए शब्द
surveys-builder-max-label = सबसे बड़ी संख्या के लिए शब्द
surveys-builder-min-date = सबसे पहले की तारीख़ (साल-महीना-दिन)
surveys-builder-max-date = सबसे बाद की तारीख़ (साल-महीना-दिन)
surveys-builder-max-len = ज़्यादा से ज़्यादा अक्षर
surveys-builder-required = जवाब देना ज़रूरी है
surveys-builder-pnts = “मैं बताना नहीं चाहता/चाहती” का विकल्प दें
surveys-builder-condition = यह सवाल कब दिखाना है
surveys-builder-condition-question = किस सवाल के जवाब पर निर्भर है
surveys-builder-always = हमेशा दिखाएँ
surveys-builder-condition-op = तब दिखाएँ जब जवाब
surveys-builder-op-equals = यह हो
surveys-builder-op-not_equals = यह न हो
surveys-builder-op-any_of = इनमें से कोई एक हो
surveys-builder-op-answered = दिया गया हो
surveys-builder-condition-answers = वे उत्तर जिन पर यह दिखे
surveys-builder-condition-pick-question = इस प्रश्न को केवल कुछ उत्तरों के बाद दिखाने के लिए, पिछला प्रश्न चुनें और सहेजें: फिर उसके उत्तर यहाँ दिखाई देंगे।
surveys-builder-condition-no-answers = इस प्रश्न में चुनने के लिए कोई उत्तर नहीं हैं। कोई दूसरा प्रश्न चुनकर सहेजें, या जब भी उत्तर दिया जाए इसे दिखाएँ।
surveys-builder-move-up = ऊपर ले जाएँ
surveys-builder-move-down = नीचे ले जाएँ
surveys-builder-delete = सवाल हटाएँ
surveys-builder-delete-warning = यह प्रश्न और सभी भाषाओं में इसके पाठ हमेशा के लिए हट जाएँगे।
surveys-builder-delete-confirm = हाँ, यह प्रश्न हटाएँ
surveys-kind-single_choice = एक विकल्प
surveys-kind-multiple_choice = कई विकल्प
surveys-kind-dropdown = सूची में से एक विकल्प
surveys-kind-scale = पैमाना
surveys-kind-yes_no = हाँ या नहीं
surveys-kind-short_text = छोटा पाठ
surveys-kind-long_text = लंबा पाठ
surveys-kind-number = संख्या
surveys-kind-date = तारीख़
surveys-kind-ranking = क्रम में लगाना
surveys-kind-matrix = ग्रिड (पंक्तियाँ और जवाब)
surveys-correcting-note = आप जवाब { $response } सुधार रहे हैं। आख़िरी भाग भेजने पर इसके पुराने जवाबों की जगह नए जवाब आ जाएँगे।
surveys-responses-title = जवाब
surveys-responses-count = { $count ->
    [one] { $count } जवाब सेव है।
   *[other] { $count } जवाब सेव हैं।
}
surveys-responses-held = { $count ->
    [one] { $count } और जवाब तब तक रोककर रखा गया है, जब तक इतने जवाब न आ जाएँ कि उसे दूसरों के साथ सेव किया जा सके; सेव होने के बाद वह सूची में दिखेगा।
   *[other] { $count } और जवाब तब तक रोककर रखे गए हैं, जब तक इतने जवाब न आ जाएँ कि उन्हें दूसरों के साथ सेव किया जा सके; सेव होने के बाद वे सूची में दिखेंगे।
}
surveys-responses-none = दिखाने के लिए कोई जवाब नहीं है।
surveys-responses-filter-label = जवाब छाँटें
surveys-responses-col-response = जवाब
surveys-responses-col-day = दिन
surveys-responses-col-language = फ़ॉर्म की भाषा
surveys-responses-col-answered = जवाब दिए गए सवाल
surveys-responses-pages-label = जवाबों के पेज
surveys-responses-withdrawn = जवाब रद्द कर दिया गया। अब इसके जवाब नतीजों और एक्सपोर्ट की गई फ़ाइलों में नहीं गिने जाते।
surveys-responses-history = सुधार और रद्द किए गए जवाब
surveys-responses-history-none = कोई जवाब सुधारा या रद्द नहीं किया गया है।
surveys-responses-history-corrected = { $who } ने इसे { $date } को सुधारा
surveys-responses-history-withdrawn = { $who } ने इसे { $date } को रद्द किया
surveys-responses-someone = एक हटाया गया खाता
surveys-response-title = जवाब { $response }
surveys-response-answers = दिए गए जवाब
surveys-response-no-answer = जवाब नहीं दिया
surveys-response-corrected = जवाब सुधार दिया गया। नतीजों में अब इसके नए जवाब गिने जाते हैं।
surveys-response-unchanged = कोई जवाब नहीं बदला गया, इसलिए कुछ भी दर्ज नहीं हुआ।
surveys-response-review = सुधारें या रद्द करें
surveys-response-correct = जवाब सुधारें
surveys-response-correct-intro = फ़ॉर्म पहले से दर्ज जवाबों के साथ खुलेगा। जो ग़लत लिखा गया था उसे बदलें और आख़िरी भाग भेजें: पुराने जवाबों की जगह नए जवाब आ जाएँगे। बदलाव आपके नाम और कारण के साथ दर्ज किया जाता है।
surveys-response-correct-start = सुधारने के लिए जवाब खोलें
surveys-response-not-correctable = यह जवाब व्यक्ति ने खुद ऑनलाइन दिया था: इसे सुधारा नहीं जा सकता, सिर्फ़ रद्द किया जा सकता है।
surveys-response-reason-label = कारण
surveys-response-reason-hint = उदाहरण के लिए: “कागज़ के फ़ॉर्म के 1 की जगह 7 लिख दिया गया”। ज़्यादा से ज़्यादा 500 अक्षर।
surveys-response-withdraw = यह जवाब रद्द करें
surveys-response-withdraw-warning = इसके जवाब नतीजों और एक्सपोर्ट की गई फ़ाइलों से हमेशा के लिए हट जाएँगे। रद्द करने की कार्रवाई आपके नाम और कारण के साथ दर्ज की जाती है।
surveys-response-withdraw-confirm = हाँ, इसे रद्द करें
surveys-response-history = इस जवाब में हुए बदलाव
surveys-response-back = सभी जवाब
surveys-builder-codes = जवाबों के कोड
surveys-builder-codes-label = कोड, हर पंक्ति में एक
surveys-builder-codes-hint = ऊपर दिए जवाबों के क्रम में ही। एक्सपोर्ट की गई फ़ाइलें और शर्तें इनका इस्तेमाल करती हैं: छोटे लैटिन अक्षर (a–z), अंक, डैश (-) और अंडरस्कोर (_)। किसी के जवाब देने के बाद इन्हें बदला नहीं जा सकता।
surveys-slips-languages = पर्चियों की भाषाएँ
surveys-slips-languages-apply = पर्चियाँ इन भाषाओं में दिखाएँ
surveys-builder-transfer-heading = कॉपी या एक्सपोर्ट
surveys-builder-download-file = सर्वे की फ़ाइल डाउनलोड करें (JSON)
surveys-builder-download-hint = इसमें सर्वे के सवाल और पाठ सभी भाषाओं में होते हैं, ताकि किसी दूसरी योजना में या किसी दूसरी Ponte साइट पर इससे नया सर्वे शुरू किया जा सके। इसमें कोई जवाब नहीं होता।
surveys-builder-copy = इस सर्वे को कॉपी करें
surveys-builder-copy-intro = कॉपी एक नया मसौदा होती है, जिसमें वही सवाल, पाठ और भाषाएँ होती हैं, पर जवाब, कोड या तारीखें नहीं।
surveys-builder-copy-submit = कॉपी बनाएँ
surveys-builder-import-heading = सर्वे की फ़ाइल से शुरू करें
surveys-builder-import-intro = किसी सर्वे के संपादन पेज से डाउनलोड की गई सर्वे की फ़ाइल (JSON), यहाँ से या किसी दूसरी Ponte साइट से: इसके सवाल और पाठ एक नया मसौदा सर्वे बन जाते हैं।
surveys-builder-import-file = सर्वे की फ़ाइल
surveys-builder-import-title-hint = फ़ाइल में दिया गया शीर्षक रखने के लिए इसे खाली छोड़ दें।
surveys-builder-import-submit = सर्वे इंपोर्ट करें
