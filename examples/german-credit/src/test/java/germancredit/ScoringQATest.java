package germancredit;

/**
 * Suite ScoringQA. Created once by Assay; yours to extend (it is never overwritten).
 */
class ScoringQATest extends AbstractScoringQATest {
}
