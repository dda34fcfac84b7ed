## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = सर्वेक्षणहरू
surveys-list-intro = आफ्नै भाषामा जवाफ दिनुहोस्। तपाईंका जवाफले योजनाका उपायहरू तय गर्न मद्दत गर्छन्।
surveys-list-empty = यो योजनाका लागि अहिलेसम्म कुनै सर्वेक्षण छैन।

surveys-phase-draft = अहिलेसम्म प्रकाशित भएको छैन
surveys-phase-not-yet-open = अहिलेसम्म खुलेको छैन
surveys-phase-open = खुला छ
surveys-phase-closed = बन्द भयो
surveys-open-until = { $date } सम्म खुला
surveys-opens-on = { $date } मा खुल्छ

surveys-facts = { $questions ->
    [one] { $questions } प्रश्न
   *[other] { $questions } वटा प्रश्न
}, { $sections ->
    [one] { $sections } भागमा
   *[other] { $sections } वटा भागमा
}। “अनिवार्य” नलेखिएको जुनसुकै प्रश्न तपाईं छोड्न सक्नुहुन्छ।
surveys-languages-heading = तपाईं यी भाषामा जवाफ दिन सक्नुहुन्छ
surveys-privacy-heading = हामी के राख्छौं
surveys-privacy-open = लगइन गर्न वा आफ्नो नाम दिन पर्दैन। तपाईंले जवाफ दिइसक्नुभएको कुरा यो ब्राउजरले सम्झन्छ, ताकि हरेक व्यक्तिले एक पटक मात्र जवाफ देओस्।
surveys-privacy-codes = तपाईंलाई दिइएको कागजमा भएको कोड चाहिन्छ। कोड एक पटक मात्र प्रयोग गर्न सकिन्छ। तपाईंका जवाफ कोडसँग जोडिँदैनन्: कोड प्रयोग भयो भन्ने कुरा मात्र हामी टिप्छौं।
surveys-privacy-account = हरेक व्यक्तिले एक पटक मात्र जवाफ देओस् भनेर तपाईंले लगइन गर्नुपर्छ। तपाईंका जवाफ तपाईंको खातासँग जोडिँदैनन्: यो खाताबाट जवाफ दिइसकिएको कुरा मात्र हामी टिप्छौं।
surveys-privacy-held = तपाईंका जवाफलाई तपाईंसँग कसैले जोड्न नसकोस् — हाम्रो डेटाबेस पढ्न सक्नेले पनि — भनेर, कम्तीमा थप 4 जनाका जवाफ नआउन्जेल तिनलाई छुट्टै राखिन्छ, अनि सबैलाई सँगै, अनियमित क्रममा, सुरक्षित गरिएको दिनसँग राखिन्छ। त्यतिन्जेल तिनलाई नतिजामा गनिँदैन।
surveys-privacy-address = कसैले धेरै जवाफ पठाउन नसकोस् भनेर, हामी एक घण्टासम्म हरेक इन्टरनेट ठेगानाबाट आएका जवाफ एउटा यस्तो कोडले गन्छौं जसबाट ठेगाना फर्काउन सकिँदैन र जुन एक दिनपछि मेटिन्छ।
surveys-privacy-stored = हामी तपाईंका जवाफ, तपाईंले जवाफ दिएको भाषा र दिन (समय होइन) राख्छौं। हामी तपाईंको नाम, इमेल, इन्टरनेट ठेगाना वा तपाईं को हुनुहुन्छ भनेर देखाउने अरू कुनै कुरा राख्दैनौं।

