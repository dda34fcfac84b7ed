## आधार वाला हिस्सा: कोई उपाय क्यों है, इस आधार पर कि भागीदारी में लोगों ने क्या कहा।

evidence-heading = यह उपाय क्यों: लोगों ने क्या कहा
evidence-none = इस उपाय से अभी तक भागीदारी के कोई नतीजे नहीं जोड़े गए हैं।
evidence-unavailable = इस उपाय का आधार अभी नहीं दिखाया जा सकता।
evidence-used-for = इन उपायों का आधार
evidence-link-summary = आधार के रूप में किसी उपाय से जोड़ें
evidence-measure-label = उपाय
evidence-rationale-label = यह इस उपाय के लिए क्यों ज़रूरी है
evidence-rationale-hint = आसान शब्दों में लिखें: निवासी इसे उपाय के पेज पर पढ़ेंगे।
evidence-link-submit = जोड़ें
evidence-unlink = यह जुड़ाव हटाएँ
evidence-kind-survey_question = सर्वे ({ $count })
evidence-kind-focus_group_finding = फ़ोकस ग्रुप ({ $count })
evidence-source-survey_question = सर्वे से
evidence-source-focus_group_finding = फ़ोकस ग्रुप से
evidence-kind-forum_outcome = फ़ोरम ({ $count })
evidence-source-forum_outcome = फ़ोरम की चर्चा से
