## योजनाओं वाला हिस्सा: योजनाएँ, क्षेत्र, संस्थाएँ और प्रस्तावित उपाय।

plans-home-title = प्रवासियों के एकीकरण की योजनाएँ
plans-home-intro = नगरपालिकाएँ वहाँ रहने वाले लोगों के साथ मिलकर प्रवासियों के एकीकरण की अपनी योजनाएँ बना रही हैं। प्रस्तावित उपाय पढ़ें और देखें कि कौन-कौन शामिल है।
plans-home-empty = यहाँ अभी कोई योजना प्रकाशित नहीं हुई है।

plans-kind-municipal = नगरपालिका की योजना
plans-kind-intermunicipal = कई नगरपालिकाओं की साझा योजना

plans-status-drafting = तैयारी में
plans-status-drafting-explained = नगरपालिका योजना का मसौदा लिख रही है। प्रस्तावित उपाय अभी काफ़ी बदल सकते हैं।
plans-status-consultation = सार्वजनिक परामर्श चल रहा है
plans-status-consultation-explained = योजना का मसौदा सबके पढ़ने के लिए खुला है। निवासी, प्रवासी और संगठन जो कहते हैं, उससे उपायों को बेहतर बनाया जाता है।
plans-status-approved = स्वीकृत
plans-status-approved-explained = नगरपालिका के निकायों ने योजना को स्वीकृत कर दिया है। अब इसे लागू किया जाएगा।
plans-status-monitoring = लागू हो रही है
plans-status-monitoring-explained = योजना के उपाय लागू किए जा रहे हैं और उन पर नज़र रखी जा रही है।

plans-field-status = चरण
plans-field-kind = योजना का प्रकार
plans-field-promoter = किसकी पहल
plans-field-period = अवधि
plans-municipalities-heading = नगरपालिकाएँ
plans-municipality = नगरपालिका
plans-residents = निवासी
plans-foreign-residents = विदेशी निवासी

plans-next-heading = अब आप क्या कर सकते हैं
plans-next-measures = क्षेत्र के हिसाब से प्रस्तावित उपाय पढ़ें
plans-overview-measures = { $areas ->
    [one] { $areas } क्षेत्र में
   *[other] { $areas } क्षेत्रों में
} { $measures ->
    [one] { $measures } उपाय
   *[other] { $measures } उपाय
}, { $core ->
    [one] जिनमें से { $core } मुख्य है (स्तर 1)
   *[other] जिनमें से { $core } मुख्य हैं (स्तर 1)
}
plans-next-entities = स्थानीय सेवाएँ और संस्थाएँ देखें
plans-next-surveys = सर्वे में जवाब दें और उनके नतीजे देखें
plans-entity-count = { $count ->
    [one] { $count } संस्था
   *[other] { $count } संस्थाएँ
}

plans-levels-heading = स्तर 1 और स्तर 2 का क्या मतलब है?
plans-level-1-badge = स्तर 1 · मुख्य
plans-level-2-badge = स्तर 2
plans-level-1-explained = स्तर 1 के उपाय योजना का मुख्य हिस्सा हैं। नगरपालिकाएँ पक्का करती हैं कि इन्हें लागू किया जाएगा।
plans-level-2-explained = स्तर 2 के उपाय भी योजना में हैं, लेकिन ये तभी लागू होंगे जब पैसा और साझेदार मिलें।

plans-areas-title = क्षेत्र और उपाय
plans-areas-intro = योजना काम के अलग-अलग क्षेत्रों में बँटी है। किसी क्षेत्र के प्रस्तावित उपाय देखने के लिए उसे चुनें।
plans-area-no-measures = इस क्षेत्र में अभी कोई प्रस्तावित उपाय नहीं है।
plans-area-counts = { $measures ->
    [one] { $measures } प्रस्तावित उपाय
   *[other] { $measures } प्रस्तावित उपाय
}, { $core ->
    [one] जिनमें से { $core } मुख्य है
   *[other] जिनमें से { $core } मुख्य हैं
}
plans-area-measures-heading = प्रस्तावित उपाय

