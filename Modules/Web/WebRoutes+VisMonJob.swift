import HTTP

extension WebRoutes {
    /// *Vis mon job* pages added by issue 18: the operator's console of the editions, the
    /// ambassador's changes to their registration, the student's changes from their private page.
    static func addVisMonJobPages(_ on: Register) {
        on(.get, VisMonJobConsolePage.path) { try VisMonJobConsolePage.render($0) }
        on(.post, VisMonJobConsolePage.path) { try VisMonJobConsolePage.create($0) }
        on(.get, "/console/vis-mon-job/{id}") { try VisMonJobEditionConsolePage.render($0) }
        on(.post, "/console/vis-mon-job/{id}/cloture") { try VisMonJobEditionConsolePage.closeRegistrations($0) }
        on(.post, "/console/vis-mon-job/{id}/creneaux") { try VisMonJobEditionConsolePage.publishSlot($0) }
        on(.post, "/console/vis-mon-job/{id}/appariement") { try VisMonJobEditionConsolePage.runPairing($0) }
        on(.post, "/console/vis-mon-job/{id}/ajustement") { try VisMonJobEditionConsolePage.adjust($0) }
        on(.post, "/console/vis-mon-job/{id}/publication") { try VisMonJobEditionConsolePage.publish($0) }
        on(.post, "/console/vis-mon-job/{id}/terminer") { try VisMonJobEditionConsolePage.complete($0) }
        on(.post, "/console/vis-mon-job/binomes/{id}/effectue") { try VisMonJobEditionConsolePage.markDone($0) }
        on(.post, "/vis-mon-job/ambassadeur/modifier") { try VisMonJobAmbassadorPage.update($0) }
        on(.post, "/vis-mon-job/ambassadeur/retrait") { try VisMonJobAmbassadorPage.withdraw($0) }
        on(.post, "/vis-mon-job/binome/modifier") { try VisMonJobStudentPage.update($0) }
    }
}
