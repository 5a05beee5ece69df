package diabetes;

/**
 * Pipeline Forecast. Created once by Assay; yours to extend (it is never overwritten).
 */
public class ForecastPipeline extends ForecastPipelineBase {
}
