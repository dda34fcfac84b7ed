## योजना खण्ड: योजना, क्षेत्र, संस्था र प्रस्तावित उपायहरू।

plans-home-title = आप्रवासीहरूको एकीकरणका लागि योजनाहरू
plans-home-intro = नगरपालिकाहरूले त्यहाँ बस्ने मानिसहरूसँग मिलेर आप्रवासीहरूको एकीकरणका लागि आफ्ना योजना तयार गर्दैछन्। प्रस्तावित उपायहरू पढ्नुहोस् र को-को संलग्न छन् हेर्नुहोस्।
plans-home-empty = यहाँ अहिलेसम्म कुनै योजना प्रकाशित भएको छैन।

plans-kind-municipal = नगरपालिकाको योजना
plans-kind-intermunicipal = धेरै नगरपालिकाको साझा योजना

plans-status-drafting = तयारीमा
plans-status-drafting-explained = नगरपालिकाले योजनाको मस्यौदा लेख्दैछ। प्रस्तावित उपायहरू अझै धेरै बदलिन सक्छन्।
plans-status-consultation = सार्वजनिक परामर्श चलिरहेको
plans-status-consultation-explained = योजनाको मस्यौदा सबैले पढ्न सक्ने गरी खुला छ। बासिन्दा, आप्रवासी र संघसंस्थाले भनेका कुराबाट उपायहरू सुधारिन्छन्।
plans-status-approved = स्वीकृत
plans-status-approved-explained = नगरपालिकाका निकायहरूले योजना स्वीकृत गरेका छन्। अब यसलाई लागू गरिनेछ।
plans-status-monitoring = लागू हुँदैछ
plans-status-monitoring-explained = योजनाका उपायहरू लागू भइरहेका छन् र तिनको अनुगमन भइरहेको छ।

plans-field-status = चरण
plans-field-kind = योजनाको प्रकार
plans-field-promoter = पहल गर्ने
plans-field-period = अवधि
plans-municipalities-heading = नगरपालिकाहरू
plans-municipality = नगरपालिका
plans-residents = बासिन्दा
plans-foreign-residents = विदेशी बासिन्दा

plans-next-heading = अब तपाईं के गर्न सक्नुहुन्छ
plans-next-measures = क्षेत्रअनुसार प्रस्तावित उपायहरू पढ्नुहोस्
plans-overview-measures = { $areas ->
    [one] { $areas } क्षेत्रमा
   *[other] { $areas } वटा क्षेत्रमा
} { $measures ->
    [one] { $measures } उपाय
   *[other] { $measures } वटा उपाय
}, { $core ->
    [one] जसमध्ये { $core } मुख्य छ (स्तर 1)
   *[other] जसमध्ये { $core } मुख्य छन् (स्तर 1)
}
plans-next-entities = स्थानीय सेवा र संस्थाहरू हेर्नुहोस्
plans-next-surveys = सर्वेक्षणको जवाफ दिनुहोस् र नतिजा हेर्नुहोस्
plans-entity-count = { $count ->
    [one] { $count } संस्था
   *[other] { $count } वटा संस्था
}

plans-levels-heading = स्तर 1 र स्तर 2 को अर्थ के हो?
plans-level-1-badge = स्तर 1 · मुख्य
plans-level-2-badge = स्तर 2
plans-level-1-explained = स्तर 1 का उपायहरू योजनाको मुख्य भाग हुन्। नगरपालिकाहरूले यी उपाय लागू हुने कुरा सुनिश्चित गर्छन्।
plans-level-2-explained = स्तर 2 का उपायहरू पनि योजनामा छन्, तर पैसा र साझेदार उपलब्ध भए मात्र लागू हुन्छन्।

plans-areas-title = क्षेत्र र उपायहरू
plans-areas-intro = योजनालाई कामका क्षेत्रहरूमा बाँडिएको छ। कुनै क्षेत्रका प्रस्तावित उपायहरू हेर्न त्यो क्षेत्र छान्नुहोस्।
plans-area-no-measures = यो क्षेत्रमा अहिलेसम्म कुनै प्रस्तावित उपाय छैन।
plans-area-counts = { $measures ->
    [one] { $measures } प्रस्तावित उपाय
   *[other] { $measures } वटा प्रस्तावित उपाय
}, { $core ->
    [one] जसमध्ये { $core } मुख्य छ
   *[other] जसमध्ये { $core } मुख्य छन्
}
plans-area-measures-heading = प्रस्तावित उपायहरू

