# फोरम: योजनाका छलफल र पोस्टहरू, यसका श्रेणीहरू, नतिजाहरू।
forum-title = फोरम
forum-intro = अन्य बासिन्दा, संघसंस्था र नगरपालिकासँग योजनाबारे कुरा गर्नुहोस्। परामर्श सञ्चालकहरूले हरेक छलफल पढ्नुहुन्छ; कुनै छलफल टुङ्गोमा पुगेपछि उहाँहरूले त्यसको नतिजा लेख्नुहुन्छ, र त्यो कुनै उपायको आधार बन्न सक्छ।
forum-categories-label = फोरमका श्रेणीहरू
forum-category-all = सबै छलफल
forum-category-general = सामान्य
forum-threads-none = यहाँ अहिलेसम्म कुनै छलफल छैन।
forum-pages-label = फोरमका पृष्ठहरू
forum-posts-count = { $count ->
    [one] { $count } पोस्ट
   *[other] { $count } वटा पोस्ट
}
forum-last-post = अन्तिम पोस्ट { $date } मा
forum-badge-pinned = पिन गरिएको
forum-badge-locked = लक गरिएको
forum-badge-closed = नतिजासहित बन्द
forum-thread-placeholder-hidden = मोडरेटरले समीक्षा नगरेसम्म लुकाइएको छलफल
forum-thread-placeholder-removed = मोडरेटरले हटाएको छलफल
forum-thread-placeholder-deleted = लेखकले मेटाएको छलफल
forum-sign-in = छलफल सुरु गर्न वा जवाफ दिन लगइन गर्नुहोस्।
forum-sign-in-reply = जवाफ दिन लगइन गर्नुहोस्।
forum-new-thread = छलफल सुरु गर्नुहोस्
forum-form-category = श्रेणी
forum-form-measures = यो छलफलसँग सम्बन्धित प्रस्तावित उपायहरू (ऐच्छिक)
forum-form-measures-hint = बढीमा { $max } वटा उपायमा चिन्ह लगाउनुहोस्।
forum-form-title = शीर्षक
forum-form-body = तपाईंको सन्देश
forum-form-body-hint = तपाईं Markdown प्रयोग गर्न सक्नुहुन्छ: **बोल्ड**, *इटालिक*, सूची, लिङ्क र > उद्धरण।
forum-form-lang = तपाईंले लेखिरहनुभएको भाषा
forum-form-open = छलफल सुरु गर्नुहोस्
forum-thread-measures = यी उपायहरूबारे:
forum-kept = भयो: छलफलको स्थिति अद्यावधिक गरियो।
forum-post-number = नं. { $number }
forum-edited = सम्पादित
forum-in-reply-to = नं. { $number } को जवाफमा
forum-post-placeholder-hidden = मोडरेटरले समीक्षा नगरेसम्म यो पोस्ट लुकाइएको छ।
forum-post-placeholder-removed = मोडरेटरले यो पोस्ट हटाउनुभयो।
forum-post-placeholder-deleted = यसका लेखकले यो पोस्ट मेटाउनुभयो।
forum-moderation-log = मोडरेसन लग
forum-quote = उद्धृत गर्नुहोस्
forum-edit = सम्पादन गर्नुहोस्
forum-edit-label = तपाईंको पोस्ट
forum-edit-hint = पोस्ट सम्पादन गरिएको कुरा सबैले देख्नेछन्; मोडरेटरहरूले अघिल्लो पाठ पढ्न सक्नुहुन्छ।
forum-edit-submit = पोस्ट सुरक्षित गर्नुहोस्
forum-delete = मेरो पोस्ट मेटाउनुहोस्
forum-delete-confirm = यसको पाठ सधैँका लागि मेटिनेछ; जवाफहरूको अर्थ बुझिइरहोस् भनेर यसको नम्बर भने रहनेछ।
forum-delete-submit = मेटाउनुहोस्
forum-reply = जवाफ दिनुहोस्
forum-quoting = तपाईंको जवाफले पोस्ट नं. { $number } उद्धृत गर्छ।
forum-reply-submit = जवाफ पठाउनुहोस्
forum-locked-notice = यो छलफल लक गरिएको छ: अब जवाफ दिन मिल्दैन।
forum-closed-notice = यो छलफल बन्द भएको छ: यसको नतिजा माथि छ।
forum-keep = पिन वा लक गर्नुहोस्
forum-keep-pin = सबैभन्दा माथि पिन गर्नुहोस्
forum-keep-unpin = पिन हटाउनुहोस्
forum-keep-lock = लक गर्नुहोस् (थप जवाफ नहुने)
forum-keep-unlock = लक खोल्नुहोस्
forum-outcome-heading = नतिजा
forum-outcome-on = { $date } मा लेखिएको
forum-close = नतिजासहित बन्द गर्नुहोस्
forum-close-hint = छलफलले के टुङ्गो लगायो र नगरपालिकाले त्यसबारे के गर्नेछ, छोटकरीमा लेख्नुहोस्। बन्द गर्दा छलफल लक हुन्छ; त्यसपछि नतिजालाई आधारका रूपमा उपायहरूसँग जोड्न सकिन्छ।
forum-outcome-lang = नतिजाको भाषा
forum-outcome-label = नतिजा
forum-close-submit = छलफल बन्द गर्नुहोस्
forum-outcome-translate = नतिजा अर्को भाषामा लेख्नुहोस्, वा सच्याउनुहोस्
forum-outcome-save = नतिजा सुरक्षित गर्नुहोस्
forum-outcome-written-in = लेखिएका भाषा: { $languages }
forum-history-link = अघिल्ला पाठहरू
forum-history-title = पोस्ट नं. { $number } का अघिल्ला पाठहरू
forum-history-back = पोस्टमा फर्कनुहोस्
forum-history-current = यसको हालको पाठ
forum-history-earlier = अघिल्ला पाठहरू, नयाँ पहिले
forum-history-none = यो पोस्ट कहिल्यै सम्पादन गरिएको छैन।
forum-history-replaced = { $when } मा बदलिएको
forum-search-label = फोरममा खोज्नुहोस्
forum-search-submit = खोज्नुहोस्
forum-search-title = फोरममा खोज
forum-search-title-hit = छलफलको शीर्षकमा
forum-search-found = { $count ->
    [0] केही भेटिएन।
    [one] एउटा पोस्ट भेटियो।
   *[other] { $count } वटा पोस्ट भेटिए।
}
forum-search-found-more = { $count } भन्दा बढी परिणाम भेटिए: सबैभन्दा नयाँ देखाइएका छन्। खोज साँघुरो पार्न अर्को शब्द थप्नुहोस्।
forum-follow-heading = यो छलफल पछ्याउनुहोस्
forum-following-none = तपाईं यो छलफल पछ्याइरहनुभएको छैन।
forum-following-instant = तपाईंले हरेक नयाँ पोस्टका लागि एउटा इमेल पाउनुहुन्छ।
forum-following-daily = नयाँ पोस्टहरू आएमा तपाईंले दिनमा एउटा इमेल पाउनुहुन्छ।
forum-follow-instant = हरेक नयाँ पोस्ट मलाई इमेलमा पठाउनुहोस्
forum-follow-daily = मलाई दैनिक सारांश पठाउनुहोस्
forum-follow-stop = पछ्याउन छोड्नुहोस्
forum-followed = भयो: तपाईंले यो छलफल कसरी पछ्याउनुहुन्छ भन्ने कुरा सुरक्षित गरियो।
forum-email-reply-subject = “{ $title }” मा नयाँ जवाफ
forum-email-reply-intro = कसैले फोरमको छलफल “{ $title }” मा जवाफ दिनुभएको छ (पोस्ट नं. { $number })।
forum-email-reply-action = जवाफ पढ्नुहोस्
forum-email-digest-subject = { $count ->
    [one] तपाईंले पछ्याइरहनुभएको फोरमको एउटा छलफलमा नयाँ पोस्टहरू
   *[other] तपाईंले पछ्याइरहनुभएका फोरमका { $count } वटा छलफलमा नयाँ पोस्टहरू
}
forum-email-digest-intro = तपाईंको अघिल्लो सारांशयता तपाईंले पछ्याइरहनुभएका छलफलहरूमा नयाँ पोस्टहरू आएका छन्:
forum-email-digest-thread = “{ $title }”: { $count } वटा नयाँ पोस्ट, { $url } बाट पढ्न सुरु गर्नुहोस्
forum-email-footer = तपाईंले Ponte मा कुनै फोरमको एउटा छलफल पछ्याइरहनुभएकाले तपाईंलाई यो इमेल आएको हो। यी इमेलहरू बन्द गर्न { $url } खोल्नुहोस्।
