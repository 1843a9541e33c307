-- Moving a PUSPAGA database from Camunda 7 to Operaton (docs/operaton.md, step 5): Operaton's
-- administrators are the members of operaton-admin, Camunda's those of camunda-admin. Run once,
-- on the restored database, before the first start on Operaton: each member of camunda-admin
-- becomes a member of operaton-admin. camunda-admin itself is left as it was (an ordinary group
-- on Operaton), so that the same database still opens on Camunda if the move is undone.
-- PostgreSQL and H2 alike.

insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_)
select 'operaton-admin', 1, 'Administrator Operaton', 'SYSTEM'
where not exists (select 1 from ACT_ID_GROUP where ID_ = 'operaton-admin');

insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_)
select m.USER_ID_, 'operaton-admin' from ACT_ID_MEMBERSHIP m
where m.GROUP_ID_ = 'camunda-admin'
  and not exists (select 1 from ACT_ID_MEMBERSHIP o where o.USER_ID_ = m.USER_ID_ and o.GROUP_ID_ = 'operaton-admin');