plans-measure-status-draft = मस्यौदा
plans-measure-status-revised = परिमार्जित मस्यौदा
plans-measure-status-final = अन्तिम रूप
plans-measure-summary = छोटकरीमा
plans-measure-description = के गरिनेछ
plans-measure-objectives = उद्देश्यहरू
plans-measure-indicators = प्रगति कसरी नापिनेछ
plans-measure-indicator = सूचक
plans-measure-target = लक्ष्य
plans-measure-timeline = कहिले
plans-measure-responsible = जिम्मेवार
plans-measure-partners = साझेदारहरू
plans-measure-no-partners = अहिलेसम्म कुनै साझेदारको नाम दिइएको छैन।
plans-measure-area = क्षेत्र

plans-entities-title = स्थानीय सेवा र संस्थाहरू
plans-entities-intro = स्थानीय अध्ययनमा भेटिएका संस्थाहरू: सरकारी सेवा, विद्यालय, स्वास्थ्य केन्द्र, संघसंस्था र अन्य। उनीहरूले के सहयोग दिन्छन् भन्ने कुरा पनि यहाँ लेखिएको छ।
plans-entities-all = सबै संस्थाहरू
plans-entities-in-area = यस क्षेत्रमा काम गर्ने संस्थाहरू: { $area }
plans-entities-filter-label = कामको क्षेत्र
plans-entities-filter-all = सबै क्षेत्र
plans-entities-filter-apply = देखाउनुहोस्
plans-entity-services = सेवाहरू
plans-entity-areas = कामका क्षेत्रहरू