surveys-take-part-heading = भाग लिनुहोस्
surveys-start = सर्वेक्षण सुरु गर्नुहोस्
surveys-continue = जहाँ रोक्नुभएको थियो, त्यहीँबाट जारी राख्नुहोस्
surveys-sign-in-to-answer = जवाफ दिन लगइन गर्नुहोस्
surveys-already-answered = तपाईंले यो उपकरण वा खाताबाट यो सर्वेक्षणको जवाफ दिइसक्नुभएको छ। धन्यवाद!
surveys-cannot-answer-draft = यो सर्वेक्षण अहिलेसम्म प्रकाशित भएको छैन। तपाईं यसलाई तयार गर्दै हुनुहुन्छ, त्यसैले देख्न सक्नुहुन्छ।
surveys-cannot-answer-not-yet-open = यो सर्वेक्षण अहिलेसम्म जवाफका लागि खुलेको छैन।
surveys-cannot-answer-closed = यो सर्वेक्षण बन्द भइसक्यो। जवाफ दिनुहुने सबैलाई धन्यवाद।
surveys-see-results = नतिजा हेर्नुहोस्
surveys-rate-limited = पछिल्लो एक घण्टामा तपाईंको इन्टरनेट जडानबाट धेरै उत्तरहरू आए। कृपया पछि फेरि प्रयास गर्नुहोस्, वा परामर्श सञ्चालकसँग कागजी फारम माग्नुहोस्।

surveys-code-label = तपाईंको कोड
surveys-code-hint = कोड तपाईंलाई दिइएको कागजमा छ, जस्तै ABCD-2345। ठूला वा साना, जुनसुकै अक्षर चल्छ।
surveys-resume-heading = सेभ गरेका जवाफहरू जारी राख्नुहोस्
surveys-resume-label = जारी राख्ने तपाईंको कोड
surveys-resume-hint = जवाफ सेभ गर्दा तपाईंलाई देखाइएको कोड, जस्तै ABCD-EFGH-2345।
surveys-resume-submit = जारी राख्नुहोस्

surveys-answer-title = जवाफहरू
surveys-progress = { $total } मध्ये भाग { $current }
surveys-required = (अनिवार्य)
surveys-yes = हो
surveys-no = होइन
surveys-prefer-not-to-say = म भन्न चाहन्नँ
surveys-other = अन्य
surveys-other-write = अन्य: कृपया लेख्नुहोस्
surveys-choose = एउटा जवाफ छान्नुहोस्
surveys-choose-any = लागू हुने सबै छान्नुहोस्।
surveys-choose-up-to = { $count ->
    [one] बढीमा { $count } जवाफ छान्नुहोस्।
   *[other] बढीमा { $count } वटा जवाफ छान्नुहोस्।
}
surveys-ranking-hint = हरेकलाई फरक नम्बर दिनुहोस्: 1 सबैभन्दा महत्त्वपूर्ण हो।
surveys-number-between = { $min } देखि { $max } सम्मको सङ्ख्या।
surveys-text-limit = बढीमा { $count } अक्षर।
surveys-date-hint = दिन, महिना र वर्ष।
surveys-only-if = माथि “{ $answer }” जवाफ दिनुभएको छ भने मात्र जवाफ दिनुहोस्।
surveys-only-if-not = माथि “{ $answer }” जवाफ दिनुभएको छैन भने मात्र जवाफ दिनुहोस्।
surveys-only-if-answered = माथिको प्रश्नको जवाफ दिनुभएको छ भने मात्र जवाफ दिनुहोस्।
surveys-more-questions = तपाईंका जवाफले यो पृष्ठमा थप प्रश्नहरू खोलेका छन्। अगाडि बढ्नुअघि कृपया ती हेर्नुहोस्।
surveys-problems-title = कृपया यी जवाफहरू जाँच्नुहोस्
surveys-problem-required = कृपया यो प्रश्नको जवाफ दिनुहोस्।
surveys-problem-unknown-option = यो जवाफ दिइएका विकल्पमध्ये एउटा होइन। कृपया फेरि छान्नुहोस्।
surveys-problem-too-many-values = कृपया यहाँ एउटा मात्र जवाफ दिनुहोस्।
surveys-problem-too-many-choices = तपाईंले धेरै जवाफ छान्नुभयो। कृपया कम छान्नुहोस्।
surveys-problem-out-of-range = यो तोकिएको सीमाभन्दा बाहिर छ।
surveys-problem-too-long = यो पाठ धेरै लामो छ। कृपया छोटो बनाउनुहोस्।
surveys-problem-not-a-number = कृपया एउटा सङ्ख्या लेख्नुहोस्, जस्तै 12।
surveys-problem-not-a-date = कृपया पूरा मिति दिनुहोस्: दिन, महिना र वर्ष।
surveys-problem-incomplete = यो जवाफ पूरा भएको छैन। कृपया पूरा गर्नुहोस्।
surveys-next = अर्को
surveys-send = मेरा जवाफ पठाउनुहोस्
surveys-back = पछाडि
surveys-save = सेभ गर्नुहोस् र पछि जारी राख्नुहोस्
surveys-answer-in = भाषा बदल्नुहोस्। तपाईंका जवाफ सेभ भइरहन्छन्:

