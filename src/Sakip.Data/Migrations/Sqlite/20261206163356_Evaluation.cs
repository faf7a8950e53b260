using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EvaluationId",
                table: "recommendations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Verification",
                table: "recommendations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "VerificationNote",
                table: "recommendations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerifiedAt",
                table: "recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "recommendations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_actions_recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    BuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "skm_results",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Respondents = table.Column<int>(type: "INTEGER", nullable: true),
                    U1 = table.Column<string>(type: "TEXT", nullable: true),
                    U2 = table.Column<string>(type: "TEXT", nullable: true),
                    U3 = table.Column<string>(type: "TEXT", nullable: true),
                    U4 = table.Column<string>(type: "TEXT", nullable: true),
                    U5 = table.Column<string>(type: "TEXT", nullable: true),
                    U6 = table.Column<string>(type: "TEXT", nullable: true),
                    U7 = table.Column<string>(type: "TEXT", nullable: true),
                    U8 = table.Column<string>(type: "TEXT", nullable: true),
                    U9 = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skm_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_skm_results_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unit_groups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LheNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LheDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerNip = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FinalisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FinalisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluations_lke_templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "lke_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluations_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "skm_responses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkmResultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skm_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_skm_responses_skm_results_SkmResultId",
                        column: x => x.SkmResultId,
                        principalTable: "skm_results",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recap_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MinGrade = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Threshold = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recap_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recap_indicators_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_recap_indicators_unit_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "unit_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_group_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_group_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_group_members_unit_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "unit_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_unit_group_members_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SelfAnswer = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    SelfNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatorAnswer = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    EvaluatorNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_answers_evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeAnswerId = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RemovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_evidence", x => x.Id);
                    table.CheckConstraint("CK_evaluation_evidence_one_owner", "(\"LkeAnswerId\" IS NULL) <> (\"FollowUpActionId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_evaluation_evidence_follow_up_actions_FollowUpActionId",
                        column: x => x.FollowUpActionId,
                        principalTable: "follow_up_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluation_evidence_lke_answers_LkeAnswerId",
                        column: x => x.LkeAnswerId,
                        principalTable: "lke_answers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_recommendations_EvaluationId",
                table: "recommendations",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_UnitId_Year_Kind",
                table: "assessments",
                columns: new[] { "UnitId", "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_evidence_FollowUpActionId",
                table: "evaluation_evidence",
                column: "FollowUpActionId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_evidence_LkeAnswerId",
                table: "evaluation_evidence",
                column: "LkeAnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_TemplateId",
                table: "evaluations",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluations_UnitId_Year",
                table: "evaluations",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_RecommendationId",
                table: "follow_up_actions",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_lke_answers_EvaluationId_Criterion",
                table: "lke_answers",
                columns: new[] { "EvaluationId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_templates_Code_Version",
                table: "lke_templates",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_recap_indicators_GroupId",
                table: "recap_indicators",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_recap_indicators_IndicatorId",
                table: "recap_indicators",
                column: "IndicatorId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_skm_responses_SkmResultId",
                table: "skm_responses",
                column: "SkmResultId");

            migrationBuilder.CreateIndex(
                name: "IX_skm_results_UnitId_Year_Service",
                table: "skm_results",
                columns: new[] { "UnitId", "Year", "Service" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_group_members_GroupId_UnitId",
                table: "unit_group_members",
                columns: new[] { "GroupId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_group_members_UnitId",
                table: "unit_group_members",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_groups_Code",
                table: "unit_groups",
                column: "Code",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_recommendations_evaluations_EvaluationId",
                table: "recommendations",
                column: "EvaluationId",
                principalTable: "evaluations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_recommendations_evaluations_EvaluationId",
                table: "recommendations");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "evaluation_evidence");

            migrationBuilder.DropTable(
                name: "recap_indicators");

            migrationBuilder.DropTable(
                name: "skm_responses");

            migrationBuilder.DropTable(
                name: "unit_group_members");

            migrationBuilder.DropTable(
                name: "follow_up_actions");

            migrationBuilder.DropTable(
                name: "lke_answers");

            migrationBuilder.DropTable(
                name: "skm_results");

            migrationBuilder.DropTable(
                name: "unit_groups");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "lke_templates");

            migrationBuilder.DropIndex(
                name: "IX_recommendations_EvaluationId",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "EvaluationId",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "Verification",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "VerificationNote",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "recommendations");
        }
    }
}
