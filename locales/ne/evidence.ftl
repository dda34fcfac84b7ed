## आधार खण्ड: सहभागितामा मानिसहरूले भनेका कुराका आधारमा कुनै उपाय किन छ।

evidence-heading = यो उपाय किन: मानिसहरूले के भने
evidence-none = यो उपायसँग अहिलेसम्म सहभागिताका कुनै नतिजा जोडिएका छैनन्।
evidence-unavailable = यो उपायको आधार अहिले देखाउन सकिँदैन।
evidence-used-for = यी उपायहरूका लागि आधार
evidence-link-summary = आधारका रूपमा कुनै उपायसँग जोड्नुहोस्
evidence-measure-label = उपाय
evidence-rationale-label = यो कुरा उपायका लागि किन महत्त्वपूर्ण छ
evidence-rationale-hint = सजिलो शब्दमा लेख्नुहोस्: बासिन्दाले यो कुरा उपायको पृष्ठमा पढ्नेछन्।
evidence-link-submit = जोड्नुहोस्
evidence-unlink = यो जोडाइ हटाउनुहोस्
evidence-kind-survey_question = सर्वेक्षण ({ $count })
evidence-kind-focus_group_finding = फोकस समूह ({ $count })
evidence-source-survey_question = सर्वेक्षणबाट
evidence-source-focus_group_finding = फोकस समूहबाट
evidence-kind-forum_outcome = फोरम ({ $count })
evidence-source-forum_outcome = फोरमको छलफलबाट
