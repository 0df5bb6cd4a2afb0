namespace Dashboard.Web.Cases;

/// <summary>The audit actions of the case register, one per kind of read or write.</summary>
public static class CaseActions
{
    public const string List = "cases.list";
    public const string Read = "cases.read";
    public const string History = "cases.history";
    public const string Create = "cases.create";
    public const string Edit = "cases.edit";
    public const string Status = "cases.status";
    public const string Import = "cases.import";
}
