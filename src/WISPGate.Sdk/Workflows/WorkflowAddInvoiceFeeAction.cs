namespace WISPGate.Sdk.Workflows;

/// <summary><c>add_invoice_fee</c>: adds a fee line to the subject invoice (e.g. a late fee).</summary>
public sealed record WorkflowAddInvoiceFeeAction : WorkflowAction
{
    /// <summary>Creates the action (<c>type</c> = <c>add_invoice_fee</c>).</summary>
    public WorkflowAddInvoiceFeeAction()
        : base("add_invoice_fee")
    {
    }

    /// <summary>The fee line's description.</summary>
    public required string Description { get; init; }

    /// <summary>The fee in minor units of the invoice's currency (1500 = 15.00).</summary>
    public required long Amount { get; init; }
}