surveys-saved-title = तपाईंका जवाफ सेभ भए
surveys-saved-intro = पछि जारी राख्न, यो वा अर्को उपकरणमा सर्वेक्षण खोल्नुहोस् र यो कोड लेख्नुहोस्:
surveys-saved-keep = यसलाई लेखेर राख्नुहोस् वा फोटो खिच्नुहोस्। तपाईंका जवाफ 30 दिनसम्म राखिन्छन्।
surveys-saved-no-code = तपाईंका जवाफ यो उपकरणमा सेभ भएका छन्। जारी राख्न सर्वेक्षण फेरि खोल्नुहोस्।
surveys-back-to-survey = सर्वेक्षणमा फर्कनुहोस्
surveys-back-to-plan = योजनामा फर्कनुहोस्

surveys-thanks-title = तपाईंका जवाफका लागि धन्यवाद
surveys-thanks-intro = तपाईंका जवाफ हामीलाई मिले। नगरपालिकाले आफूले के सिक्यो र योजनामा त्यसलाई कसरी प्रयोग गर्छ भन्ने कुरा प्रकाशित गर्नेछ।

surveys-results-title = नतिजा
surveys-results-total = { $count ->
    [one] { $count } जवाफ
   *[other] { $count } वटा जवाफ
}
surveys-results-too-few = 5 भन्दा कम जवाफ: जवाफ दिनेहरूको सुरक्षाका लागि देखाइएको छैन।
surveys-results-suppressed-note = जवाफ दिनेहरूको सुरक्षाका लागि, 5 जनाभन्दा कम मानिसका समूह देखाइँदैनन्।
surveys-results-no-breakdown = भाषा वा जवाफ आएको तरिकाअनुसारको विभाजन योजनाका सहजकर्तालाई मात्र देखाइन्छ: कुल सङ्ख्यासँग तुलना गर्दा यसले साना समूह खुलाउन सक्छ।
surveys-results-held = { $count ->
    [one] कम्तीमा 5 नआउन्जेल (वा सर्वेक्षण बन्द नहुन्जेल) 1 जवाफ छुट्टै राखिएको छ, ताकि कसैले पनि त्यसलाई दिने व्यक्तिसँग जोड्न नसकोस्। यो अझै गनिएको छैन।
   *[other] कम्तीमा 5 नआउन्जेल (वा सर्वेक्षण बन्द नहुन्जेल) { $count } जवाफ छुट्टै राखिएका छन्, ताकि कसैले पनि तिनलाई दिने मानिससँग जोड्न नसकोस्। यी अझै गनिएका छैनन्।
}
surveys-results-exact-note = तपाईं यो योजनामा काम गर्नुहुन्छ, त्यसैले ठ्याक्कै सङ्ख्या देख्नुहुन्छ। प्रकाशित नतिजामा 5 जनाभन्दा कम मानिसका समूह लुकाइन्छन्।
surveys-results-answered = { $count ->
    [one] { $count } जनाले जवाफ दिनुभयो
   *[other] { $count } जनाले जवाफ दिनुभयो
}
surveys-results-mean-median = औसत: { $mean } · मध्यिका: { $median }
surveys-results-several = मानिसहरूले एकभन्दा बढी जवाफ छान्न सक्थे, त्यसैले प्रतिशतको जोड 100% भन्दा बढी हुन्छ।
surveys-results-answer = जवाफ
surveys-results-count = मानिस
surveys-results-percent = प्रतिशत
surveys-results-chart = चार्ट
surveys-fewer-than-5 = 5 भन्दा कम
surveys-results-more-texts = यहाँ पछिल्ला जवाफहरू मात्र देखाइएका छन्। सबै पढ्न डेटा डाउनलोड गर्नुहोस्।
surveys-text-hidden = मोडरेटरले लुकाएको: प्रकाशित नतिजामा देखाइँदैन।
surveys-text-hide = यो जवाफ लुकाउनुहोस्
surveys-text-show = यो जवाफ फेरि देखाउनुहोस्
surveys-filter-label = नतिजा छान्नुहोस्
surveys-filter-language = जवाफको भाषा
surveys-filter-channel = जवाफ कसरी आए
surveys-filter-all = सबै
surveys-filter-apply = देखाउनुहोस्