plans-entity-kind-municipality = नगरपालिका
plans-entity-kind-intermunicipal = धेरै नगरपालिकाको साझा निकाय
plans-entity-kind-claim = आप्रवासीलाई सहयोग गर्ने स्थानीय केन्द्र (CLAIM)
plans-entity-kind-association = संघसंस्था
plans-entity-kind-school = विद्यालय
plans-entity-kind-health_unit = स्वास्थ्य केन्द्र
plans-entity-kind-employer = रोजगारदाता
plans-entity-kind-employment_service = रोजगार सेवा
plans-entity-kind-ngo = गैरसरकारी संस्था
plans-entity-kind-parish = वडा कार्यालय (Junta de freguesia)
plans-entity-kind-media = सञ्चार माध्यम
plans-entity-kind-other = अन्य
plans-timeline-heading = योजना कसरी बनाइँदैछ
plans-timeline-empty = प्रक्रियाका मितिहरू अहिलेसम्म तय भएका छैनन्।
plans-timeline-working-days = { $count ->
    [one] { $count } कार्यदिन
   *[other] { $count } कार्यदिन
}
plans-timeline-done = सकियो
plans-timeline-now = अहिले चलिरहेको
plans-timeline-later = अहिलेसम्म सुरु भएको छैन
plans-timeline-saved = समयतालिका सुरक्षित भयो।
plans-timeline-add = एउटा चरण थप्नुहोस्
plans-timeline-kind = चरण
plans-timeline-starts = पहिलो दिन
plans-timeline-ends = अन्तिम दिन
plans-timeline-or-days = वा कार्यदिनमा यसको अवधि
plans-timeline-days-hint = दिनहरू सरकारी म्याद जसरी नै गनिन्छन्: शनिबार, आइतबार र राष्ट्रिय बिदाहरू गनिँदैनन्। यो अवधि प्रयोग गर्न अन्तिम दिन खाली छोड्नुहोस्।
plans-timeline-add-submit = चरण थप्नुहोस्
plans-timeline-remove = यो चरण हटाउनुहोस्
plans-phase-diagnosis = स्थानीय अध्ययन
plans-phase-surveys = सर्वेक्षण
plans-phase-focus-groups = फोकस समूह छलफल
plans-phase-information-sessions = जानकारी सत्र
plans-phase-consultation = योजनाको मस्यौदामाथि सार्वजनिक परामर्श
plans-phase-forum = फोरम
plans-phase-approval = स्वीकृति
plans-phase-monitoring = अनुगमन
plans-activity-title = गतिविधि लग
plans-activity-link = यो योजनामा के परिवर्तन गरियो र कसद्वारा गरियो (गतिविधि लग)
plans-activity-intro = यो योजना, यसका सर्वेक्षणहरू, तिनका जवाफहरू र यसका उपायहरूको आधारमा गरिएका सबै परिवर्तनहरू, सबैभन्दा नयाँ पहिले। यो पृष्ठ योजनाका परामर्श सञ्चालकहरू र प्रशासकहरूले मात्र देख्छन्।
plans-activity-times = यहाँ देखाइएका समयहरू योजनाको स्थानीय समयअनुसार छन्: { $zone }।
plans-activity-none = अहिलेसम्म केही परिवर्तन गरिएको छैन।
plans-activity-someone = मेटाइएको खाता, वा सर्भरको कमान्ड लाइन
plans-activity-col-when = कहिले
plans-activity-col-who = कसले
plans-activity-col-what = के
plans-activity-col-about = केबारे
plans-activity-pages-label = गतिविधि लगका पृष्ठहरू
plans-activity-account-deleted = खाता मेटाइयो
plans-activity-evidence-linked = नतिजालाई आधारका रूपमा उपायसँग जोडियो
plans-activity-evidence-rationale-changed = नतिजा उपायको आधार किन हो भन्ने कुरा परिवर्तन गरियो
plans-activity-evidence-unlinked = नतिजा र उपायबीचको जोडाइ हटाइयो
plans-activity-plan-phase-added = समयतालिकामा चरण थपियो
plans-activity-plan-phase-removed = समयतालिकाबाट चरण हटाइयो
plans-activity-role-granted = कसैलाई भूमिका दिइयो
plans-activity-role-revoked = भूमिका हटाइयो
plans-activity-survey-codes-created = एक पटक मात्र चल्ने कोडहरू बनाइए
plans-activity-survey-created = सर्वेक्षण बनाइयो
plans-activity-survey-published = सर्वेक्षण प्रकाशित गरियो
plans-activity-survey-unpublished = सर्वेक्षण फेरि मस्यौदामा फर्काइयो
plans-activity-survey-question-added = प्रश्न थपियो
plans-activity-survey-question-changed = प्रश्न सम्पादन गरियो
plans-activity-survey-question-deleted = प्रश्न मेटाइयो
plans-activity-survey-question-moved = प्रश्न सारियो
plans-activity-survey-section-added = भाग थपियो
plans-activity-survey-section-renamed = भागको शीर्षक परिवर्तन गरियो
plans-activity-survey-settings-changed = सर्वेक्षणका सेटिङहरू परिवर्तन गरिए
plans-activity-survey-text-hidden = लिखित जवाफ नतिजाबाट लुकाइयो
plans-activity-survey-text-shown = लिखित जवाफ फेरि देखाइयो
plans-activity-survey-response-corrected = जवाफ सच्याइयो
plans-activity-survey-response-withdrawn = जवाफ रद्द गरियो
plans-new-title = नयाँ योजना बनाउनुहोस्
plans-new-intro = नयाँ योजना तयारीको चरणबाट सुरु हुन्छ, एउटै भाषामा लेखिन्छ, र यसमा आप्रवासीहरूको एकीकरणका लागि नगरपालिकाको योजनाका कामका 16 क्षेत्र हुन्छन्। यसका परामर्श सञ्चालकहरू “मानिस र भूमिकाहरू” पृष्ठमा तोक्नुहोस्; बाँकी उनीहरूले लेख्छन्।
plans-new-title-label = योजनाको शीर्षक
plans-new-slug-hint = योजनाको ठेगानाको अन्तिम भाग: 3 देखि 60 अक्षर, साना ल्याटिन अक्षर (a–z), अङ्क र ड्यास (-), जस्तै lisboa-2026।
plans-new-municipalities-hint = नगरपालिकाको योजनाका लागि एउटा, धेरै नगरपालिकाको साझा योजनाका लागि दुई वा बढी। धेरै छान्न Ctrl (वा Cmd) थिचिराख्नुहोस्।
plans-new-lang-label = योजनाको मूल भाषा
plans-new-start = योजनाको अवधिको पहिलो दिन
plans-new-end = योजनाको अवधिको अन्तिम दिन
plans-new-submit = योजना बनाउनुहोस्
plans-created = योजना बनाइयो। यसका परामर्श सञ्चालकहरू “मानिस र भूमिकाहरू” पृष्ठमा तोक्नुहोस्।
plans-activity-plan-created = योजना बनाइयो
plans-home-search-label = योजना खोज्नुहोस्
plans-home-query = नगरपालिका
plans-home-district = जिल्ला वा स्वायत्त क्षेत्र
plans-home-all-districts = सबै
plans-home-none-match = यो खोजसँग मेल खाने कुनै योजना छैन।
plans-home-open-surveys = { $count ->
    [one] अहिले { $count } सर्वेक्षण खुला छ
   *[other] अहिले { $count } वटा सर्वेक्षण खुला छन्
}
plans-edit-title = योजना सम्पादन गर्नुहोस्
plans-edit-saved = सेभ भयो।
plans-edit-languages = पाठहरूको भाषा
plans-edit-not-offered = (अहिलेसम्म उपलब्ध छैन: यस भाषामा शीर्षक थपेपछि यो योजनाका भाषाहरूमध्ये एउटा हुन्छ)
plans-edit-summary = सारांश
plans-edit-submit = सेभ गर्नुहोस्
plans-activity-plan-changed = योजनाका पाठ, चरण वा अवधि परिवर्तन गरियो
plans-activity-plan-measure-drafted = मस्यौदामा एउटा उपाय थपियो
plans-activity-plan-measure-changed = मस्यौदाको एउटा उपाय सम्पादन गरियो
plans-activity-plan-measure-draft-deleted = मस्यौदाको एउटा उपाय हटाइयो
plans-activity-plan-version-published = मस्यौदाको एउटा संस्करण प्रकाशित गरियो
plans-measure-version = मस्यौदाको संस्करण { $number }, { $date } मा प्रकाशित।
plans-measure-changes-link = के बदलियो
plans-versions-link = मस्यौदाका सबै संस्करणहरू
plans-version-published = संस्करण { $number }, { $date }
plans-draft-title = मस्यौदाका उपायहरू
plans-draft-intro = योजनाका उपायहरू यहाँ लेख्नुहोस् र परिमार्जन गर्नुहोस्। तपाईंले मस्यौदाको नयाँ संस्करण प्रकाशित नगरेसम्म तपाईंका परिवर्तनहरू अरू कसैले देख्दैनन्; अघिल्ला संस्करणहरू, के बदलियो भन्ने सहित, पढ्न मिलिरहन्छ।
plans-draft-published = संस्करण { $number } प्रकाशित भयो: सार्वजनिक पानाहरूले अब यही देखाउँछन्।
plans-draft-deleted = मस्यौदाको उपाय हटाइयो।
plans-draft-none-published = मस्यौदाको कुनै पनि संस्करण अझै प्रकाशित भएको छैन।
plans-draft-missing = { $count ->
    [one] अझै 1 पाठ अनुवाद गर्न बाँकी छ
   *[other] अझै { $count } वटा पाठ अनुवाद गर्न बाँकी छन्
}
plans-draft-list = योजनाको मस्यौदाका उपायहरू
plans-draft-empty = अहिलेसम्म कुनै उपाय छैन: पहिलो उपाय तल थप्नुहोस्।
plans-draft-col-code = कोड
plans-draft-col-measure = उपाय
plans-draft-col-area = क्षेत्र
plans-draft-col-level = स्तर
plans-draft-col-state = अवस्था
plans-draft-state-new = अझै प्रकाशित भएको छैन
plans-draft-state-changed = पछिल्लो संस्करणपछि बदलिएको
plans-draft-state-published = प्रकाशित भए जस्तै
plans-draft-new = नयाँ उपाय
plans-draft-new-title = शीर्षक, योजनाको मूल भाषामा
plans-draft-code = कोड
plans-draft-code-hint = अर्को कोड, जस्तै { $example }, पाउन यसलाई खाली छोड्नुहोस्।
plans-draft-new-submit = उपाय थप्नुहोस्
plans-draft-publish = संस्करण { $number } प्रकाशित गर्नुहोस्
plans-draft-unpublished = { $count ->
    [one] पछिल्लो संस्करणपछि 1 उपाय नयाँ छ वा बदलिएको छ।
   *[other] पछिल्लो संस्करणपछि { $count } वटा उपाय नयाँ छन् वा बदलिएका छन्।
}
plans-draft-note = के बदलियो (परिवर्तनको टिप्पणी)
plans-draft-note-hint = सबैले यसलाई संस्करणहरूको सूचीमा पढ्छन्।
plans-draft-publish-submit = यो संस्करण प्रकाशित गर्नुहोस्
plans-draft-edit-title = उपाय { $code } सम्पादन गर्नुहोस्
plans-draft-see-public = प्रकाशित उपाय पढ्नुहोस्
plans-draft-source = { $language } भाषामा:
plans-draft-shared = सबै भाषामा
plans-draft-texts-in = { $language } भाषाका पाठहरू
plans-draft-starts = सुरु हुने मिति
plans-draft-ends = सकिने मिति
plans-draft-no-entity = अहिलेसम्म कुनै छैन
plans-draft-objective = उद्देश्य { $number }
plans-draft-objective-new = नयाँ उद्देश्य
plans-draft-indicator = सूचक { $number }
plans-draft-indicator-new = नयाँ सूचक
plans-draft-indicator-new-target = नयाँ सूचकको लक्ष्य
plans-draft-remove-item = हटाउनुहोस्
plans-draft-delete = मस्यौदाको यो उपाय हटाउनुहोस्
plans-draft-delete-explained = यो कहिल्यै प्रकाशित भएन, त्यसैले अरू कसैले यसलाई पढेका छैनन्। यो काम फिर्ता गर्न सकिँदैन।
plans-draft-delete-confirm = हो, हटाउनुहोस्
plans-versions-title = मस्यौदाका संस्करणहरू
plans-versions-intro = प्रत्येक संस्करणले सबै उपायहरूलाई त्यतिबेला जस्ता थिए त्यस्तै रूपमा सुरक्षित गर्‍यो। पढ्न कुनै संस्करण खोल्नुहोस्, वा के पुनर्लेखन गरियो, के थपियो र के हटाइयो भनेर हेर्न कुनै उपायका परिवर्तनहरू खोल्नुहोस्।
plans-version-measures = { $count ->
    [one] यसको 1 उपाय पढ्नुहोस्
   *[other] यसका { $count } वटा उपाय पढ्नुहोस्
}
plans-version-added = यस संस्करणमा नयाँ
plans-version-changed = यस संस्करणमा बदलिएको
plans-version-older = यो पुरानो संस्करण हो: त्यसयता योजना बदलिएको छ।
plans-version-read-current = हालको संस्करण पढ्नुहोस्
plans-version-changes-from = संस्करण { $number } पछि के बदलियो
plans-version-number = संस्करण { $number }
plans-diff-title = { $code } मा भएका परिवर्तनहरू
plans-diff-only-one = यस उपायको अहिलेसम्म एउटा मात्र संस्करण छ।
plans-diff-between = संस्करण { $from } देखि संस्करण { $to } सम्म। हटाइएका शब्दहरूमा काटेको रेखा हुन्छ; थपिएका शब्दहरूमुनि रेखा हुन्छ।
plans-diff-none = यी संस्करणहरूबीच केही पनि बदलिएन।
plans-diff-unchanged = नबदलिएको:
plans-diff-removed = हटाइयो:
plans-diff-added = थपियो:
plans-diff-choose = तुलना गर्ने संस्करणहरू छान्नुहोस्
plans-diff-from = देखि
plans-diff-to = सम्म
plans-diff-compare = तुलना गर्नुहोस्
plans-diff-field-code = कोड
plans-diff-field-area = क्षेत्र
plans-diff-field-level = स्तर
plans-diff-field-title = शीर्षक
plans-diff-field-summary = सारांश
plans-diff-field-description = विवरण
plans-diff-field-objectives = उद्देश्यहरू
plans-diff-field-indicators = सूचक र लक्ष्यहरू
plans-diff-field-timeline = समयतालिका
plans-diff-field-dates = मितिहरू
plans-diff-field-responsible = जिम्मेवार संस्था
plans-diff-field-partners = साझेदार संस्थाहरू
plans-activity-plan-entity-added = स्थानीय अध्ययनमा एउटा संस्था थपियो
plans-activity-plan-entity-changed = स्थानीय अध्ययनको एउटा संस्था बदलियो
plans-activity-plan-entity-removed = स्थानीय अध्ययनबाट एउटा संस्था हटाइयो
plans-activity-plan-entities-imported = स्प्रेडसिटबाट संस्थाहरू आयात गरियो
plans-diagnosis-title = स्थानीय अध्ययन: संस्थाहरू
plans-diagnosis-intro = यहाँ आप्रवासीहरूसँग काम गर्ने सेवा, संघसंस्था र अन्य निकायहरू। मस्यौदाका उपायहरूले तिनलाई जिम्मेवार वा साझेदार संस्थाका रूपमा उल्लेख गर्छन्।
plans-diagnosis-public-link = सार्वजनिक सूची हेर्नुहोस्
plans-diagnosis-list = योजनाका संस्थाहरू
plans-diagnosis-empty = अहिलेसम्म कुनै संस्था छैन: एक-एक गरी थप्नुहोस् वा स्प्रेडसिट आयात गर्नुहोस्।
plans-diagnosis-col-name = नाम
plans-diagnosis-col-kind = प्रकार
plans-diagnosis-col-municipality = नगरपालिका
plans-diagnosis-col-used = उपायमा उल्लेख
plans-diagnosis-col-line = पङ्क्ति
plans-diagnosis-col-areas = क्षेत्रहरू
plans-diagnosis-col-state = समस्याहरू
plans-diagnosis-used = { $count ->
    [one] मस्यौदाको { $count } उपाय
   *[other] मस्यौदाका { $count } वटा उपाय
}
plans-diagnosis-imported = { $count ->
    [one] { $count } संस्था आयात गरियो
   *[other] { $count } वटा संस्था आयात गरियो
} (समस्या भएका पङ्क्तिहरू छोडियो: { $skipped })।
plans-diagnosis-removed = संस्था हटाइयो।
plans-diagnosis-add = संस्था थप्नुहोस्
plans-diagnosis-name = नाम
plans-diagnosis-add-submit = यो संस्था थप्नुहोस्
plans-diagnosis-import = स्प्रेडसिटबाट आयात गर्नुहोस्
plans-diagnosis-import-intro = CSV फाइल अपलोड गर्नुहोस् (Excel मा: “यस रूपमा सुरक्षित गर्नुहोस्”, त्यसपछि “CSV UTF-8” वा “CSV (अर्धविरामले छुट्याइएको)”)। केही पनि सुरक्षित हुनुअघि तपाईंले हरेक पङ्क्ति हेर्न पाउनुहुनेछ।
plans-diagnosis-import-columns = पहिलो पङ्क्तिले स्तम्भहरूको नाम दिन्छ: Nome (अनिवार्य), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. धेरै क्षेत्र वा सेवाहरूलाई | ले छुट्याउनुहोस्।
plans-diagnosis-import-file = CSV फाइल (बढीमा 1 MB)
plans-diagnosis-import-submit = अपलोड गरेर पहिले हेर्नुहोस्
plans-diagnosis-areas = कामका क्षेत्रहरू
plans-diagnosis-website = वेबसाइट
plans-diagnosis-email = सार्वजनिक इमेल ठेगाना
plans-diagnosis-phone = सार्वजनिक फोन नम्बर
plans-diagnosis-address = ठेगाना
plans-diagnosis-description = विवरण
plans-diagnosis-services-hint = प्रत्येक पङ्क्तिमा एउटा सेवा।
plans-diagnosis-in-use = यो संस्था हटाउन मिल्दैन: मस्यौदाका उपायहरूले यसलाई उल्लेख गर्छन् ({ $measures })।
plans-diagnosis-remove = यो संस्था हटाउनुहोस्
plans-diagnosis-remove-explained = यो स्थानीय अध्ययन र सार्वजनिक सूची दुवैबाट हट्छ। यसलाई फिर्ता गर्न सकिँदैन।
plans-diagnosis-preview-title = आयात जाँच्नुहोस्
plans-diagnosis-preview-read = फाइल { $file }, { $encoding } का रूपमा पढियो; स्तम्भहरू “{ $separator }” ले छुट्याइएका छन्।
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } पङ्क्ति आयातका लागि तयार छ
   *[other] { $count } वटा पङ्क्ति आयातका लागि तयार छन्
}; समस्या भएका पङ्क्तिहरू ({ $skipped }) छोडिनेछन्। तपाईंले पुष्टि नगरेसम्म केही पनि सुरक्षित हुँदैन।
plans-diagnosis-preview-ignored = नपढिएका स्तम्भहरू:
plans-diagnosis-preview-rows = फाइलका पङ्क्तिहरू
plans-diagnosis-preview-ok = तयार
plans-diagnosis-preview-confirm = { $count ->
    [one] { $count } संस्था आयात गर्नुहोस्
   *[other] { $count } वटा संस्था आयात गर्नुहोस्
}
plans-diagnosis-preview-discard = यो फाइल रद्द गर्नुहोस्
plans-entity-website = वेबसाइट
plans-entity-email = इमेल
plans-entity-phone = फोन
plans-entity-address = ठेगाना
plans-status-diagnosis = स्थानीय अध्ययन
plans-status-diagnosis-explained = उपायहरू लेख्नुअघि नगरपालिकाले सर्वेक्षण र बैठकमार्फत यहाँ को बस्छन् र कुन-कुन सेवाहरू छन् भनेर बुझ्दैछ।
plans-field-time-zone = समय क्षेत्र
plans-time-zone-mainland = पोर्चुगलको मुख्य भूभाग (लिस्बनको समय)
plans-time-zone-madeira = माडेइरा
plans-time-zone-azores = अजोर्स टापुहरू
plans-field-contact = सम्पर्क
plans-edit-contact-email = सम्पर्कका लागि सार्वजनिक इमेल ठेगाना
plans-edit-contact-phone = सम्पर्कका लागि सार्वजनिक फोन नम्बर
plans-activity-plan-area-changed = क्षेत्रको नाम बदलियो, लुकाइयो वा फेरि देखाइयो
plans-activity-plan-area-added = क्षेत्र थपियो
plans-activity-plan-area-moved = क्षेत्रको स्थान सारियो
plans-areas-edit-title = योजनाका क्षेत्रहरू
plans-areas-edit-intro = नयाँ योजना PMIM मोडेलका 16 क्षेत्रहरूबाट सुरु हुन्छ। तिनको नाम बदल्नुहोस्, आफ्नै क्षेत्रहरू थप्नुहोस्, आफ्नो क्रममा मिलाउनुहोस्, र योजनाले प्रयोग नगर्ने क्षेत्रहरू लुकाउनुहोस्।
plans-areas-edit-public = आम मानिसले देखे जस्तै गरी क्षेत्रहरू हेर्नुहोस्
plans-areas-edit-in-use = { $count ->
    [one] यो क्षेत्रमा मस्यौदाको { $count } उपाय छ।
   *[other] यो क्षेत्रमा मस्यौदाका { $count } उपायहरू छन्।
}
plans-areas-edit-hidden = यो क्षेत्र सार्वजनिक पानाहरूबाट लुकाउनुहोस्
plans-areas-edit-up = माथि सार्नुहोस्
plans-areas-edit-down = तल सार्नुहोस्
plans-areas-edit-add = क्षेत्र थप्नुहोस्
plans-areas-edit-add-submit = यो क्षेत्र थप्नुहोस्
plans-home-pages-label = योजनाहरूको सूचीका पृष्ठहरू
plans-holidays-heading = नगरपालिकाका बिदाहरू
plans-holidays-intro = हरेक नगरपालिकाको आफ्नै बिदा हुन सक्छ। योजनाले म्याद कार्यदिनमा गन्दा पहिलो नगरपालिकाको बिदालाई बन्द दिन मानिन्छ।
plans-holidays-submit = बिदाहरू सेभ गर्नुहोस्
plans-holiday-label = नगरपालिकाको बिदा
plans-holiday-none = कुनै पनि होइन
plans-holiday-ascension = असेन्सन बिहीबार (इस्टरको 39 दिनपछि)
plans-holiday-date = कुनै निश्चित मितिमा
plans-holiday-date-label = बिदाको दिन र महिना
plans-holiday-date-hint = निश्चित मितिको बिदाका लागि मात्र: दिन र महिना, जस्तै 13 जुनका लागि 13-06।
plans-next-consultations = सार्वजनिक परामर्श: मस्यौदामा टिप्पणी गर्नुहोस्
plans-activity-plan-holidays-changed = नगरपालिकाका बिदाहरूमा परिवर्तन
plans-activity-consultation-opened = सार्वजनिक परामर्श खोल्ने काम
plans-activity-moderation-hidden = मोडरेटरद्वारा एउटा योगदान लुकाइयो
plans-activity-moderation-removed = मोडरेटरद्वारा एउटा योगदान हटाइयो
plans-activity-moderation-restored = मोडरेटरद्वारा एउटा योगदान पुनर्स्थापित गरियो
plans-activity-consultation-comment-entered = वेबसाइटबाहिर प्राप्त टिप्पणी प्रविष्ट गर्ने काम
plans-activity-consultation-input-answered = परामर्शमा प्राप्त योगदानको जवाफ दिने काम
plans-activity-consultation-report-published = परामर्शको प्रतिवेदन प्रकाशित गर्ने काम
plans-next-focus-groups = फोकस समूह छलफल: कुनै सत्रका लागि दर्ता गर्नुहोस्
plans-next-forum = फोरम: योजनाबारे छलफल गर्नुहोस्
plans-activity-focus-group-created = फोकस समूह बनाउने काम
plans-activity-focus-group-registration-entered = कसैको तर्फबाट फोकस समूहमा दर्ता प्रविष्ट गर्ने काम
plans-activity-focus-group-slot-proposed = फोकस समूहको मिति पोलमा प्रस्ताव गरिएको समय
plans-activity-focus-group-time-fixed = फोकस समूहको मिति तय गर्ने काम
plans-activity-focus-group-checked-in = फोकस समूहमा सहभागीको उपस्थिति दर्ता गर्ने काम
plans-activity-focus-group-check-in-undone = फोकस समूहमा दर्ता गरिएको उपस्थिति रद्द गर्ने काम
plans-activity-focus-group-changed = फोकस समूहको सत्रको समय वा स्थान परिवर्तन गर्ने काम
plans-activity-focus-group-called-off = फोकस समूहको सत्र रद्द गर्ने काम
plans-activity-focus-group-minutes-saved = फोकस समूहको बैठकको विवरण लेख्ने वा परिवर्तन गर्ने काम
plans-activity-focus-group-finding-added = फोकस समूहमा निष्कर्ष थप्ने काम
plans-activity-focus-group-finding-changed = फोकस समूहको निष्कर्ष अनुवाद गर्ने वा सच्याउने काम
plans-activity-focus-group-finding-removed = फोकस समूहको निष्कर्ष हटाउने काम
plans-activity-focus-group-findings-published = फोकस समूहको बैठकको विवरण र निष्कर्ष प्रकाशित गर्ने काम
plans-activity-focus-group-findings-withdrawn = फोकस समूहको बैठकको विवरण र निष्कर्ष सार्वजनिक रूपमा देखिनबाट हटाउने काम
plans-activity-moderation-locked = मोडरेटरद्वारा फोरमको एउटा छलफल लक गरियो
plans-activity-moderation-unlocked = मोडरेटरद्वारा फोरमको एउटा छलफलको लक खोलियो
plans-activity-moderation-pinned = मोडरेटरद्वारा फोरमको एउटा छलफल पिन गरियो
plans-activity-moderation-unpinned = मोडरेटरद्वारा फोरमको एउटा छलफलको पिन हटाइयो
plans-activity-moderation-closed = फोरमको एउटा छलफल नतिजासहित बन्द गरियो
plans-activity-forum-outcome-written = फोरमको एउटा छलफलको नतिजा लेखियो वा अनुवाद गरियो
plans-activity-plan-population-added = सन्दर्भ जनसंख्यामा एउटा समूह थपियो
plans-activity-plan-population-changed = सन्दर्भ जनसंख्याको एउटा समूह सम्पादन गरियो
plans-activity-plan-population-removed = सन्दर्भ जनसंख्याबाट एउटा समूह हटाइयो
plans-activity-plan-indicator-figures-set = एउटा सूचकको सुरुको मान र लक्ष्य तोकियो
plans-activity-plan-progress-reported = एउटा उपायको प्रगति जानकारी दिइयो
plans-activity-plan-progress-removed = एउटा प्रगति प्रतिवेदन हटाइयो
plans-draft-state-withdrawing = अर्को संस्करणबाट फिर्ता लिइनेछ
plans-draft-state-withdrawn = फिर्ता लिइएको
plans-draft-withdraw = यो उपाय फिर्ता लिनुहोस्
plans-draft-withdraw-explained = तपाईंले प्रकाशित गर्ने अर्को संस्करणमा यो उपाय समावेश हुने छैन। यसको पाना अन्तिम पाठ, टिप्पणी र आधारसहित सार्वजनिक रहिरहन्छ, ताकि सबैले यसको के भयो भनेर देख्न सकून्। प्रकाशित नगरेसम्म तपाईं यसलाई फेरि समावेश गर्न सक्नुहुन्छ।
plans-draft-withdraw-reason = किन फिर्ता लिइयो (ऐच्छिक; उपायको पानामा देखाइन्छ)
plans-draft-withdraw-confirm = अर्को संस्करणबाट फिर्ता लिनुहोस्
plans-draft-withdrawn-notice = यो उपाय अर्को संस्करणमा समावेश हुने छैन।
plans-draft-restored-notice = यो उपाय फेरि अर्को संस्करणमा समावेश भयो।
plans-draft-restore-heading = फिर्ता लिइएको उपाय
plans-draft-restore-explained = यो उपाय अर्को संस्करणमा समावेश छैन, वा कुनै प्रकाशित संस्करणले यसलाई पहिले नै हटाइसकेको छ। यसलाई फेरि समावेश गर्नुभयो भने तपाईंले प्रकाशित गर्ने अर्को संस्करणमा यो फेरि रहनेछ।
plans-draft-restore = यसलाई फेरि योजनामा समावेश गर्नुहोस्
plans-version-withdrawn = यस संस्करणमा फिर्ता लिइएको
plans-measure-status-withdrawn = फिर्ता लिइएको
plans-measure-withdrawn = मस्यौदाको संस्करण { $number } ले यो उपाय योजनाबाट फिर्ता लियो। यसको अन्तिम पाठ, मानिसहरूले यसबारे भनेका कुरासहित, यहीँ रहन्छ।
plans-measure-withdrawn-reason = कारण:
plans-measure-withdrawn-last = यो रहेको अन्तिम संस्करणमा पढ्नुहोस्
plans-activity-plan-measure-withdrawn = अर्को संस्करणबाट एउटा उपाय फिर्ता लिइयो
plans-activity-plan-measure-restored = फिर्ता लिइएको एउटा उपाय फेरि योजनामा समावेश गरियो
