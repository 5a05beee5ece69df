package diabetes;

/**
 * Suite ForecastQA. Created once by Assay; yours to extend (it is never overwritten).
 */
class ForecastQATest extends AbstractForecastQATest {
}