surveys-channel-online = अनलाइन, व्यक्ति आफैंले
surveys-channel-paper = कागजको फारम
surveys-channel-interview = परामर्श सञ्चालकसँग अन्तर्वार्ता
surveys-channel-interpreter = दोभाषेसँग अन्तर्वार्ता

surveys-manage-heading = परामर्श सञ्चालकहरूका लागि
surveys-response-count = { $count ->
    [one] अहिलेसम्म { $count } जवाफ।
   *[other] अहिलेसम्म { $count } वटा जवाफ।
}
surveys-preview = सर्वेक्षणको पूर्वावलोकन गर्नुहोस्
surveys-preview-note = पूर्वावलोकन: यहाँ तपाईंले छानेको केही पनि पठाइँदैन वा राखिँदैन।
surveys-preview-nav = पूर्वावलोकनका पृष्ठहरू
surveys-preview-end = पूर्वावलोकनबाट बाहिर निस्कनुहोस्
surveys-export-csv = जवाफहरू डाउनलोड गर्नुहोस् (CSV, स्प्रेडसिटका लागि)
surveys-export-json = जवाफहरू डाउनलोड गर्नुहोस् (JSON)
surveys-assisted-heading = अरू कसैको तर्फबाट जवाफ भर्नुहोस्
surveys-assisted-intro = कागजका फारम र अन्तर्वार्ताका लागि। जवाफ कसरी सङ्कलन गरियो छान्नुहोस्; त्यसपछि उहाँका जवाफले सर्वेक्षण भर्नुहोस्।
surveys-assisted-note = तपाईं अरू कसैको तर्फबाट जवाफ भर्दै हुनुहुन्छ:
surveys-assisted-start = भर्न सुरु गर्नुहोस्
surveys-channel-label = जवाफ कसरी सङ्कलन गरियो
surveys-interview-lang-label = अन्तर्वार्ताको भाषा
surveys-interview-lang-same = सर्वेक्षणकै भाषा
surveys-entered = जवाफ सेभ भयो। तपाईं अर्को जवाफ भर्न सक्नुहुन्छ।

surveys-codes-title = एक पटक मात्र चल्ने कोडहरू
surveys-codes-intro = हरेक कोडले एक जना व्यक्तिलाई एक पटक जवाफ दिन दिन्छ। कोडहरू प्रिन्ट गर्नुहोस् र भेलाहरूमा बाँड्नुहोस्।
surveys-codes-counts = { $unused ->
    [one] { $unused } कोड अहिलेसम्म प्रयोग भएको छैन
   *[other] { $unused } वटा कोड अहिलेसम्म प्रयोग भएका छैनन्
}, { $used ->
    [one] { $used } प्रयोग भयो।
   *[other] { $used } वटा प्रयोग भए।
}
surveys-codes-count-label = कति वटा नयाँ कोड
surveys-codes-count-hint = 1 देखि 500 सम्म।
surveys-codes-create = कोडहरू बनाउनुहोस्
surveys-codes-print = प्रयोग नभएको हरेक कोडका लागि एउटा चिट पाउन यो पृष्ठ प्रिन्ट गर्नुहोस्।
surveys-slip-go-to = यो ठेगानामा जानुहोस्:
surveys-slip-code = र यो कोड लेख्नुहोस्:
surveys-slip-qr = QR कोड: यसलाई फोनको क्यामेराले स्क्यान गर्नुहोस्, सर्वेक्षण यो कोड भरिएको अवस्थामा खुल्नेछ

