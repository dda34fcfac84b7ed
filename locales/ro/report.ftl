# Închiderea cercului: cum au fost folosite contribuțiile, pe toate canalele.
report-used-title = Cum au fost folosite contribuțiile
report-used-intro = Ce a adus participarea, măsură cu măsură: rezultatele chestionarelor, ale grupurilor de discuție, ale subiectelor de pe forum și ale consultării publice care susțin, contestă sau informează fiecare măsură, precum și răspunsurile date de echipa planului fiecărui comentariu și fiecărei poziții.
report-used-link = Cum au fost folosite contribuțiile: fiecare măsură și ce a spus participarea despre ea
report-used-answers = Răspunsurile din consultarea
report-used-decision = { $decision }: { $count }
report-used-unanswered = Încă fără răspuns: { $count }
report-used-inputs = Citiți toate comentariile și pozițiile despre această măsură
report-used-untouched = Măsuri la care încă nu a ajuns nimic din participare: { $count }
