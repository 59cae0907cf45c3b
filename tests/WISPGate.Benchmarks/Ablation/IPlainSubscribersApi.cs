using Refit;
using WISPGate.Benchmarks.Baseline;

namespace WISPGate.Benchmarks.Ablation;

/// <summary>The GET route as a bare Refit interface (the baseline's models, no SDK handlers): what Refit alone costs.</summary>
public interface IPlainSubscribersApi
{
    /// <summary>GET /api/v1/subscribers/{id}.</summary>
    [Get("/api/v1/subscribers/{id}")]
    internal Task<BaselineEnvelope> Get(string id, [Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