## सर्वेक्षण बनाउने साधन (परामर्श सञ्चालकहरूका लागि)।
surveys-builder-title = सर्वेक्षण सम्पादन गर्नुहोस्
surveys-builder-new-title = नयाँ सर्वेक्षण
surveys-builder-new-intro = सर्वेक्षणलाई एउटा शीर्षक र छोटो वेब ठेगाना दिनुहोस्। प्रश्नहरू त्यसपछि थप्नुहुन्छ; तपाईंले प्रकाशित नगरेसम्म कसैले पनि सर्वेक्षण देख्दैन।
surveys-builder-title-label = शीर्षक
surveys-builder-slug-label = वेब ठेगानाका लागि छोटो नाम
surveys-builder-slug-hint = साना ल्याटिन अक्षर (a-z), अङ्क र ड्यास (-), जस्तै survey-2027।
surveys-builder-own-language = सर्वेक्षणको मूल भाषा
surveys-builder-access-label = कसले जवाफ दिन सक्छ
surveys-access-open = जो कोही पनि, लगइन नगरी (एउटा उपकरणबाट एउटा जवाफ)
surveys-access-codes = कागजमा दिइएको, एक पटक मात्र चल्ने कोड भएका मानिसहरू
surveys-access-account = लगइन गर्ने मानिसहरू (एउटा खाताबाट एउटा जवाफ)
surveys-builder-create = सर्वेक्षण बनाउनुहोस्
surveys-builder-saved = सेभ भयो।
surveys-builder-languages-heading = भाषाहरू
surveys-builder-languages-hint = कुनै भाषाका पाठहरू लेख्न वा जाँच्न त्यो भाषा छान्नुहोस्। सर्वेक्षणको मूल भाषा सबैभन्दा पहिले आउँछ।
surveys-builder-language = भाषा
surveys-builder-translations = पाठहरू
surveys-builder-complete = सबै पाठ लेखिसकिए
surveys-builder-missing = { $count ->
    [one] { $count } पाठ बाँकी छ
   *[other] { $count } वटा पाठ बाँकी छन्
}
surveys-builder-not-a-survey-language = यो सर्वेक्षण यस भाषामा उपलब्ध छैन। माथि दिइएका यसका भाषामध्ये एउटा छान्नुहोस्।
surveys-builder-offered-languages = यो सर्वेक्षण उपलब्ध भएका भाषाहरू
surveys-builder-offered-languages-hint = यहाँ चिन्ह लगाइएका भाषामा मानिसहरूले जवाफ दिन सक्छन्। कुनै भाषाका पाठहरू लेखिसकेपछि त्यो भाषा थप्नुहोस्; सर्वेक्षणको मूल भाषा सधैं उपलब्ध हुन्छ।
surveys-builder-publish-missing = केही पाठहरू अझै अनुवाद भएका छैनन्: { $languages }। यी भाषामा जवाफ दिनेहरूले ती पाठहरू { $language } भाषामा देख्छन्।
surveys-builder-status-heading = स्थिति
surveys-builder-published = प्रकाशित छ।
surveys-builder-draft = मस्यौदा: परामर्श सञ्चालकहरूले मात्र यसलाई देख्न सक्छन्।
surveys-builder-publish = प्रकाशित गर्नुहोस्
surveys-builder-unpublish = फेरि मस्यौदामा फर्काउनुहोस्
surveys-builder-locked = यो सर्वेक्षणमा जवाफहरू आइसकेका छन्: तपाईं यसका पाठहरू बदल्न सक्नुहुन्छ, तर प्रश्न, विकल्प वा कसले जवाफ दिन सक्छ भन्ने कुरा बदल्न सक्नुहुन्न।
surveys-builder-settings-heading = सेटिङहरू
surveys-builder-intro-label = परिचय
surveys-builder-opens-label = खुल्ने मिति (अनिवार्य होइन)
surveys-builder-closes-label = बन्द हुने मिति (अनिवार्य होइन)
surveys-builder-results-public = नतिजा प्रकाशित गर्नुहोस् (5 जनाभन्दा कम मानिसका समूह लुकाइन्छन्)
surveys-builder-save = सेभ गर्नुहोस्
surveys-builder-questions-heading = प्रश्नहरू
surveys-builder-translating-hint = तपाईं अर्को भाषामा पाठहरू लेख्दै हुनुहुन्छ। प्रश्न र विकल्पहरू सर्वेक्षणको मूल भाषामा मात्र थपिन्छन् र हटाइन्छन्।
surveys-builder-section-title = यो भागको शीर्षक
surveys-builder-kind-label = प्रश्नको किसिम
surveys-builder-question-text = प्रश्न
surveys-builder-add-question = प्रश्न थप्नुहोस्
surveys-builder-add-section = एउटा भाग थप्नुहोस्
surveys-builder-plain = उही प्रश्न सजिलो शब्दमा (अनिवार्य होइन)
surveys-builder-help = सहायताका लागि पाठ (अनिवार्य होइन)
surveys-builder-options = विकल्पहरू
surveys-builder-rows = पङ्क्तिहरू (हरेक पङ्क्तिमा मूल्याङ्कन गर्ने एउटा कुरा)
surveys-builder-scale-points = हरेक पङ्क्तिका लागि जवाफहरू
surveys-builder-lines-hint = हरेक पङ्क्तिमा एउटा। कुनै पङ्क्ति हटाउँदा त्यो विकल्प हट्छ।
surveys-builder-lines-translate-hint = हरेक पङ्क्तिमा एउटा, सर्वेक्षणको मूल भाषामा जुन क्रममा छन्, त्यही क्रममा।
surveys-builder-max-choices = बढीमा कति विकल्प छान्न पाइन्छ (खाली: कुनै सीमा छैन)
surveys-builder-other = लेख्ने ठाउँसहित “अन्य” विकल्प दिनुहोस्
surveys-builder-min = सबैभन्दा सानो सङ्ख्या
surveys-builder-max = सबैभन्दा ठूलो सङ्ख्या
surveys-builder-min-label = सबैभन्दा सानो सङ्ख्याका लागि शब्द
surveys-builder-max-label = सबैभन्दा ठूलो सङ्ख्याका लागि शब्द
surveys-builder-min-date = सबैभन्दा पहिलेको मिति (वर्ष-महिना-दिन)
surveys-builder-max-date = सबैभन्दा पछिको मिति (वर्ष-महिना-दिन)
surveys-builder-max-len = बढीमा कति अक्षर
surveys-builder-required = जवाफ दिनु अनिवार्य छ
surveys-builder-pnts = “म भन्न चाहन्नँ” विकल्प दिनुहोस्
surveys-builder-condition = यो प्रश्न कहिले देखाउने
surveys-builder-condition-question = कुन प्रश्नको जवाफमा भर पर्छ
surveys-builder-always = सधैं देखाउनुहोस्
surveys-builder-condition-op = जवाफ यस्तो हुँदा देखाउनुहोस्
surveys-builder-op-equals = यो हो
surveys-builder-op-not_equals = यो होइन
surveys-builder-op-any_of = यीमध्ये एउटा हो
surveys-builder-op-answered = दिइएको छ
surveys-builder-condition-answers = यो देखाउने उत्तरहरू
surveys-builder-condition-pick-question = यो प्रश्न केही उत्तरपछि मात्र देखाउन, अघिल्लो प्रश्न छान्नुहोस् र सुरक्षित गर्नुहोस्: त्यसपछि त्यसका उत्तरहरू यहाँ देखिनेछन्।
surveys-builder-condition-no-answers = यो प्रश्नमा छान्नका लागि कुनै उत्तर छैनन्। अर्को प्रश्न छानेर सुरक्षित गर्नुहोस्, वा उत्तर दिइएपछि जहिले पनि यसलाई देखाउनुहोस्।
surveys-builder-move-up = माथि सार्नुहोस्
surveys-builder-move-down = तल सार्नुहोस्
surveys-builder-delete = प्रश्न मेटाउनुहोस्
surveys-builder-delete-warning = यो प्रश्न र सबै भाषामा यसका पाठहरू सधैँका लागि मेटिनेछन्।
surveys-builder-delete-confirm = हो, यो प्रश्न मेटाउनुहोस्
surveys-kind-single_choice = एउटा विकल्प
surveys-kind-multiple_choice = धेरै विकल्प
surveys-kind-dropdown = सूचीबाट एउटा विकल्प
surveys-kind-scale = स्केल
surveys-kind-yes_no = हो वा होइन
surveys-kind-short_text = छोटो पाठ
surveys-kind-long_text = लामो पाठ
surveys-kind-number = सङ्ख्या
surveys-kind-date = मिति
surveys-kind-ranking = क्रममा मिलाउने
surveys-kind-matrix = ग्रिड (पङ्क्ति र जवाफ)
surveys-correcting-note = तपाईं जवाफ { $response } सच्याउँदै हुनुहुन्छ। अन्तिम भाग पठाएपछि यसका पुराना जवाफहरूको ठाउँमा नयाँ जवाफ राखिन्छन्।
surveys-responses-title = जवाफहरू
surveys-responses-count = { $count ->
    [one] { $count } जवाफ सेभ गरिएको छ।
   *[other] { $count } वटा जवाफ सेभ गरिएका छन्।
}
surveys-responses-held = { $count ->
    [one] थप { $count } जवाफ अरूसँगै सेभ गर्न पुग्ने जति जवाफ नआउन्जेल छुट्टै राखिएको छ; सेभ भएपछि यो सूचीमा देखिन्छ।
   *[other] थप { $count } वटा जवाफ अरूसँगै सेभ गर्न पुग्ने जति जवाफ नआउन्जेल छुट्टै राखिएका छन्; सेभ भएपछि यी सूचीमा देखिन्छन्।
}
surveys-responses-none = देखाउनका लागि कुनै जवाफ छैन।
surveys-responses-filter-label = जवाफहरू छान्नुहोस्
surveys-responses-col-response = जवाफ
surveys-responses-col-day = दिन
surveys-responses-col-language = फारमको भाषा
surveys-responses-col-answered = जवाफ दिइएका प्रश्न
surveys-responses-pages-label = जवाफका पृष्ठहरू
surveys-responses-withdrawn = जवाफ रद्द गरियो। यसका जवाफहरू अब नतिजा र निर्यात गरिएका फाइलहरूमा गनिँदैनन्।
surveys-responses-history = सच्याइएका र रद्द गरिएका जवाफ
surveys-responses-history-none = कुनै पनि जवाफ सच्याइएको वा रद्द गरिएको छैन।
surveys-responses-history-corrected = { $date } मा { $who } द्वारा सच्याइयो
surveys-responses-history-withdrawn = { $date } मा { $who } द्वारा रद्द गरियो
surveys-responses-someone = मेटाइएको खाता
surveys-response-title = जवाफ { $response }
surveys-response-answers = दिइएका जवाफ
surveys-response-no-answer = जवाफ दिइएको छैन
surveys-response-corrected = जवाफ सच्याइयो। नतिजामा अब यसका नयाँ जवाफ गनिन्छन्।
surveys-response-unchanged = कुनै जवाफ बदलिएन, त्यसैले केही पनि रेकर्ड गरिएन।
surveys-response-review = सच्याउनुहोस् वा रद्द गर्नुहोस्
surveys-response-correct = जवाफहरू सच्याउनुहोस्
surveys-response-correct-intro = जवाफ फारम पहिले भरिएका जवाफसहित खुल्छ। गलत भरिएको कुरा बदल्नुहोस् र अन्तिम भाग पठाउनुहोस्: पुराना जवाफको ठाउँमा नयाँ जवाफ राखिन्छन्। यो परिवर्तन तपाईंको नाम र कारणसहित रेकर्ड गरिन्छ।
surveys-response-correct-start = सच्याउन जवाफहरू खोल्नुहोस्
surveys-response-not-correctable = यो जवाफ व्यक्ति आफैंले अनलाइन दिनुभएको हो: यसलाई सच्याउन मिल्दैन, रद्द मात्र गर्न सकिन्छ।
surveys-response-reason-label = कारण
surveys-response-reason-hint = उदाहरणका लागि: “कागजको फारमको 1 को सट्टा 7 भरियो”। बढीमा 500 अक्षर।
surveys-response-withdraw = यो जवाफ रद्द गर्नुहोस्
surveys-response-withdraw-warning = यसका जवाफहरू नतिजा र निर्यात गरिएका फाइलहरूबाट सधैँका लागि हट्छन्। रद्द गरिएको कुरा तपाईंको नाम र कारणसहित रेकर्ड गरिन्छ।
surveys-response-withdraw-confirm = हो, यसलाई रद्द गर्नुहोस्
surveys-response-history = यो जवाफमा गरिएका परिवर्तन
surveys-response-back = सबै जवाफ
surveys-builder-codes = जवाफका कोडहरू
surveys-builder-codes-label = कोडहरू, हरेक पङ्क्तिमा एउटा
surveys-builder-codes-hint = माथिका जवाफहरूकै क्रममा। निर्यात गरिएका फाइलहरू र सर्तहरूले यिनलाई प्रयोग गर्छन्: साना ल्याटिन अक्षर (a–z), अङ्क, ड्यास (-) र अन्डरस्कोर (_)। कसैले जवाफ दिइसकेपछि यिनलाई बदल्न सकिँदैन।
surveys-slips-languages = चिटहरूको भाषा
surveys-slips-languages-apply = चिटहरू यी भाषाहरूमा देखाउनुहोस्
surveys-builder-transfer-heading = प्रतिलिपि वा निर्यात
surveys-builder-download-file = सर्वेक्षणको फाइल डाउनलोड गर्नुहोस् (JSON)
surveys-builder-download-hint = यसमा सबै भाषामा सर्वेक्षणका प्रश्न र पाठहरू हुन्छन्, ताकि अर्को योजनामा वा अर्को Ponte साइटमा यसबाट नयाँ सर्वेक्षण सुरु गर्न सकियोस्। यसमा कुनै जवाफ हुँदैन।
surveys-builder-copy = यो सर्वेक्षणको प्रतिलिपि बनाउनुहोस्
surveys-builder-copy-intro = प्रतिलिपि एउटा नयाँ मस्यौदा हो, जसमा उही प्रश्न, पाठ र भाषाहरू हुन्छन्, तर जवाफ, कोड वा मितिहरू हुँदैनन्।
surveys-builder-copy-submit = प्रतिलिपि बनाउनुहोस्
surveys-builder-import-heading = सर्वेक्षणको फाइलबाट सुरु गर्नुहोस्
surveys-builder-import-intro = कुनै सर्वेक्षणको सम्पादन पृष्ठबाट डाउनलोड गरिएको सर्वेक्षणको फाइल (JSON), यहाँ वा अर्को Ponte साइटमा: यसका प्रश्न र पाठहरू मस्यौदाका रूपमा नयाँ सर्वेक्षण बन्छन्।
surveys-builder-import-file = सर्वेक्षणको फाइल
surveys-builder-import-title-hint = फाइलमा भएको शीर्षक राख्न यसलाई खाली छोड्नुहोस्।
surveys-builder-import-submit = सर्वेक्षण आयात गर्नुहोस्
