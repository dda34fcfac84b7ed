//! Drafting feature: withdrawing a published measure from the plan.
//!
//! `measure_drafts.withdrawn_i18n` marks a draft the facilitators take out of the next version
//! (NULL: the draft stays in; otherwise the reason, per language, as JSON, possibly `{}`).
//! Once a version leaves it out, its public `measures` row keeps its last text and what people
//! said about it, with status `withdrawn`, the version that left it out (`withdrawn_in`) and the
//! reason (`withdrawn_i18n`), so nobody's input disappears with the measure.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MeasureDrafts {
    Table,
    WithdrawnI18n,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    WithdrawnIn,
    WithdrawnI18n,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        manager
            .alter_table(Table::alter().table(MeasureDrafts::Table).add_column(ColumnDef::new(MeasureDrafts::WithdrawnI18n).text().null()).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(Measures::Table).add_column(ColumnDef::new(Measures::WithdrawnIn).integer().null()).to_owned()).await?;
        manager.alter_table(Table::alter().table(Measures::Table).add_column(ColumnDef::new(Measures::WithdrawnI18n).text().null()).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Measures::Table).drop_column(Measures::WithdrawnI18n).to_owned()).await?;
        manager.alter_table(Table::alter().table(Measures::Table).drop_column(Measures::WithdrawnIn).to_owned()).await?;
        manager.alter_table(Table::alter().table(MeasureDrafts::Table).drop_column(MeasureDrafts::WithdrawnI18n).to_owned()).await
    }
}