plans-measure-status-draft = मसौदा
plans-measure-status-revised = संशोधित मसौदा
plans-measure-status-final = अंतिम रूप
plans-measure-summary = संक्षेप में
plans-measure-description = क्या किया जाएगा
plans-measure-objectives = उद्देश्य
plans-measure-indicators = प्रगति कैसे मापी जाएगी
plans-measure-indicator = संकेतक
plans-measure-target = लक्ष्य
plans-measure-timeline = कब
plans-measure-responsible = ज़िम्मेदार
plans-measure-partners = साझेदार
plans-measure-no-partners = अभी किसी साझेदार का नाम नहीं दिया गया है।
plans-measure-area = क्षेत्र

plans-entities-title = स्थानीय सेवाएँ और संस्थाएँ
plans-entities-intro = स्थानीय अध्ययन में मिली संस्थाएँ: सरकारी सेवाएँ, स्कूल, स्वास्थ्य केंद्र, संगठन और दूसरी संस्थाएँ। साथ में लिखा है कि वे क्या मदद देती हैं।
plans-entities-all = सभी संस्थाएँ
plans-entities-in-area = इस क्षेत्र में काम करने वाली संस्थाएँ: { $area }
plans-entities-filter-label = काम का क्षेत्र
plans-entities-filter-all = सभी क्षेत्र
plans-entities-filter-apply = दिखाएँ
plans-entity-services = सेवाएँ
plans-entity-areas = काम के क्षेत्र

