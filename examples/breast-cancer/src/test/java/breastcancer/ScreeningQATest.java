package breastcancer;

/**
 * Suite ScreeningQA. Created once by Assay; yours to extend (it is never overwritten).
 */
class ScreeningQATest extends AbstractScreeningQATest {
}
