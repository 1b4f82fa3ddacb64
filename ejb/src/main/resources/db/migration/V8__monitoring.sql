-- Monitoring and reporting (plan sections II.3, III, IV): the plan's tasks, the reporting periods
-- and each unit's periodic reports, the e-government indicator registry, the OSI questionnaire
-- and the weights every score is computed with. Weights are data: the Department changes them
-- without a release.

-- The plan's tasks (Kế hoạch 36a of the Provincial People's Committee, sections II and IV). A task
-- for "all departments and districts" concerns every unit; the others name one owner, whose unit in
-- this installation the provincial administrator links (unit_id) because codes differ per installation.
-- starts past the ids of the rows below (a value is the last id of a block of 50)
CREATE SEQUENCE plan_task_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE plan_task (
    id          ${bigint} NOT NULL,
    version     ${bigint} NOT NULL,
    code        VARCHAR(16${char}) NOT NULL,
    content     VARCHAR(1000${char}) NOT NULL,
    owner_name  VARCHAR(255${char}) NOT NULL,
    all_units   ${boolean} NOT NULL,
    unit_id     ${bigint},
    due_year    INTEGER NOT NULL,
    sort_order  INTEGER NOT NULL,
    CONSTRAINT pk_plan_task PRIMARY KEY (id),
    CONSTRAINT uq_plan_task_code UNIQUE (code),
    CONSTRAINT fk_plan_task_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (1, 0, 'II.1.a', 'Hoàn thành cung cấp các dịch vụ công thuộc nhóm ưu tiên (Phụ lục I, Quyết định số 1819/QĐ-TTg) trực tuyến ở mức độ 3; chọn một số dịch vụ cung cấp trực tuyến ở mức độ 4.',
  'Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố Cà Mau', ${true}, NULL, 2016, 1);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (2, 0, 'II.1.b', 'Hoàn thành cung cấp các dịch vụ công thuộc nhóm ưu tiên trực tuyến ở mức độ 4 và mở rộng dịch vụ công khác lên trực tuyến ở mức độ 3 và 4.',
  'Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố Cà Mau', ${true}, NULL, 2017, 2);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (3, 0, 'II.2', 'Hoàn thiện kết nối liên thông phần mềm quản lý văn bản với các cơ quan Trung ương và các địa phương khác; tích hợp các dịch vụ công lên Cổng dịch vụ công quốc gia.',
  'Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố Cà Mau', ${true}, NULL, 2016, 3);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (4, 0, 'II.3', 'Đối chiếu với các tiêu chí đánh giá liên quan đến các chỉ số OSI, TII, HCI, đưa vào đánh giá tổng kết cuối năm của cơ quan, đơn vị để đề ra phương hướng thực hiện.',
  'Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố Cà Mau', ${true}, NULL, 2016, 4);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (5, 0, 'IV.1.a', 'Chủ động xây dựng, cung cấp trực tuyến mức độ 3 và 4 các dịch vụ công ưu tiên trên cổng dịch vụ công hoặc một cửa của tỉnh và trang thông tin của cơ quan, đơn vị.',
  'Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố Cà Mau', ${true}, NULL, 2017, 5);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (6, 0, 'IV.1.b', 'Căn cứ các tiêu chí đánh giá chỉ số OSI của UNDESA (Khảo sát Chính phủ điện tử năm 2014) nâng cao chất lượng trang thông tin điện tử của cơ quan, đơn vị.',
  'Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố Cà Mau', ${true}, NULL, 2016, 6);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (7, 0, 'IV.2.a', 'Đổi mới hình thức, bổ sung tiện ích và cung cấp thông tin trên Cổng Thông tin điện tử của tỉnh theo hướng minh bạch hóa hoạt động, mở rộng kênh tiếp nhận đóng góp của người dân về chính sách và thủ tục hành chính.',
  'Văn phòng Ủy ban nhân dân tỉnh', ${false}, NULL, 2016, 7);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (8, 0, 'IV.2.b', 'Tham mưu, giúp Ủy ban nhân dân tỉnh kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện các nội dung nâng cao chỉ số OSI.',
  'Văn phòng Ủy ban nhân dân tỉnh', ${false}, NULL, 2017, 8);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (9, 0, 'IV.3.a', 'Tham mưu, giúp Ủy ban nhân dân tỉnh kiểm tra, đôn đốc các cơ quan, đơn vị ứng dụng CNTT vào cải cách hành chính, cung cấp dịch vụ công mức độ 3 và 4 trên cổng dịch vụ công của tỉnh.',
  'Sở Thông tin và Truyền thông', ${false}, NULL, 2017, 9);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (10, 0, 'IV.3.b', 'Rà soát các tiêu chí liên quan đến chỉ số TII; đôn đốc, chỉ đạo các doanh nghiệp viễn thông thực hiện các hoạt động cải thiện chỉ số TII.',
  'Sở Thông tin và Truyền thông', ${false}, NULL, 2016, 10);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (11, 0, 'IV.4', 'Rà soát các tiêu chí liên quan đến chỉ số HCI để định hướng, đề xuất, tham mưu Ủy ban nhân dân tỉnh chỉ đạo các hoạt động cải thiện chỉ số HCI.',
  'Sở Giáo dục và Đào tạo', ${false}, NULL, 2016, 11);
INSERT INTO plan_task (id, version, code, content, owner_name, all_units, unit_id, due_year, sort_order) VALUES
 (12, 0, 'IV.5', 'Tham mưu, giúp Ủy ban nhân dân tỉnh kiểm tra, đôn đốc các cơ quan, đơn vị triển khai hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 trong cung cấp dịch vụ hành chính công.',
  'Sở Khoa học và Công nghệ', ${false}, NULL, 2016, 12);

-- Reporting periods: a quarter, a half year or a year, with the date reports are due.
CREATE SEQUENCE reporting_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reporting_period (
    id               ${bigint} NOT NULL,
    version          ${bigint} NOT NULL,
    kind             VARCHAR(10${char}) NOT NULL,
    period_year      INTEGER NOT NULL,
    period_number    INTEGER NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL,
    due_on           DATE NOT NULL,
    consolidated_at  TIMESTAMP,
    consolidated_by  VARCHAR(64${char}),
    CONSTRAINT pk_reporting_period PRIMARY KEY (id),
    CONSTRAINT uq_reporting_period UNIQUE (kind, period_year, period_number)
);
-- the reminder timer reads the periods due soon
CREATE INDEX ix_reporting_period_due ON reporting_period (due_on);

-- A unit's report for a period: the measured figures as they stood when it was drafted and
-- submitted, results per task, difficulties and proposals, and the Department's review.
CREATE SEQUENCE periodic_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE periodic_report (
    id                 ${bigint} NOT NULL,
    version            ${bigint} NOT NULL,
    period_id          ${bigint} NOT NULL,
    unit_id            ${bigint} NOT NULL,
    status             VARCHAR(10${char}) NOT NULL,
    -- long Vietnamese text: a CLOB, since Oracle holds at most 4,000 bytes in a VARCHAR2
    difficulties       ${clob},
    proposals          ${clob},
    review_note        VARCHAR(1000${char}),
    received           ${bigint} NOT NULL,
    received_online    ${bigint} NOT NULL,
    resolved           ${bigint} NOT NULL,
    resolved_in_time   ${bigint} NOT NULL,
    paid_online        ${bigint} NOT NULL,
    scorecard          NUMERIC(6,2) NOT NULL,
    drafted_by         VARCHAR(64${char}) NOT NULL,
    drafted_at         TIMESTAMP NOT NULL,
    submitted_by       VARCHAR(64${char}),
    submitted_by_name  VARCHAR(255${char}),
    submitted_at       TIMESTAMP,
    first_submitted_on DATE,
    reviewed_by        VARCHAR(64${char}),
    reviewed_at        TIMESTAMP,
    CONSTRAINT pk_periodic_report PRIMARY KEY (id),
    CONSTRAINT uq_periodic_report UNIQUE (period_id, unit_id),
    CONSTRAINT fk_periodic_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_periodic_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_periodic_report_period ON periodic_report (period_id, status);
CREATE INDEX ix_periodic_report_unit ON periodic_report (unit_id, period_id);

CREATE SEQUENCE report_task_result_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE report_task_result (
    id         ${bigint} NOT NULL,
    report_id  ${bigint} NOT NULL,
    task_id    ${bigint} NOT NULL,
    status     VARCHAR(12${char}) NOT NULL,
    result     ${clob},
    evidence   VARCHAR(1000${char}),
    CONSTRAINT pk_report_task_result PRIMARY KEY (id),
    CONSTRAINT uq_report_task_result UNIQUE (report_id, task_id),
    CONSTRAINT fk_report_task_result_report FOREIGN KEY (report_id) REFERENCES periodic_report (id),
    CONSTRAINT fk_report_task_result_task FOREIGN KEY (task_id) REFERENCES plan_task (id)
);

-- Where each unit stands on each task: taken from its last accepted report.
CREATE SEQUENCE plan_task_progress_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plan_task_progress (
    id          ${bigint} NOT NULL,
    version     ${bigint} NOT NULL,
    task_id     ${bigint} NOT NULL,
    unit_id     ${bigint} NOT NULL,
    status      VARCHAR(12${char}) NOT NULL,
    evidence    VARCHAR(1000${char}),
    report_id   ${bigint} NOT NULL,
    updated_on  DATE NOT NULL,
    CONSTRAINT pk_plan_task_progress PRIMARY KEY (id),
    CONSTRAINT uq_plan_task_progress UNIQUE (task_id, unit_id),
    CONSTRAINT fk_plan_task_progress_task FOREIGN KEY (task_id) REFERENCES plan_task (id),
    CONSTRAINT fk_plan_task_progress_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

-- One reminder per unit and period: the timer never mails a unit twice for the same report.
CREATE TABLE report_reminder (
    period_id  ${bigint} NOT NULL,
    unit_id    ${bigint} NOT NULL,
    sent_at    TIMESTAMP NOT NULL,
    CONSTRAINT pk_report_reminder PRIMARY KEY (period_id, unit_id)
);

-- The indicator registry: one value per year, unit and indicator (the province is its People's
-- Committee unit). Codes: the ITU indicators of TiiEdition (INTERNET_USERS, FIXED_TELEPHONE, MOBILE_CELLULAR,
-- WIRELESS_BROADBAND, FIXED_BROADBAND, ACTIVE_MOBILE_BROADBAND; per 100 inhabitants), HCI_LITERACY,
-- HCI_ENROLMENT (per cent), HCI_EXPECTED_YEARS, HCI_MEAN_YEARS (years).
CREATE SEQUENCE indicator_value_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE indicator_value (
    id            ${bigint} NOT NULL,
    version       ${bigint} NOT NULL,
    value_year    INTEGER NOT NULL,
    unit_id       ${bigint} NOT NULL,
    code          VARCHAR(32${char}) NOT NULL,
    amount        NUMERIC(12,4) NOT NULL,
    source        VARCHAR(255${char}),
    recorded_by   VARCHAR(64${char}) NOT NULL,
    CONSTRAINT pk_indicator_value PRIMARY KEY (id),
    CONSTRAINT uq_indicator_value UNIQUE (value_year, unit_id, code),
    CONSTRAINT fk_indicator_value_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

-- The OSI self-assessment: questions by survey section with a weight; a question with a measure
-- is answered by the platform from live data, the others by the unit.
CREATE TABLE osi_question (
    code        VARCHAR(16${char}) NOT NULL,
    section     VARCHAR(16${char}) NOT NULL,
    question    VARCHAR(500${char}) NOT NULL,
    weight      NUMERIC(6,2) NOT NULL,
    measure     VARCHAR(24${char}),
    sort_order  INTEGER NOT NULL,
    CONSTRAINT pk_osi_question PRIMARY KEY (code)
);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('C1', 'CONTENT', 'Trang thông tin điện tử công khai cơ cấu tổ chức, chức năng, nhiệm vụ và thông tin liên hệ của đơn vị.', 1, NULL, 1);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('C2', 'CONTENT', 'Công khai đầy đủ thủ tục hành chính: thành phần hồ sơ, phí, lệ phí, quy trình và thời hạn giải quyết.', 1, 'PROCEDURES_COMPLETE', 2);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('C3', 'CONTENT', 'Công khai số liệu thống kê giải quyết hồ sơ theo quý.', 1, 'PUBLISHED_STATISTICS', 3);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('S1', 'SERVICES', 'Tỷ lệ thủ tục hành chính cung cấp trực tuyến mức độ 3 hoặc 4.', 2, 'LEVEL3_SHARE', 4);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('S2', 'SERVICES', 'Tỷ lệ thủ tục hành chính cung cấp trực tuyến mức độ 4 (thanh toán và trả kết quả trực tuyến).', 2, 'LEVEL4_SHARE', 5);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('S3', 'SERVICES', 'Tỷ lệ hồ sơ nộp trực tuyến trong năm đánh giá.', 2, 'ONLINE_RATE', 6);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('P1', 'PARTICIPATION', 'Lấy ý kiến người dân về dự thảo văn bản, chính sách trên trang thông tin điện tử.', 1, NULL, 7);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('P2', 'PARTICIPATION', 'Có kênh tiếp nhận và trả lời phản ánh, kiến nghị của người dân trực tuyến.', 1, NULL, 8);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('T1', 'TECHNOLOGY', 'Trang thông tin điện tử dùng được trên thiết bị di động và có chức năng tìm kiếm.', 1, NULL, 9);
INSERT INTO osi_question (code, section, question, weight, measure, sort_order) VALUES
 ('I1', 'INSTITUTIONAL', 'Có lãnh đạo phụ trách và kế hoạch ứng dụng CNTT, chính quyền điện tử hằng năm.', 1, NULL, 10);

CREATE SEQUENCE osi_answer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE osi_answer (
    id             ${bigint} NOT NULL,
    version        ${bigint} NOT NULL,
    answer_year    INTEGER NOT NULL,
    unit_id        ${bigint} NOT NULL,
    question_code  VARCHAR(16${char}) NOT NULL,
    yes            ${boolean} NOT NULL,
    answered_by    VARCHAR(64${char}) NOT NULL,
    answered_at    TIMESTAMP NOT NULL,
    CONSTRAINT pk_osi_answer PRIMARY KEY (id),
    CONSTRAINT uq_osi_answer UNIQUE (answer_year, unit_id, question_code),
    CONSTRAINT fk_osi_answer_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_osi_answer_question FOREIGN KEY (question_code) REFERENCES osi_question (code)
);

-- The weights: HCI's components (the commonly cited 1/9, 2/9, 1/3, 1/3, unverified), the ranking
-- of units for rewards and discipline, and the Decision 766 groups' maximum points (unverified).
CREATE TABLE index_weight (
    scheme     VARCHAR(16${char}) NOT NULL,
    component  VARCHAR(32${char}) NOT NULL,
    weight     NUMERIC(10,6) NOT NULL,
    CONSTRAINT pk_index_weight PRIMARY KEY (scheme, component)
);
INSERT INTO index_weight (scheme, component, weight) VALUES ('HCI', 'HCI_LITERACY', 0.111111);
INSERT INTO index_weight (scheme, component, weight) VALUES ('HCI', 'HCI_ENROLMENT', 0.222222);
INSERT INTO index_weight (scheme, component, weight) VALUES ('HCI', 'HCI_EXPECTED_YEARS', 0.333333);
INSERT INTO index_weight (scheme, component, weight) VALUES ('HCI', 'HCI_MEAN_YEARS', 0.333333);
INSERT INTO index_weight (scheme, component, weight) VALUES ('RANKING', 'ON_TIME', 0.35);
INSERT INTO index_weight (scheme, component, weight) VALUES ('RANKING', 'ONLINE', 0.25);
INSERT INTO index_weight (scheme, component, weight) VALUES ('RANKING', 'REPORTS', 0.15);
INSERT INTO index_weight (scheme, component, weight) VALUES ('RANKING', 'OSI', 0.25);
INSERT INTO index_weight (scheme, component, weight) VALUES ('D766', 'TRANSPARENCY', 18);
INSERT INTO index_weight (scheme, component, weight) VALUES ('D766', 'PROGRESS', 20);
INSERT INTO index_weight (scheme, component, weight) VALUES ('D766', 'DIGITISATION', 22);
INSERT INTO index_weight (scheme, component, weight) VALUES ('D766', 'ONLINE_SERVICE', 22);
INSERT INTO index_weight (scheme, component, weight) VALUES ('D766', 'SATISFACTION', 18);

-- Statistics per procedure and field and the Decision 766 inputs: V7's covering indexes gain the
-- procedure version and the result, fee and payment columns, so the figures still come from the
-- indexes alone and never read a dossier's row.
DROP INDEX ix_dossier_completed;
CREATE INDEX ix_dossier_completed ON dossier (completed_on, unit_id, procedure_version_id, status, timeliness, rating,
    fee_total, paid, result_signed_at);
DROP INDEX ix_dossier_submitted_unit;
CREATE INDEX ix_dossier_submitted_unit ON dossier (submitted_at, unit_id, procedure_version_id, channel);
DROP INDEX ix_dossier_open;
CREATE INDEX ix_dossier_open ON dossier (status, unit_id, procedure_version_id, due_on);