plans-entity-kind-municipality = नगरपालिका
plans-entity-kind-intermunicipal = कई नगरपालिकाओं की साझा संस्था
plans-entity-kind-claim = प्रवासियों की मदद का स्थानीय केंद्र (CLAIM)
plans-entity-kind-association = संगठन
plans-entity-kind-school = स्कूल
plans-entity-kind-health_unit = स्वास्थ्य केंद्र
plans-entity-kind-employer = नियोक्ता
plans-entity-kind-employment_service = रोज़गार सेवा
plans-entity-kind-ngo = गैर-सरकारी संगठन
plans-entity-kind-parish = स्थानीय परिषद (Junta de freguesia)
plans-entity-kind-media = समाचार माध्यम
plans-entity-kind-other = अन्य
plans-timeline-heading = योजना कैसे बनाई जा रही है
plans-timeline-empty = प्रक्रिया की तारीख़ें अभी तय नहीं हुई हैं।
plans-timeline-working-days = { $count ->
    [one] { $count } कार्य दिवस
   *[other] { $count } कार्य दिवस
}
plans-timeline-done = पूरा हो गया
plans-timeline-now = अभी चल रहा है
plans-timeline-later = अभी शुरू नहीं हुआ
plans-timeline-saved = समय-सारणी सहेज ली गई।
plans-timeline-add = एक चरण जोड़ें
plans-timeline-kind = चरण
plans-timeline-starts = पहला दिन
plans-timeline-ends = आख़िरी दिन
plans-timeline-or-days = या कार्य दिवसों में इसकी अवधि
plans-timeline-days-hint = दिन वैसे ही गिने जाते हैं जैसे सरकारी समय-सीमाएँ: शनिवार, रविवार और राष्ट्रीय छुट्टियाँ नहीं गिनी जातीं। यह अवधि इस्तेमाल करने के लिए आख़िरी दिन खाली छोड़ दें।
plans-timeline-add-submit = चरण जोड़ें
plans-timeline-remove = यह चरण हटाएँ
plans-phase-diagnosis = स्थानीय अध्ययन
plans-phase-surveys = सर्वे
plans-phase-focus-groups = फ़ोकस ग्रुप
plans-phase-information-sessions = जानकारी सत्र
plans-phase-consultation = योजना के मसौदे पर सार्वजनिक परामर्श
plans-phase-forum = फ़ोरम
plans-phase-approval = स्वीकृति
plans-phase-monitoring = निगरानी
plans-activity-title = गतिविधि लॉग
plans-activity-link = इस योजना में क्या बदला गया और किसने बदला (गतिविधि लॉग)
plans-activity-intro = इस योजना, इसके सर्वे, उनके जवाबों और इसके उपायों के आधार में किया गया हर बदलाव, सबसे नया सबसे पहले। यह पेज सिर्फ़ योजना के परामर्श संचालक और प्रशासक देखते हैं।
plans-activity-times = यहाँ दिए गए सभी समय योजना के स्थानीय समय के अनुसार हैं: { $zone }।
plans-activity-none = अभी तक कुछ नहीं बदला गया है।
plans-activity-someone = एक हटाया गया खाता, या सर्वर की कमांड लाइन
plans-activity-col-when = कब
plans-activity-col-who = किसने
plans-activity-col-what = क्या
plans-activity-col-about = किस बारे में
plans-activity-pages-label = गतिविधि लॉग के पेज
plans-activity-account-deleted = एक खाता हटाया गया
plans-activity-evidence-linked = एक नतीजा आधार के रूप में किसी उपाय से जोड़ा गया
plans-activity-evidence-rationale-changed = यह बात बदली गई कि कोई नतीजा किसी उपाय का आधार क्यों है
plans-activity-evidence-unlinked = किसी नतीजे का किसी उपाय से जुड़ाव हटाया गया
plans-activity-plan-phase-added = समय-सारणी में एक चरण जोड़ा गया
plans-activity-plan-phase-removed = समय-सारणी से एक चरण हटाया गया
plans-activity-role-granted = किसी को भूमिका दी गई
plans-activity-role-revoked = एक भूमिका हटाई गई
plans-activity-survey-codes-created = एक बार इस्तेमाल होने वाले कोड बनाए गए
plans-activity-survey-created = एक सर्वे बनाया गया
plans-activity-survey-published = एक सर्वे प्रकाशित किया गया
plans-activity-survey-unpublished = एक सर्वे को वापस मसौदा बनाया गया
plans-activity-survey-question-added = एक सवाल जोड़ा गया
plans-activity-survey-question-changed = एक सवाल में बदलाव किया गया
plans-activity-survey-question-deleted = एक सवाल हटाया गया
plans-activity-survey-question-moved = एक सवाल की जगह बदली गई
plans-activity-survey-section-added = एक भाग जोड़ा गया
plans-activity-survey-section-renamed = एक भाग का शीर्षक बदला गया
plans-activity-survey-settings-changed = एक सर्वे की सेटिंग्स बदली गईं
plans-activity-survey-text-hidden = एक लिखा हुआ जवाब नतीजों से छिपाया गया
plans-activity-survey-text-shown = एक लिखा हुआ जवाब फिर से दिखाया गया
plans-activity-survey-response-corrected = एक जवाब सुधारा गया
plans-activity-survey-response-withdrawn = एक जवाब रद्द किया गया
plans-new-title = नई योजना बनाएँ
plans-new-intro = नई योजना तैयारी के चरण से शुरू होती है, एक ही भाषा में लिखी जाती है, और उसमें प्रवासियों के एकीकरण की नगरपालिका योजना के काम के 16 क्षेत्र होते हैं। इसके परामर्श संचालक “लोग और भूमिकाएँ” पेज पर चुनें; बाक़ी हिस्सा वे लिखते हैं।
plans-new-title-label = योजना का शीर्षक
plans-new-slug-hint = योजना के पते का आख़िरी हिस्सा: 3 से 60 अक्षर, छोटे लैटिन अक्षर (a–z), अंक और डैश (-), जैसे lisboa-2026।
plans-new-municipalities-hint = नगरपालिका की योजना के लिए एक, कई नगरपालिकाओं की साझा योजना के लिए दो या ज़्यादा। कई चुनने के लिए Ctrl (या Cmd) दबाए रखें।
plans-new-lang-label = योजना की मूल भाषा
plans-new-start = योजना की अवधि का पहला दिन
plans-new-end = योजना की अवधि का आख़िरी दिन
plans-new-submit = योजना बनाएँ
plans-created = योजना बन गई। इसके परामर्श संचालक “लोग और भूमिकाएँ” पेज पर चुनें।
plans-activity-plan-created = योजना बनाई गई
plans-home-search-label = योजना खोजें
plans-home-query = नगरपालिका
plans-home-district = ज़िला या स्वायत्त क्षेत्र
plans-home-all-districts = सभी
plans-home-none-match = इस खोज से कोई योजना मेल नहीं खाती।
plans-home-open-surveys = { $count ->
    [one] अभी { $count } सर्वे खुला है
   *[other] अभी { $count } सर्वे खुले हैं
}
plans-edit-title = योजना में बदलाव करें
plans-edit-saved = सेव हो गया।
plans-edit-languages = पाठों की भाषा
plans-edit-not-offered = (अभी उपलब्ध नहीं: इस भाषा में शीर्षक जोड़ने पर यह योजना की भाषाओं में से एक बन जाती है)
plans-edit-summary = सारांश
plans-edit-submit = सेव करें
plans-activity-plan-changed = योजना के पाठ, चरण या अवधि में बदलाव किया गया
plans-activity-plan-measure-drafted = मसौदे में एक उपाय जोड़ा गया
plans-activity-plan-measure-changed = मसौदे के एक उपाय में बदलाव किया गया
plans-activity-plan-measure-draft-deleted = मसौदे का एक उपाय हटाया गया
plans-activity-plan-version-published = मसौदे का एक संस्करण प्रकाशित किया गया
plans-measure-version = मसौदे का संस्करण { $number }, { $date } को प्रकाशित।
plans-measure-changes-link = क्या बदला
plans-versions-link = मसौदे के सभी संस्करण
plans-version-published = संस्करण { $number }, { $date }
plans-draft-title = मसौदे के उपाय
plans-draft-intro = योजना के उपाय यहाँ लिखें और उनमें संशोधन करें। जब तक आप मसौदे का नया संस्करण प्रकाशित नहीं करते, तब तक आपके बदलाव कोई और नहीं देखता; पिछले संस्करण, और उनमें क्या बदला, पढ़े जा सकते हैं।
plans-draft-published = संस्करण { $number } प्रकाशित हो गया है: सार्वजनिक पन्ने अब इसे दिखाते हैं।
plans-draft-deleted = मसौदे का उपाय हटा दिया गया।
plans-draft-none-published = मसौदे का अभी तक कोई संस्करण प्रकाशित नहीं हुआ है।
plans-draft-missing = { $count ->
    [one] अभी 1 पाठ का अनुवाद बाकी है
   *[other] अभी { $count } पाठों का अनुवाद बाकी है
}
plans-draft-list = योजना के मसौदे के उपाय
plans-draft-empty = अभी कोई उपाय नहीं है: पहला उपाय नीचे जोड़ें।
plans-draft-col-code = कोड
plans-draft-col-measure = उपाय
plans-draft-col-area = क्षेत्र
plans-draft-col-level = स्तर
plans-draft-col-state = स्थिति
plans-draft-state-new = अभी प्रकाशित नहीं
plans-draft-state-changed = पिछले संस्करण के बाद बदला गया
plans-draft-state-published = जैसा प्रकाशित हुआ
plans-draft-new = नया उपाय
plans-draft-new-title = शीर्षक, योजना की मूल भाषा में
plans-draft-code = कोड
plans-draft-code-hint = अगला कोड, जैसे { $example }, पाने के लिए इसे खाली छोड़ दें।
plans-draft-new-submit = उपाय जोड़ें
plans-draft-publish = संस्करण { $number } प्रकाशित करें
plans-draft-unpublished = { $count ->
    [one] पिछले संस्करण के बाद 1 उपाय नया है या बदला गया है।
   *[other] पिछले संस्करण के बाद { $count } उपाय नए हैं या बदले गए हैं।
}
plans-draft-note = क्या बदला (बदलाव की टिप्पणी)
plans-draft-note-hint = इसे सभी लोग संस्करणों की सूची में पढ़ते हैं।
plans-draft-publish-submit = यह संस्करण प्रकाशित करें
plans-draft-edit-title = उपाय { $code } संपादित करें
plans-draft-see-public = प्रकाशित उपाय पढ़ें
plans-draft-source = { $language } में:
plans-draft-shared = सभी भाषाओं में
plans-draft-texts-in = { $language } में पाठ
plans-draft-starts = शुरू होने की तारीख
plans-draft-ends = खत्म होने की तारीख
plans-draft-no-entity = अभी कोई नहीं
plans-draft-objective = उद्देश्य { $number }
plans-draft-objective-new = नया उद्देश्य
plans-draft-indicator = संकेतक { $number }
plans-draft-indicator-new = नया संकेतक
plans-draft-indicator-new-target = नए संकेतक का लक्ष्य
plans-draft-remove-item = हटाएँ
plans-draft-delete = मसौदे का यह उपाय हटाएँ
plans-draft-delete-explained = यह कभी प्रकाशित नहीं हुआ, इसलिए किसी और ने इसे नहीं पढ़ा है। इसे वापस नहीं किया जा सकता।
plans-draft-delete-confirm = हाँ, इसे हटाएँ
plans-versions-title = मसौदे के संस्करण
plans-versions-intro = हर संस्करण ने सभी उपायों को वैसे ही सहेज लिया जैसे वे उस समय थे। किसी संस्करण को पढ़ने के लिए उसे खोलें, या किसी उपाय के बदलाव खोलकर देखें कि क्या दोबारा लिखा गया, क्या जोड़ा गया और क्या हटाया गया।
plans-version-measures = { $count ->
    [one] इसका 1 उपाय पढ़ें
   *[other] इसके { $count } उपाय पढ़ें
}
plans-version-added = इस संस्करण में नया
plans-version-changed = इस संस्करण में बदला गया
plans-version-older = यह एक पुराना संस्करण है: तब से योजना बदल चुकी है।
plans-version-read-current = मौजूदा संस्करण पढ़ें
plans-version-changes-from = संस्करण { $number } के बाद क्या बदला
plans-version-number = संस्करण { $number }
plans-diff-title = { $code } में बदलाव
plans-diff-only-one = इस उपाय का अभी तक केवल एक संस्करण है।
plans-diff-between = संस्करण { $from } से संस्करण { $to } तक। हटाए गए शब्द कटे हुए दिखते हैं; जोड़े गए शब्दों के नीचे रेखा होती है।
plans-diff-none = इन संस्करणों के बीच कुछ नहीं बदला।
plans-diff-unchanged = बिना बदलाव:
plans-diff-removed = हटाया गया:
plans-diff-added = जोड़ा गया:
plans-diff-choose = तुलना के लिए संस्करण चुनें
plans-diff-from = से
plans-diff-to = तक
plans-diff-compare = तुलना करें
plans-diff-field-code = कोड
plans-diff-field-area = क्षेत्र
plans-diff-field-level = स्तर
plans-diff-field-title = शीर्षक
plans-diff-field-summary = सारांश
plans-diff-field-description = विवरण
plans-diff-field-objectives = उद्देश्य
plans-diff-field-indicators = संकेतक और लक्ष्य
plans-diff-field-timeline = समय-सारिणी
plans-diff-field-dates = तारीखें
plans-diff-field-responsible = ज़िम्मेदार संस्था
plans-diff-field-partners = साझेदार संस्थाएँ
plans-activity-plan-entity-added = स्थानीय अध्ययन में एक संस्था जोड़ी गई
plans-activity-plan-entity-changed = स्थानीय अध्ययन की एक संस्था बदली गई
plans-activity-plan-entity-removed = स्थानीय अध्ययन से एक संस्था हटाई गई
plans-activity-plan-entities-imported = स्प्रेडशीट से संस्थाएँ इंपोर्ट की गईं
plans-diagnosis-title = स्थानीय अध्ययन: संस्थाएँ
plans-diagnosis-intro = यहाँ प्रवासियों के साथ काम करने वाली सेवाएँ, संगठन और दूसरी संस्थाएँ। मसौदे के उपाय इन्हें ज़िम्मेदार या साझेदार संस्थाओं के रूप में दर्ज करते हैं।
plans-diagnosis-public-link = सार्वजनिक सूची देखें
plans-diagnosis-list = योजना की संस्थाएँ
plans-diagnosis-empty = अभी कोई संस्था नहीं है: इन्हें एक-एक करके जोड़ें या स्प्रेडशीट इंपोर्ट करें।
plans-diagnosis-col-name = नाम
plans-diagnosis-col-kind = प्रकार
plans-diagnosis-col-municipality = नगरपालिका
plans-diagnosis-col-used = उपायों में उल्लेख
plans-diagnosis-col-line = पंक्ति
plans-diagnosis-col-areas = क्षेत्र
plans-diagnosis-col-state = समस्याएँ
plans-diagnosis-used = { $count ->
    [one] मसौदे का { $count } उपाय
   *[other] मसौदे के { $count } उपाय
}
plans-diagnosis-imported = { $count ->
    [one] { $count } संस्था इंपोर्ट की गई
   *[other] { $count } संस्थाएँ इंपोर्ट की गईं
} (समस्या वाली पंक्तियाँ छोड़ दी गईं: { $skipped })।
plans-diagnosis-removed = संस्था हटा दी गई।
plans-diagnosis-add = संस्था जोड़ें
plans-diagnosis-name = नाम
plans-diagnosis-add-submit = यह संस्था जोड़ें
plans-diagnosis-import = स्प्रेडशीट से इंपोर्ट करें
plans-diagnosis-import-intro = एक CSV फ़ाइल अपलोड करें (Excel में: “इस रूप में सहेजें”, फिर “CSV UTF-8” या “CSV (अर्धविराम से अलग)”)। कुछ भी सहेजे जाने से पहले आप हर पंक्ति देख सकेंगे।
plans-diagnosis-import-columns = पहली पंक्ति में कॉलमों के नाम होते हैं: Nome (ज़रूरी), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. कई क्षेत्रों या सेवाओं को | से अलग करें।
plans-diagnosis-import-file = CSV फ़ाइल (ज़्यादा से ज़्यादा 1 MB)
plans-diagnosis-import-submit = अपलोड करें और पहले देखें
plans-diagnosis-areas = काम के क्षेत्र
plans-diagnosis-website = वेबसाइट
plans-diagnosis-email = सार्वजनिक ईमेल पता
plans-diagnosis-phone = सार्वजनिक फ़ोन नंबर
plans-diagnosis-address = पता
plans-diagnosis-description = विवरण
plans-diagnosis-services-hint = हर पंक्ति में एक सेवा।
plans-diagnosis-in-use = यह संस्था हटाई नहीं जा सकती: मसौदे के उपायों में इसका नाम है ({ $measures })।
plans-diagnosis-remove = यह संस्था हटाएँ
plans-diagnosis-remove-explained = यह स्थानीय अध्ययन और सार्वजनिक सूची, दोनों से हट जाएगी। इसे वापस नहीं किया जा सकता।
plans-diagnosis-preview-title = इंपोर्ट जाँचें
plans-diagnosis-preview-read = फ़ाइल { $file }, { $encoding } के रूप में पढ़ी गई; कॉलम “{ $separator }” से अलग किए गए हैं।
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } पंक्ति इंपोर्ट के लिए तैयार है
   *[other] { $count } पंक्तियाँ इंपोर्ट के लिए तैयार हैं
}; समस्या वाली पंक्तियाँ ({ $skipped }) छोड़ दी जाएँगी। आपके पुष्टि करने तक कुछ भी सहेजा नहीं जाता।
plans-diagnosis-preview-ignored = जो कॉलम नहीं पढ़े गए:
plans-diagnosis-preview-rows = फ़ाइल की पंक्तियाँ
plans-diagnosis-preview-ok = तैयार
plans-diagnosis-preview-confirm = { $count ->
    [one] { $count } संस्था इंपोर्ट करें
   *[other] { $count } संस्थाएँ इंपोर्ट करें
}
plans-diagnosis-preview-discard = यह फ़ाइल छोड़ दें
plans-entity-website = वेबसाइट
plans-entity-email = ईमेल
plans-entity-phone = फ़ोन
plans-entity-address = पता
plans-status-diagnosis = स्थानीय अध्ययन
plans-status-diagnosis-explained = उपाय लिखने से पहले, नगरपालिका सर्वे और बैठकों के ज़रिए यह जान रही है कि यहाँ कौन रहता है और कौन-सी सेवाएँ मौजूद हैं।
plans-field-time-zone = समय क्षेत्र
plans-time-zone-mainland = पुर्तगाल की मुख्य भूमि (लिस्बन का समय)
plans-time-zone-madeira = मदीरा
plans-time-zone-azores = अज़ोरेस
plans-field-contact = संपर्क
plans-edit-contact-email = संपर्क के लिए सार्वजनिक ईमेल पता
plans-edit-contact-phone = संपर्क के लिए सार्वजनिक फ़ोन नंबर
plans-activity-plan-area-changed = किसी क्षेत्र का नाम बदला गया, उसे छिपाया गया या फिर से दिखाया गया
plans-activity-plan-area-added = एक क्षेत्र जोड़ा गया
plans-activity-plan-area-moved = एक क्षेत्र की जगह बदली गई
plans-areas-edit-title = योजना के क्षेत्र
plans-areas-edit-intro = नई योजना PMIM मॉडल के 16 क्षेत्रों से शुरू होती है। उनके नाम बदलें, अपने क्षेत्र जोड़ें, उन्हें अपने क्रम में लगाएँ, और जिन क्षेत्रों का योजना में इस्तेमाल नहीं होता उन्हें छिपा दें।
plans-areas-edit-public = क्षेत्रों को वैसे देखें जैसे आम लोग देखते हैं
plans-areas-edit-in-use = { $count ->
    [one] इस क्षेत्र में मसौदे का { $count } उपाय है।
   *[other] इस क्षेत्र में मसौदे के { $count } उपाय हैं।
}
plans-areas-edit-hidden = इस क्षेत्र को सार्वजनिक पन्नों से छिपाएँ
plans-areas-edit-up = ऊपर ले जाएँ
plans-areas-edit-down = नीचे ले जाएँ
plans-areas-edit-add = क्षेत्र जोड़ें
plans-areas-edit-add-submit = यह क्षेत्र जोड़ें
plans-home-pages-label = योजनाओं की सूची के पृष्ठ
plans-holidays-heading = नगरपालिका की छुट्टियाँ
plans-holidays-intro = हर नगरपालिका की अपनी एक छुट्टी हो सकती है। जब योजना समय-सीमाएँ कार्य दिवसों में गिनती है, तब पहली नगरपालिका की छुट्टी को बंद का दिन माना जाता है।
plans-holidays-submit = छुट्टियाँ सेव करें
plans-holiday-label = नगरपालिका की छुट्टी
plans-holiday-none = कोई नहीं
plans-holiday-ascension = असेंशन गुरुवार (ईस्टर के 39 दिन बाद)
plans-holiday-date = किसी तय तारीख़ को
plans-holiday-date-label = छुट्टी का दिन और महीना
plans-holiday-date-hint = सिर्फ़ तय तारीख़ वाली छुट्टी के लिए: दिन और महीना, जैसे 13 जून के लिए 13-06।
plans-next-consultations = सार्वजनिक परामर्श: मसौदे पर टिप्पणी करें
plans-activity-plan-holidays-changed = नगरपालिका अवकाशों में बदलाव
plans-activity-consultation-opened = सार्वजनिक परामर्श खोलना
plans-activity-moderation-hidden = मॉडरेटर ने एक योगदान छिपाया
plans-activity-moderation-removed = मॉडरेटर ने एक योगदान हटाया
plans-activity-moderation-restored = मॉडरेटर ने एक योगदान बहाल किया
plans-activity-consultation-comment-entered = वेबसाइट के बाहर मिली टिप्पणी दर्ज करना
plans-activity-consultation-input-answered = परामर्श में मिले योगदान का जवाब देना
plans-activity-consultation-report-published = परामर्श की रिपोर्ट प्रकाशित करना
plans-next-focus-groups = फ़ोकस ग्रुप: किसी सत्र के लिए पंजीकरण करें
plans-next-forum = फ़ोरम: योजना पर चर्चा करें
plans-activity-focus-group-created = फ़ोकस ग्रुप बनाना
plans-activity-focus-group-registration-entered = किसी की ओर से फ़ोकस ग्रुप में पंजीकरण दर्ज करना
plans-activity-focus-group-slot-proposed = फ़ोकस ग्रुप की तारीख़ वाले पोल में प्रस्तावित समय
plans-activity-focus-group-time-fixed = फ़ोकस ग्रुप की तारीख़ तय करना
plans-activity-focus-group-checked-in = फ़ोकस ग्रुप में किसी प्रतिभागी की उपस्थिति दर्ज करना
plans-activity-focus-group-check-in-undone = फ़ोकस ग्रुप में दर्ज की गई उपस्थिति रद्द करना
plans-activity-focus-group-changed = फ़ोकस ग्रुप के सत्र का समय या स्थान बदलना
plans-activity-focus-group-called-off = फ़ोकस ग्रुप का सत्र रद्द करना
plans-activity-focus-group-minutes-saved = फ़ोकस ग्रुप का ब्योरा लिखना या बदलना
plans-activity-focus-group-finding-added = फ़ोकस ग्रुप में एक निष्कर्ष जोड़ना
plans-activity-focus-group-finding-changed = फ़ोकस ग्रुप के निष्कर्ष का अनुवाद करना या उसे सुधारना
plans-activity-focus-group-finding-removed = फ़ोकस ग्रुप का निष्कर्ष हटाना
plans-activity-focus-group-findings-published = फ़ोकस ग्रुप का ब्योरा और निष्कर्ष प्रकाशित करना
plans-activity-focus-group-findings-withdrawn = फ़ोकस ग्रुप का ब्योरा और निष्कर्ष सार्वजनिक दृश्य से हटाना
plans-activity-moderation-locked = मॉडरेटर ने फ़ोरम की एक चर्चा लॉक की
plans-activity-moderation-unlocked = मॉडरेटर ने फ़ोरम की एक चर्चा का लॉक हटाया
plans-activity-moderation-pinned = मॉडरेटर ने फ़ोरम की एक चर्चा पिन की
plans-activity-moderation-unpinned = मॉडरेटर ने फ़ोरम की एक चर्चा का पिन हटाया
plans-activity-moderation-closed = फ़ोरम की एक चर्चा नतीजे के साथ बंद की गई
plans-activity-forum-outcome-written = फ़ोरम की किसी चर्चा का नतीजा लिखा या अनुवाद किया गया
plans-activity-plan-population-added = संदर्भ आबादी में एक समूह जोड़ा गया
plans-activity-plan-population-changed = संदर्भ आबादी के एक समूह में बदलाव किया गया
plans-activity-plan-population-removed = संदर्भ आबादी से एक समूह हटाया गया
plans-activity-plan-indicator-figures-set = एक संकेतक का शुरुआती मान और लक्ष्य तय किया गया
plans-activity-plan-progress-reported = एक उपाय की प्रगति बताई गई
plans-activity-plan-progress-removed = एक प्रगति रिपोर्ट हटाई गई
plans-draft-state-withdrawing = अगले संस्करण से वापस लिया जाएगा
plans-draft-state-withdrawn = वापस लिया गया
plans-draft-withdraw = यह उपाय वापस लें
plans-draft-withdraw-explained = आप जो अगला संस्करण प्रकाशित करेंगे, उसमें यह उपाय शामिल नहीं होगा। इसका पन्ना आखिरी पाठ, टिप्पणियों और आधारों के साथ सार्वजनिक रहता है, ताकि सब देख सकें कि इसका क्या हुआ। प्रकाशित करने से पहले तक आप इसे फिर से शामिल कर सकते हैं।
plans-draft-withdraw-reason = इसे वापस लेने का कारण (वैकल्पिक; उपाय के पन्ने पर दिखाया जाता है)
plans-draft-withdraw-confirm = अगले संस्करण से वापस लें
plans-draft-withdrawn-notice = यह उपाय अगले संस्करण में शामिल नहीं होगा।
plans-draft-restored-notice = यह उपाय फिर से अगले संस्करण में शामिल है।
plans-draft-restore-heading = वापस लिया गया उपाय
plans-draft-restore-explained = यह उपाय अगले संस्करण में शामिल नहीं है, या किसी प्रकाशित संस्करण ने इसे पहले ही हटा दिया था। इसे फिर से शामिल करने पर आप जो अगला संस्करण प्रकाशित करेंगे, उसमें यह फिर से होगा।
plans-draft-restore = इसे योजना में फिर से शामिल करें
plans-version-withdrawn = इस संस्करण में वापस लिया गया
plans-measure-status-withdrawn = वापस लिया गया
plans-measure-withdrawn = मसौदे के संस्करण { $number } ने यह उपाय योजना से वापस ले लिया। इसका आखिरी पाठ, और लोगों ने इसके बारे में जो कहा, यहाँ बना रहता है।
plans-measure-withdrawn-reason = कारण:
plans-measure-withdrawn-last = इसे उस आखिरी संस्करण में पढ़ें जिसमें यह था
plans-activity-plan-measure-withdrawn = अगले संस्करण से एक उपाय वापस लिया गया
plans-activity-plan-measure-restored = वापस लिया गया एक उपाय फिर से योजना में शामिल किया गया
