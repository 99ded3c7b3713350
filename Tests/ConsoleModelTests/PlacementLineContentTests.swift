import OrderKit
import Placement
import Testing

/// The journal's digest of what a placement sends is written one way, whoever places.
@Suite struct PlacementLineContentTests {
    @Test func linesReadAsOfferTimesQuantityInOrder() {
        #expect(PlacementJournal.lineContent([("MICROSOFT-365-E3", 10), ("AZURE-PLAN", 1)])
                == "MICROSOFT-365-E3×10,AZURE-PLAN×1")
        #expect(PlacementJournal.lineContent([]) == "")
    }
}
