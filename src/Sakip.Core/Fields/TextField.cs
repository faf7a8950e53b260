namespace Sakip.Core.Fields;

/// <summary>A free-text field of a record, each with one length limit (<see cref="TextRules"/>).</summary>
public enum TextField
{
    Code,
    UnitName,
    UnitShortName,
    PlanDescription,
    IndicatorName,
    MeasureUnit,
    Formula,
    ComponentName,
    DataSource,
    Responsible,
    ValueText,
    Analysis,
    Note,
    Reason,
    PersonName,
    Position,
    ProgramName,
    BudgetName,
    EvaluationComponent,
    Recommendation,
    AccountName,
    Email,
    TokenName,
    Nip,
}
