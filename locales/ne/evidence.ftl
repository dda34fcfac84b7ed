## आधार खण्ड: सहभागितामा मानिसहरूले भनेका कुराका आधारमा कुनै उपाय किन छ।

evidence-heading = यो उपाय किन: मानिसहरूले के भने
evidence-none = यो उपायसँग अहिलेसम्म सहभागिताका कुनै नतिजा जोडिएका छैनन्।
evidence-unavailable = यो उपायको आधार अहिले देखाउन सकिँदैन।
evidence-from-survey = सर्वेक्षणबाट:
evidence-used-for = यी नतिजा यी उपायहरूका लागि प्रयोग गरिए
evidence-link-summary = यी नतिजालाई कुनै उपायसँग जोड्नुहोस्
evidence-measure-label = उपाय
evidence-rationale-label = यी नतिजा यो उपायका लागि किन महत्त्वपूर्ण छन्
evidence-rationale-hint = सजिलो शब्दमा लेख्नुहोस्: बासिन्दाले यो कुरा उपायको पृष्ठमा पढ्नेछन्।
evidence-link-submit = जोड्नुहोस्
evidence-unlink = यो जोडाइ हटाउनुहोस्
